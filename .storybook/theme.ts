import { create } from 'storybook/theming';
import { SYSTEM_FONTS, defaultTheme } from '../themes/default.js';

/**
 * The catalogue's own look: the kit's name and its default theme's colours
 * and fonts, in the sidebar, the toolbar and the docs pages.
 */
export const catalogueTheme = create({
  base: 'light',
  brandTitle: 'lnob-charts',
  // The start page, relative so the site works from any folder.
  brandUrl: './',
  brandTarget: '_self',
  colorPrimary: defaultTheme.colorHighlight,
  colorSecondary: defaultTheme.colorAccent,
  appBg: '#f6f8fa',
  appContentBg: defaultTheme.colorBackground,
  appBorderColor: defaultTheme.colorGrid,
  appBorderRadius: 4,
  fontBase: SYSTEM_FONTS,
  fontCode: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  textColor: defaultTheme.colorText,
  textMutedColor: defaultTheme.colorMuted,
  textInverseColor: defaultTheme.colorBackground,
  barTextColor: defaultTheme.colorMuted,
  barSelectedColor: defaultTheme.colorAccent,
  barHoverColor: defaultTheme.colorAccent,
  barBg: defaultTheme.colorBackground,
  inputBg: defaultTheme.colorBackground,
  inputBorder: '#8d959e',
  inputTextColor: defaultTheme.colorText,
  inputBorderRadius: 4,
});
