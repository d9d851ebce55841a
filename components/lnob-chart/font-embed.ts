/**
 * The page's web fonts, written into an SVG before it becomes a PNG. A browser draws an SVG given to an <img> in a
 * world of its own: the page's @font-face fonts (a CSO's brand font, a Google font) are not there, so the share image
 * came out in the system's fallback font, wider or narrower than the text Vega measured. As html-to-image and
 * dom-to-image do, the faces the SVG uses are fetched and written into it as data: URLs — only the families it names,
 * the weights and styles it draws and the Unicode ranges of its text, so an Arabic face is not added to an English
 * image. A face that cannot be read (another site's font without CORS, a page policy that refuses the fetch) is left
 * out: the image is still made, in the fallback font, as before.
 */

/** The families, weights, styles and characters an SVG's text uses. */
interface SvgText {
  readonly families: Set<string>;
  readonly weights: Set<number>;
  readonly italic: boolean;
  readonly codePoints: Set<number>;
}

const unquote = (name: string) => name.trim().replace(/^["']|["']$/g, '').toLowerCase();

/**
 * Read with patterns, not DOMParser: parsing markup is a Trusted Types sink, refused on pages that require them, and
 * this SVG is the kit's own (attributes in double quotes, styles as attributes).
 */
function textOf(svg: string): SvgText {
  const families = new Set<string>();
  for (const [, value] of svg.matchAll(/font-family="([^"]*)"/g)) {
    for (const family of decodeXml(value!).split(',')) families.add(unquote(family));
  }
  const weights = new Set<number>([400]);
  for (const [, value] of svg.matchAll(/font-weight="([^"]*)"/g)) weights.add(value === 'bold' ? 700 : value === 'normal' ? 400 : Number(value) || 400);
  const italic = /font-style="(italic|oblique)/.test(svg);
  const codePoints = new Set<number>();
  for (const character of decodeXml(svg.replace(/<[^>]*>/g, ''))) codePoints.add(character.codePointAt(0)!);
  return { families, weights, italic, codePoints };
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|lt|gt|amp);/gi, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' } as Record<string, string>)[entity.toLowerCase()]!;
  });
}

/** `U+0600-06FF, U+200C` → does any of the text's characters fall in it? No range means every character. */
function coversText(unicodeRange: string, codePoints: Set<number>): boolean {
  if (!unicodeRange.trim()) return true;
  const ranges = unicodeRange.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    if (from!.includes('?')) return [parseInt(from!.replace(/\?/g, '0'), 16), parseInt(from!.replace(/\?/g, 'F'), 16)];
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
  for (const point of codePoints) if (ranges.some(([low, high]) => point >= low! && point <= high!)) return true;
  return false;
}

function weightMatches(weight: string, weights: Set<number>): boolean {
  const [low, high] = weight.split(/\s+/).map((part) => (part === 'bold' ? 700 : part === 'normal' ? 400 : Number(part)));
  return [...weights].some((wanted) => (high === undefined ? wanted === low : wanted >= low! && wanted <= high));
}

/** The @font-face rules of the page's style sheets; another site's sheet is fetched (Google Fonts allow it). */
async function fontFaceRules(): Promise<{ rule: CSSFontFaceRule; base: string }[]> {
  const found: { rule: CSSFontFaceRule; base: string }[] = [];
  const visit = (rules: CSSRuleList, base: string) => {
    for (const rule of rules) {
      if (rule instanceof CSSFontFaceRule) found.push({ rule, base });
      else if (rule instanceof CSSImportRule && rule.styleSheet) visitSheet(rule.styleSheet);
      else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) visit(rule.cssRules, base);
    }
  };
  const later: Promise<void>[] = [];
  const visitSheet = (sheet: CSSStyleSheet) => {
    const base = sheet.href ?? document.baseURI;
    let rules: CSSRuleList | undefined;
    try {
      rules = sheet.cssRules;
    } catch {
      // Another site's sheet: readable only by fetching it (CORS), then parsed by the browser.
      if (sheet.href) later.push(readSheet(sheet.href).then((copy) => copy && visit(copy.cssRules, sheet.href!)));
      return;
    }
    visit(rules, base);
  };
  for (const sheet of document.styleSheets) visitSheet(sheet);
  for (const sheet of document.adoptedStyleSheets ?? []) visitSheet(sheet);
  await Promise.all(later);
  return found;
}

async function readSheet(href: string): Promise<CSSStyleSheet | undefined> {
  try {
    const response = await fetch(href, { mode: 'cors', credentials: 'omit' });
    if (!response.ok) return undefined;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await response.text());
    return sheet;
  } catch {
    return undefined;
  }
}

/** The first `url(…) format(…)` of a src the browser can draw in an image: woff2, woff, TrueType or OpenType. */
function firstSource(src: string, base: string): { url: string; format: string } | undefined {
  for (const match of src.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)\s*(?:format\(\s*["']?([\w-]+)["']?\s*\))?/g)) {
    const format = match[3] ?? '';
    if (format && !/^(woff2|woff|truetype|opentype)$/i.test(format)) continue;
    return { url: new URL(match[2]!, base).href, format };
  }
  return undefined;
}

const cache = new Map<string, Promise<string | undefined>>();

function asDataUrl(url: string): Promise<string | undefined> {
  if (url.startsWith('data:')) return Promise.resolve(url);
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url, { mode: 'cors', credentials: 'omit' })
      .then((response) => (response.ok ? response.blob() : undefined))
      .then((blob) => blob && new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsDataURL(blob);
      }))
      .catch(() => undefined);
    cache.set(url, pending);
  }
  return pending;
}

/** The @font-face CSS, with data: URLs, for the web fonts an SVG uses; empty when it uses none the page loaded. */
export async function fontFaceCss(svg: string): Promise<string> {
  const text = textOf(svg);
  const faces = (await fontFaceRules()).filter(({ rule }) => {
    const style = rule.style;
    if (!text.families.has(unquote(style.getPropertyValue('font-family')))) return false;
    if (!text.italic && /italic|oblique/.test(style.getPropertyValue('font-style'))) return false;
    return weightMatches(style.getPropertyValue('font-weight') || '400', text.weights) && coversText(style.getPropertyValue('unicode-range'), text.codePoints);
  });
  const css = await Promise.all(
    faces.map(async ({ rule, base }) => {
      const source = firstSource(rule.style.getPropertyValue('src'), base);
      const data = source && (await asDataUrl(source.url));
      if (!data) return '';
      const style = rule.style;
      const descriptors = ['font-family', 'font-style', 'font-weight', 'font-stretch', 'unicode-range']
        .map((name) => [name, style.getPropertyValue(name)] as const)
        .filter(([, value]) => value)
        .map(([name, value]) => `${name}:${value};`)
        .join('');
      return `@font-face{${descriptors}src:url(${data})${source.format ? ` format("${source.format}")` : ''};}`;
    }),
  );
  return css.filter(Boolean).join('\n');
}

/** The SVG with the page's web fonts it uses written into it (unchanged when it uses none, or none could be read). */
export async function withPageFonts(svg: string): Promise<string> {
  let css = '';
  try {
    css = await fontFaceCss(svg);
  } catch {
    return svg;
  }
  if (!css) return svg;
  // After the root's opening tag: a <style> the image's own document applies to its text.
  return svg.replace(/<svg\b[^>]*>/, (open) => `${open}<style>${css.replace(/</g, '\\3c ').replace(/&/g, '\\26 ')}</style>`);
}
