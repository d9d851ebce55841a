import { hostText } from '../shared/chrome.styles.js';
import { css } from 'lit';

/**
 * The card, themed like `<lnob-chart>`: the theme and `--lnob-*` token
 * variables come from the shared theme styles (a token the page sets wins),
 * plus two of its own: `--lnob-stat-value-size` and `--lnob-stat-value-color`.
 */
export const styles = css`
  :host {
    display: block;
    ${hostText}
  }
  :host([hidden]) {
    display: none;
  }
  /* Room inside the card's own background, so on a dark (or any) theme its text never touches the edge. */
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) / 3);
    margin: 0;
    padding: calc(var(--_spacing) * 0.75);
  }
  .stat {
    margin: 0;
  }
  .value {
    display: block;
    font-family: var(--_title-font);
    font-size: var(--lnob-stat-value-size, 3em);
    font-weight: 800;
    line-height: 1.05;
    color: var(--lnob-stat-value-color, var(--_text));
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .unit {
    font-size: 0.6em;
    font-weight: 700;
  }
  .label {
    display: block;
    margin-top: 0.2em;
    font-size: 1.15em;
    font-weight: 600;
  }
  .change {
    margin: 0;
    color: var(--_text);
  }
  .arrow {
    display: inline-block;
    margin-inline-end: 0.25em;
    color: var(--_accent);
  }
  .sparkline {
    display: block;
    width: 100%;
    max-width: 16em;
    height: 2.5em;
    overflow: visible;
    color: var(--_accent);
  }
  .sparkline path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .sparkline .end {
    stroke-width: 6px;
  }
  .body[hidden],
  footer[hidden] {
    display: none;
  }
  footer {
    color: var(--_muted);
    font-size: 0.86em;
  }
  footer p {
    margin: 0;
  }
`;
