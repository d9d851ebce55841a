/**
 * lnob-charts: embeddable chart web components for the SDGs and the pledge to
 * Leave No One Behind. Importing this module defines `<lnob-chart>`.
 */
// First, before Lit loads: the kit's own Trusted Types policy name and the page-level csp switch (shared/policy.ts).
import './components/shared/policy.js';
// Then, before the rest of the kit runs: ask for what the page's charts will need (Vega, templates), all at once.
import './components/shared/preload.js';
import { recordKitUrl } from './components/shared/kit-address.js';
export { LnobChart } from './components/lnob-chart/lnob-chart.js';
export { LnobStat } from './components/lnob-stat/lnob-stat.js';
export type { LnobErrorDetail, LnobRenderDetail, LnobWarningDetail, LnobYearChangeDetail } from './components/shared/events.js';
export { ChartError, ERROR_CODES, type ErrorCode } from './core/errors.js';
export { registerTemplate, getTemplate, loadTemplate, templateIds } from './templates/registry.js';
// The built-in templates by name; each one's code loads when a chart first asks for it (or `loadTemplate`).
import './templates/built-in.js';
export type { ChartTemplate, RoleDef, OptionDef } from './templates/types.js';
export { registerTheme, themeNames, type ThemeTokens } from './themes/index.js';
export { registerLanguage, englishStrings, languages, type ErrorStrings, type LanguageStrings, type Translation, type UiStrings } from './i18n/index.js';

// The embed code's script line names the file this page loaded the kit from (dist/lnob-charts.js is this module).
recordKitUrl(import.meta.url);
