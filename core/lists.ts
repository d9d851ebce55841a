/** The list syntax of the public contract: `;`-separated, trimmed, empty items dropped. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value.split(';').map((item) => item.trim()).filter((item) => item !== '');
}

/** Lists are matched case-insensitively. */
export function normaliseKey(value: string): string {
  return value.trim().toLocaleLowerCase('en');
}

/** "a, b and 3 more" for English messages. */
export function listing(items: readonly string[], max = 12): string {
  return items.slice(0, max).join(', ') + (items.length > max ? ` and ${items.length - max} more` : '');
}

/** '"a", "b" and 3 more' for English messages. */
export function quoteList(items: readonly string[], max = 12): string {
  return listing(items.map((item) => `"${item}"`), max);
}
