import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * web-test-runner plugin for the visual snapshots (test/visual/): the browser draws, this side keeps the files.
 * - `lnob-snapshot` { name, text }: compares `text` with test/visual/snapshots/<name>.svg and answers
 *   { status: 'same' } or { status: 'changed', diff }; with UPDATE_SNAPSHOTS=1 (or when the file is new,
 *   outside CI) it writes the file instead. What was drawn is always written to test/visual/output/ (not
 *   committed), so a changed snapshot can be opened beside the reviewed one.
 * - `lnob-visual-file` { name, base64 }: writes a file (a share image's PNG) to test/visual/output/.
 * - `lnob-visual-look`: true when the run is for people to look at (LNOB_LOOK=1, test/visual/look.config.js):
 *   the tests then also save PNGs.
 */
const SNAPSHOTS = 'test/visual/snapshots';
const OUTPUT = 'test/visual/output';
const SAFE_NAME = /^[\w.-]+$/;

export function snapshotPlugin() {
  const update = process.env.UPDATE_SNAPSHOTS === '1';
  const ci = Boolean(process.env.CI);
  return {
    name: 'lnob-snapshot',
    async executeCommand({ command, payload }) {
      if (command === 'lnob-visual-look') return process.env.LNOB_LOOK === '1';
      if (command !== 'lnob-snapshot' && command !== 'lnob-visual-file') return undefined;
      if (!SAFE_NAME.test(payload.name)) throw new Error(`not a snapshot name: ${payload.name}`);
      if (command === 'lnob-visual-file') {
        await put(join(OUTPUT, payload.name), Buffer.from(payload.base64, 'base64'));
        return true;
      }
      const file = join(SNAPSHOTS, `${payload.name}.svg`);
      await put(join(OUTPUT, `${payload.name}.svg`), payload.text);
      const expected = await readFile(file, 'utf8').catch(() => undefined);
      if (update || (expected === undefined && !ci)) {
        if (expected !== payload.text) await put(file, payload.text);
        return { status: expected === undefined ? 'new' : expected === payload.text ? 'same' : 'updated' };
      }
      if (expected === undefined) return { status: 'missing' };
      return expected === payload.text ? { status: 'same' } : { status: 'changed', diff: lineDiff(expected, payload.text) };
    },
  };
}

async function put(path, content) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/**
 * The changed part of two texts, line by line, as a reader needs it: the lines before and after that are the
 * same are skipped, the rest shown as `-` (reviewed) and `+` (drawn now), at most 40 lines.
 */
export function lineDiff(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const removed = a.slice(start, endA).map((line) => `- ${line}`);
  const added = b.slice(start, endB).map((line) => `+ ${line}`);
  const lines = [...removed.slice(0, 20), ...(removed.length > 20 ? [`  … ${removed.length - 20} more`] : []), ...added.slice(0, 20), ...(added.length > 20 ? [`  … ${added.length - 20} more`] : [])];
  return `from line ${start + 1}:\n${lines.join('\n')}`;
}
