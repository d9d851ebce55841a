/** The list syntax of the public contract: `;`-separated, trimmed, empty items dropped. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value.split(';').map((item) => item.trim()).filter((item) => item !== '');
}

/** Lists are matched case-insensitively. */
export function normaliseKey(value: string): string {
  return value.trim().toLocaleLowerCase('en');
}

/**
 * "a, b and 3 more" for messages: the first `max` items, then how many were left out, in the message's
 * language (`more` and `separator`; English by default).
 */
export function listing(items: readonly string[], max = 12, more = (count: number) => ` and ${count} more`, separator = ', '): string {
  return items.slice(0, max).join(separator) + (items.length > max ? more(items.length - max) : '');
}

/** Each item in quotation marks, as messages show the page's own words. */
export function quoted(items: readonly string[]): string[] {
  return items.map((item) => `"${item}"`);
}

/** '"a", "b" and 3 more' for English messages. */
export function quoteList(items: readonly string[], max = 12): string {
  return listing(quoted(items), max);
}
