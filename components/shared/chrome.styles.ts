import { css } from 'lit';

/**
 * HTML chrome shared by `<lnob-chart>` and `<lnob-stat>`: the error box, links,
 * focus rings and visually hidden text, themed through the private `--_*`
 * variables that themeHostStyles (theme.styles.ts) sets from the tokens.
 */
export const chromeStyles = css`
  .error[hidden] {
    display: none;
  }
  /* The theme's error red (chromeVariables picks one that reaches 3:1 on its background). */
  .error {
    padding: calc(var(--_spacing) * 0.75);
    border: calc(var(--_border-width) + 1px) solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_background);
    background: color-mix(in srgb, var(--_error) 8%, var(--_background));
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .error strong {
    display: block;
  }
  a {
    color: inherit;
    text-decoration: underline;
  }
  a:focus-visible,
  button:focus-visible {
    outline: var(--_focus-width) solid var(--_accent);
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
  /* Nothing in the kit animates today; this keeps it so for readers who ask for less motion, whatever is added later. */
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** The chart's small text buttons (the table toggle, the share menu): one look, declared once. */
export const smallButton = css`
    min-height: 24px;
    padding: 0.2em 0.6em;
    border: 1px solid currentColor;
    border-radius: var(--_radius, 2px);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.86em;
    cursor: pointer;
`;

/** The host's text settings, the same for every element of the kit (the themes set the private variables). */
export const hostText = css`
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
`;
