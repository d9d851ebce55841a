import { SYSTEM_FONTS } from './default.js';
import { sdgGoal } from './sdg-goals.js';
import type { ThemeTokens } from './tokens.js';

const goal = (n: number) => sdgGoal(n)!.color;

/**
 * Official goal colours that reach 4.5:1 against white (so a white label on a
 * segment stays readable), ordered so neighbours differ in hue: 16, 1, 13, 10,
 * 17, 8. The lighter goal colours are used as accents, with an outline.
 */
const PALETTE = [16, 1, 13, 10, 17, 8].map(goal);

/** The SDG look: official goal colours on white. With `goal="N"` the accent is that goal's colour. */
export const sdgTheme: ThemeTokens = {
  fontFamily: SYSTEM_FONTS,
  titleFontFamily: SYSTEM_FONTS,
  fontSize: '14px',
  titleFontSize: '20px',
  colorText: '#1a1a1a',
  colorMuted: '#4d5560',
  colorBackground: '#ffffff',
  colorAccent: goal(16),
  colorHighlight: goal(1),
  colorDeemphasis: '#8f959b',
  colorGrid: '#e3e6ea',
  colorAxis: '#4d5560',
  palette: PALETTE.join('; '),
  sequentialStart: '#e1f1f8',
  sequentialEnd: goal(17),
  radius: '0px',
  spacing: '16px',
};
