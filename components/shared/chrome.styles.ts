import { css } from 'lit';

/**
 * HTML chrome shared by `<lnob-chart>` and `<lnob-stat>`: the error box, links
 * and visually hidden text, themed by the same `--lnob-*` tokens (through
 * each element's private `--_*` copies).
 */
export const chromeStyles = css`
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
  a {
    color: inherit;
    text-decoration: underline;
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
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
