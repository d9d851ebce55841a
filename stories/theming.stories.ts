/**
 * The theming playground: every `--lnob-*` token as a control, applied live to
 * a grid of every registered template, with the CSS to copy.
 */
import type { ArgTypes, Args, Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import { templateIds } from '../templates/index.js';
import { TOKEN_KEYS, TOKEN_PROPERTIES, defaultTheme, themeNames, type TokenKey } from '../themes/index.js';
import { variantsFor } from './catalogue.js';
import './code-panel.js';
import { chartMarkup, tokensCss } from './snippet.js';

const COLOR_TOKENS = new Set<TokenKey>(TOKEN_KEYS.filter((key) => key.startsWith('color') || key.startsWith('sequential')));

const GROUPS: Record<string, TokenKey[]> = {
  Colours: TOKEN_KEYS.filter((key) => COLOR_TOKENS.has(key)),
  'Colours for groups and series': ['palette'],
  Text: ['fontFamily', 'titleFontFamily', 'fontSize', 'titleFontSize'],
  Shape: ['radius', 'spacing'],
};

const DESCRIPTIONS: Partial<Record<TokenKey, string>> = {
  palette: 'Colours for groups and series, separated by spaces (or `;` in a `theme`).',
  fontSize: 'Base text size, e.g. `14px` or `0.9rem`.',
  titleFontSize: 'Title size, e.g. `20px`.',
  radius: 'Corner radius of bars and boxes, e.g. `2px` (`0` for square).',
  spacing: 'Space between the parts of a chart, e.g. `16px`.',
};

function groupOf(key: TokenKey): string {
  return Object.entries(GROUPS).find(([, keys]) => keys.includes(key))?.[0] ?? 'Other';
}

const argTypes: ArgTypes = {
  theme: {
    description: 'The built-in or registered theme the tokens start from.',
    control: { type: 'select' },
    options: themeNames(),
    table: { category: 'Start from' },
  },
};
for (const key of TOKEN_KEYS) {
  argTypes[key] = {
    name: TOKEN_PROPERTIES[key],
    description: DESCRIPTIONS[key] ?? '',
    control: { type: COLOR_TOKENS.has(key) ? 'color' : 'text' },
    table: { category: groupOf(key), defaultValue: { summary: defaultTheme[key] } },
  };
}

/** The tokens the designer changed, by CSS name. */
function changedTokens(args: Args): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const key of TOKEN_KEYS) {
    const value = args[key];
    if (typeof value === 'string' && value.trim() !== '' && value.trim() !== defaultTheme[key]) tokens[TOKEN_PROPERTIES[key]] = value.trim();
  }
  return tokens;
}

/** The CSS to copy: the changed tokens, on every chart of the site. */
function themeCss(args: Args): string {
  const tokens = changedTokens(args);
  const intro = '/* lnob-charts: paste into your site’s stylesheet (or a <style> element). */\n';
  if (Object.keys(tokens).length === 0) {
    const all = Object.fromEntries(TOKEN_KEYS.map((key) => [TOKEN_PROPERTIES[key], defaultTheme[key]]));
    return `${intro}/* Nothing changed yet: these are the defaults. Change a control to make your own. */\n${tokensCss('lnob-chart', all)}`;
  }
  return intro + tokensCss('lnob-chart', tokens);
}

function renderPlayground(args: Args): HTMLElement {
  const tokens = changedTokens(args);
  const frame = document.createElement('div');
  frame.className = 'lnob-theming';
  const grid = document.createElement('div');
  // align-items: start — a stretched grid cell would give each chart a fixed height.
  grid.style.cssText = 'display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));align-items:start;gap:24px;padding:16px;border-radius:6px';
  for (const [name, value] of Object.entries(tokens)) grid.style.setProperty(name, value);
  const background = tokens['--lnob-color-background'];
  if (background) grid.style.background = background;
  for (const id of templateIds()) {
    const sample = variantsFor(id).find((variant) => variant.id === 'sample');
    if (!sample) continue;
    const attributes = { ...sample.attributes, theme: typeof args['theme'] === 'string' && args['theme'] !== 'default' ? args['theme'] : '' };
    const cell = document.createElement('template');
    cell.innerHTML = chartMarkup(id, attributes, sample.csv);
    grid.append(cell.content);
  }
  const panel = document.createElement('lnob-code-panel');
  panel.label = 'CSS to copy';
  panel.code = themeCss(args);
  frame.append(grid, panel);
  return frame;
}

const meta: Meta = {
  title: 'Theming/Playground',
  tags: ['autodocs'],
  render: renderPlayground,
  argTypes,
  args: { theme: 'default', ...Object.fromEntries(TOKEN_KEYS.map((key) => [key, defaultTheme[key]])) },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Every design token of the kit is a control here: change them and every chart below follows at once. ' +
          'Then copy the CSS under the charts into your site’s stylesheet; it holds only the tokens you changed. ' +
          'Where to set tokens, dark mode, logos, SDG goal colours and contrast: [Themes and branding](./?path=/docs/theming-themes-and-branding--docs).',
      },
    },
  },
};
export default meta;

export const Playground: StoryObj = { name: 'Playground' };

/** A dark page: light text, brighter marks. */
export const DarkBackground: StoryObj = {
  name: 'On a dark background',
  args: {
    colorBackground: '#16181d',
    colorText: '#f0f3f6',
    colorMuted: '#b7c0ca',
    colorAccent: '#6cb6ff',
    colorHighlight: '#ffa657',
    colorDeemphasis: '#6e7681',
    colorGrid: '#30363d',
    colorAxis: '#b7c0ca',
    palette: '#6cb6ff #ffa657 #56d364 #f778ba #e3b341 #79c0ff #d2a8ff #c9d1d9',
    sequentialStart: '#1b2a3a',
    sequentialEnd: '#79c0ff',
  },
};

/** A campaign look: the SDG blue, a serif title, square corners. */
export const CampaignLook: StoryObj = {
  name: 'A campaign look',
  args: {
    colorAccent: '#00689d',
    colorHighlight: '#e5243b',
    titleFontFamily: 'Georgia, "Times New Roman", serif',
    titleFontSize: '24px',
    radius: '0',
  },
};
