/** Only http(s) links are followed: `javascript:` and `data:` URLs from attributes never become links. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // Relative links resolve against the page; outside a page (the command line) only absolute ones count.
    const parsed = new URL(url, globalThis.document?.baseURI);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
