/**
 * Colour contrast as WCAG 2.1 defines it: relative luminance, contrast ratio,
 * and the nearest variant of a colour that reaches a ratio against a
 * background (darker on light backgrounds, lighter on dark ones). Pure: no DOM.
 */

/** WCAG 2.1 thresholds. */
export const AA_TEXT = 4.5;
export const AAA_TEXT = 7;
export const AA_GRAPHICS = 3;

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  /** 0–1. */
  readonly alpha: number;
}

const NAMED: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  navy: '#000080',
  teal: '#008080',
  purple: '#800080',
  maroon: '#800000',
  olive: '#808000',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  orange: '#ffa500',
  yellow: '#ffff00',
  transparent: '#00000000',
};

/**
 * Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()` (comma or
 * space syntax, numbers or percentages), `hsl()`/`hsla()` and a few colour
 * names. Anything else (e.g. `oklch()`, `var()`) gives undefined.
 */
export function parseColor(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const named = NAMED[text];
  if (named) return parseColor(named);
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text);
  if (hex) {
    let digits = hex[1]!;
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const n = (i: number) => parseInt(digits.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), alpha: digits.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(text);
  if (!fn) return undefined;
  const parts = fn[2]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const alpha = parts[3] === undefined ? 1 : fraction(parts[3], 1);
  if (fn[1]!.startsWith('rgb')) {
    const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p));
    const [r, g, b] = parts.slice(0, 3).map(channel) as [number, number, number];
    if (![r, g, b, alpha].every(Number.isFinite)) return undefined;
    return { r: clamp255(r), g: clamp255(g), b: clamp255(b), alpha };
  }
  const h = parseFloat(parts[0]!);
  const s = fraction(parts[1]!, 100);
  const l = fraction(parts[2]!, 100);
  if (![h, s, l, alpha].every(Number.isFinite)) return undefined;
  return { ...hslToRgb(h, s, l), alpha };
}

function fraction(part: string, scale: number): number {
  return part.endsWith('%') ? parseFloat(part) / 100 : parseFloat(part) / scale;
}

function clamp255(n: number): number {
  return Math.min(255, Math.max(0, n));
}

function hslToRgb(h: number, s: number, l: number): { r: number; g: number; b: number } {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => 255 * (l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1))));
  return { r: f(0), g: f(8), b: f(4) };
}

/** `#rrggbb` (alpha dropped). */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Composites a translucent colour over an opaque background. */
function over(color: Rgb, background: Rgb): Rgb {
  const a = color.alpha;
  const mix = (c: number, d: number) => c * a + d * (1 - a);
  return { r: mix(color.r, background.r), g: mix(color.g, background.g), b: mix(color.b, background.b), alpha: 1 };
}

/**
 * The contrast ratio (1–21) of a colour against a background, or undefined
 * when either cannot be read. A translucent colour is composited over the
 * background first; a translucent background over white.
 */
export function contrastRatio(color: string, background: string): number | undefined {
  const bgRaw = parseColor(background);
  const fgRaw = parseColor(color);
  if (!bgRaw || !fgRaw) return undefined;
  const bg = bgRaw.alpha < 1 ? over(bgRaw, WHITE) : bgRaw;
  const fg = fgRaw.alpha < 1 ? over(fgRaw, bg) : fgRaw;
  return ratioOf(relativeLuminance(fg), relativeLuminance(bg));
}

const WHITE: Rgb = { r: 255, g: 255, b: 255, alpha: 1 };
const BLACK: Rgb = { r: 0, g: 0, b: 0, alpha: 1 };

function ratioOf(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** True when the background is light (black text would contrast more than white). */
export function isLight(background: string): boolean {
  const bg = parseColor(background);
  if (!bg) return true;
  const l = relativeLuminance(bg);
  return ratioOf(l, 0) >= ratioOf(1, l);
}

/**
 * The colour itself when it already reaches `ratio` against the background;
 * otherwise the least-changed mix of it with black (on a light background) or
 * white (on a dark one) that does, as `#rrggbb`. Keeps the hue recognisable:
 * SDG Goal 7's yellow becomes an ochre, not a grey. Unreadable input is
 * returned unchanged.
 */
export function ensureContrast(color: string, background: string, ratio: number): string {
  const current = contrastRatio(color, background);
  if (current === undefined || current >= ratio) return color;
  const fgRaw = parseColor(color)!;
  const bgRaw = parseColor(background)!;
  const bg = bgRaw.alpha < 1 ? over(bgRaw, WHITE) : bgRaw;
  const fg = fgRaw.alpha < 1 ? over(fgRaw, bg) : fgRaw;
  const target = isLight(toHex(bg)) ? BLACK : WHITE;
  const bgLum = relativeLuminance(bg);
  const mix = (t: number): Rgb => ({
    r: fg.r + (target.r - fg.r) * t,
    g: fg.g + (target.g - fg.g) * t,
    b: fg.b + (target.b - fg.b) * t,
    alpha: 1,
  });
  // Bisection on the mix amount: luminance moves monotonically toward the target.
  let low = 0;
  let high = 1;
  for (let i = 0; i < 24; i++) {
    const mid = (low + high) / 2;
    if (ratioOf(relativeLuminance(mix(mid)), bgLum) >= ratio) high = mid;
    else low = mid;
  }
  // Rounding to 8-bit channels can lose a hair of contrast: step further until it holds.
  let t = high;
  let hex = toHex(mix(t));
  while (t < 1 && (contrastRatio(hex, toHex(bg)) ?? 0) < ratio) {
    t = Math.min(1, t + 0.005);
    hex = toHex(mix(t));
  }
  return hex;
}
