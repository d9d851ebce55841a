import { css } from 'lit';

/**
 * The chart's HTML chrome, themed by the same `--lnob-*` tokens as the chart.
 * Defaults are given as `var(--lnob-x, default)`: a token the page sets wins.
 */
export const styles = css`
  :host {
    --_font: var(--lnob-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_title-font: var(--lnob-title-font-family, var(--_font));
    --_text: var(--lnob-color-text, #1f2328);
    --_muted: var(--lnob-color-muted, #57606a);
    --_background: var(--lnob-color-background, #ffffff);
    --_accent: var(--lnob-color-accent, #1f6fb2);
    --_spacing: var(--lnob-spacing, 16px);
    --_radius: var(--lnob-radius, 2px);
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--lnob-font-size, 14px);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  figure {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
    min-height: 0;
    margin: 0;
  }
  .title {
    margin: 0;
    font-family: var(--_title-font);
    font-size: var(--lnob-title-font-size, 1.35em);
    font-weight: 700;
    line-height: 1.25;
  }
  .subtitle {
    margin: 0.2em 0 0;
    color: var(--_muted);
  }
  .chart {
    position: relative;
    flex: 1 1 auto;
    min-width: 0;
    min-height: 0;
  }
  /* With a fixed height the drawing must not push the box: it would grow forever. */
  .chart.fixed > * {
    position: absolute;
    inset: 0;
  }
  .chart[hidden],
  .error[hidden] {
    display: none;
  }
  .error {
    padding: calc(var(--_spacing) * 0.75);
    border: 2px solid #b42318;
    border-radius: var(--_radius);
    background: #fff4f2;
    color: #7a1a12;
    overflow-wrap: anywhere;
  }
  .error strong {
    display: block;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: calc(var(--_spacing) / 2);
    color: var(--_muted);
    font-size: 0.86em;
  }
  footer p {
    margin: 0;
  }
  a {
    color: inherit;
    text-decoration: underline;
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  ::slotted([slot='logo']) {
    max-height: 32px;
    width: auto;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
