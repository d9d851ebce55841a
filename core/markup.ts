/**
 * Writing HTML markup from text: attribute values (in double quotes), element content and attribute lists. Data
 * values and the page's words are text, never HTML: everything is escaped. Shared by the embed code and the command
 * line's snippet.
 */

/** An attribute value as the catalogue holds it: `true` writes a bare attribute; `false`, `null`, `undefined` and `''` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A name the embed code can write: lower-case letters, digits and `-`, starting with a letter. */
export function isAttributeName(name: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(name);
}

/** ` name="value"` pairs, escaped, each after `separator`; booleans as bare attributes. */
export function writeAttributes(attributes: Readonly<Record<string, AttributeValue>>, separator = ' '): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!isAttributeName(name)) throw new Error(`"${name}" is not a valid attribute name.`);
    if (value === null || value === undefined || value === false || value === '') continue;
    out += value === true ? `${separator}${name}` : `${separator}${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}
