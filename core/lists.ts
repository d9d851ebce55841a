/** The list syntax of the public contract: `;`-separated, trimmed, empty items dropped. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value.split(';').map((item) => item.trim()).filter((item) => item !== '');
}

/** Lists are matched case-insensitively. */
export function normaliseKey(value: string): string {
  return value.trim().toLocaleLowerCase('en');
}

/** "a, b and c" for messages. */
export function quoteList(items: readonly string[], max = 12): string {
  const shown = items.slice(0, max).map((item) => `"${item}"`);
  const more = items.length > max ? ` and ${items.length - max} more` : '';
  return shown.join(', ') + more;
}
