import { css } from 'lit';
import { chromeStyles, hostText } from '../shared/chrome.styles.js';
import { adoptThemeSheet, themeHostStyles } from '../shared/theme.styles.js';

export { adoptThemeSheet };

/**
 * The chart's HTML chrome, themed by the same `--lnob-*` tokens as the chart.
 * Each theme sets the private `--_x` variables to `var(--lnob-x, <its value>)`
 * (generated from the theme's tokens, so chrome and drawing agree): a token
 * the page sets always wins over the theme.
 */
export const styles = [
  themeHostStyles,
  chromeStyles,
  css`
  :host {
    display: flex;
    flex-direction: column;
    ${hostText}
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
    font-size: var(--_title-font-size);
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
  .chart[hidden] {
    display: none;
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
  /* "Not on the map: …" is a note, set as the source and notes are, not larger than them. */
  .warnings {
    margin: 0;
    color: var(--_muted);
    font-size: 0.86em;
  }
  .warnings[hidden] {
    display: none;
  }
  .goal {
    display: flex;
    align-items: center;
    gap: 0.45em;
    margin: 0.35em 0 0;
    color: var(--_text);
    font-size: 0.86em;
    font-weight: 600;
  }
  .goal-swatch {
    flex: none;
    width: 0.9em;
    height: 0.9em;
    border-radius: var(--_radius);
    background: var(--_goal, var(--_accent));
    /* The official colour is decorative here (the words name the goal); the outline keeps the swatch visible on any background. */
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_text) 35%, transparent);
  }
  [part='logo'] {
    display: flex;
    align-items: flex-end;
  }
  ::slotted([slot='logo']) {
    max-height: 32px;
    width: auto;
  }
`,
];
