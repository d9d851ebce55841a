/**
 * Labels that stay distinct. A long name is wrapped to two lines, then shortened keeping its start and its end
 * ("Groups of…" / "North Eastern"); where two names would still look alike, their common start is dropped
 * ("…North Eastern"). Shortening never makes two different names equal: the last resort is the full name.
 * `labelForms` works out every form from the rows; the spec picks one by the room it has (`labelExpr`).
 * The full name stays in the tooltip and the data table.
 */

/** Characters per line of the two-line forms, narrowest first (10 × 1.3^i, so the spec finds its form with a logarithm); then one line of 16 (line ends). */
export const LABEL_CHARS = [0, 1, 2, 3, 4, 5, 6].map((i) => Math.floor(10 * 1.3 ** i));
const ONE_LINE = [16];

export type LabelForm = string | string[];

const length = (text: string) => [...text].length;
const RTL = /[\u0590-\u08ff\ufb1d-\ufefc]/;
/** An ellipsis in right-to-left text is put at its start or end as read (marks U+200F around it), not left or right. */
const bidi = (line: string) => (RTL.test(line) && line.includes('…') ? `\u200f${line}\u200f` : line);

/** A text in at most `lines` lines of `chars` characters: broken at a space, else its start and end around "…". */
export function fitLabel(text: string, chars: number, lines: 1 | 2): LabelForm {
  const all = [...text];
  if (all.length <= chars) return text;
  const words = text.trim().split(/\s+/);
  if (lines === 2) {
    // The break that fits: after a ":" or "," where one does, else the most even.
    let best: string[] | undefined;
    let score = Infinity;
    for (let i = 1; i < words.length; i++) {
      const pair = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
      const longest = Math.max(length(pair[0]!), length(pair[1]!));
      const s = longest + (/[:,;]$/.test(pair[0]!) ? 0 : chars);
      if (longest <= chars && s < score) [best, score] = [pair, s];
    }
    if (best) return best.map(bidi);
    if (words.length === 1 && all.length <= 2 * chars) return [all.slice(0, chars).join(''), all.slice(chars).join('')];
  }
  // The end: whole words that fit (or the end of the last word); then as much of the start as fits.
  const tailRoom = lines === 2 ? chars : Math.floor(chars * 0.6);
  let tail = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const next = tail ? `${words[i]} ${tail}` : words[i]!;
    if (length(next) > tailRoom) break;
    tail = next;
  }
  tail = tail.replace(/^[:,;–-]\s*/, '') || all.slice(-tailRoom).join('');
  const headRoom = (lines === 2 ? chars : chars - length(tail)) - 1;
  const head = all.slice(0, Math.max(1, headRoom)).join('').trimEnd();
  const cut = head.lastIndexOf(' ');
  const start = `${cut > headRoom / 2 ? head.slice(0, cut) : head}…`;
  return lines === 2 ? [bidi(start), bidi(tail)] : bidi(start + tail);
}

const key = (form: LabelForm) => (Array.isArray(form) ? form.join('\n') : form);

/** Each distinct name's form in `chars` × `lines`, no two alike. */
export function distinctLabels(names: readonly string[], chars: number, lines: 1 | 2): Map<string, LabelForm> {
  const unique = [...new Set(names)];
  const forms = new Map(unique.map((name) => [name, fitLabel(name, chars, lines)]));
  for (let pass = 0; pass < 5; pass++) {
    const groups = new Map<string, string[]>();
    for (const [name, form] of forms) groups.set(key(form), [...(groups.get(key(form)) ?? []), name]);
    const alike = [...groups.values()].filter((group) => group.length > 1);
    if (alike.length === 0) break;
    for (const group of alike) {
      // Drop the start the look-alikes share (from a word's start; again for those still alike), then their shared
      // end too, then show the full name.
      const p = pass < 4 ? sharedStart(group) : 0;
      const e = pass === 3 ? sharedStart(group.map((name) => [...name].reverse().join(''))) : 0;
      // The first time, every name with that start loses it, so names of one kind are shortened alike.
      const start = group[0]!.slice(0, p);
      for (const name of pass === 0 && p > 0 ? unique.filter((n) => n.startsWith(start)) : group) {
        const middle = name.slice(p, name.length - e);
        forms.set(name, middle.trim() && p + e > 0 ? fitLabel(`${p ? '…' : ''}${middle}${e ? '…' : ''}`, chars, lines) : name);
      }
    }
  }
  return forms;
}

/** Length of the start all names share, back to the start of a word. */
function sharedStart(names: readonly string[]): number {
  let p = 0;
  const first = names[0]!;
  while (p < first.length && names.every((name) => name[p] === first[p])) p++;
  while (p > 0 && !/[\s:,;/(–-]/.test(first[p - 1]!)) p--;
  return p;
}

/**
 * The `lnob_labels` signal: each name → its forms (two-line at each of `LABEL_CHARS`, then the one-line ones).
 * A prototype-free object, so a name such as "constructor" is only ever its own label.
 */
export function labelForms(values: Iterable<unknown>): Record<string, LabelForm[]> {
  const names = [...new Set([...values].map((v) => (v === null || v === undefined ? '' : String(v))))];
  const lookup = Object.create(null) as Record<string, LabelForm[]>;
  for (const name of names) lookup[name] = [];
  for (const chars of LABEL_CHARS) for (const [name, form] of distinctLabels(names, chars, 2)) lookup[name]!.push(form);
  for (const chars of ONE_LINE) for (const [name, form] of distinctLabels(names, chars, 1)) lookup[name]!.push(form);
  return lookup;
}
