import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LnobChart } from '../../index.js';
import type { ShareChrome, ShareSource } from '../../components/lnob-chart/share-export.js';
import type { Sample } from '../../templates/samples/index.js';
import { firstSamples, GALLERY_THEMES, GALLERY_WIDTHS } from '../../stories/gallery.js';
import { normaliseSvg } from './normalise.js';
import { textProblems, type TextProblem } from './text-check.js';
import { knownKinds } from './known-failures.js';

/** The matrix of issue 20, part 4: the gallery's (stories/gallery.ts), in English and Arabic. */
export const THEMES = GALLERY_THEMES;
export const WIDTHS = GALLERY_WIDTHS;
export const LANGUAGES = ['en', 'ar'] as const;
export const SAMPLES: readonly Sample[] = firstSamples();

/** The share menu's inputs, as the chart hands them over (private to the element: read as the share tests do). */
export function shareInputs(chart: LnobChart): { source: ShareSource; chrome: ShareChrome } {
  const menu = (chart as unknown as { shareMenu: { source: ShareSource; chrome(): ShareChrome } }).shareMenu;
  return { source: menu.source, chrome: menu.chrome() };
}

/**
 * Checks a drawing against its reviewed snapshot and the text rules. `svg` is drawn in the page (so text is
 * measured in the bundled font) and taken away again.
 */
export async function expectSnapshot(name: string, svg: string): Promise<void> {
  const result = (await executeServerCommand('lnob-snapshot', { name, text: normaliseSvg(svg) })) as { status: string; diff?: string };
  expect(result.status, result.status === 'missing' ? `no reviewed snapshot ${name}.svg: run npm run snapshots:update and review it` : `${name} changed (run npm run snapshots:update if it is meant to; the new drawing is in test/visual/output/${name}.svg) ${result.diff ?? ''}`).to.be.oneOf(['same', 'new', 'updated']);
}

let looking: Promise<boolean> | undefined;

/**
 * Draws `svg` in the page, runs the text rules on it (and, in a run for people to look at, saves a screenshot
 * of it as test/visual/output/<name>.png) and removes it.
 */
export async function problemsOf(name: string, svg: string): Promise<TextProblem[]> {
  const holder = document.createElement('div');
  holder.id = 'lnob-visual';
  holder.style.cssText = 'position: absolute; left: 0; top: 0; line-height: 0;';
  holder.innerHTML = svg;
  document.body.append(holder);
  try {
    looking ??= executeServerCommand('lnob-visual-look') as Promise<boolean>;
    if (await looking) await executeServerCommand('lnob-screenshot', { selector: '#lnob-visual', path: `test/visual/output/${name}.png` });
    return textProblems(holder.querySelector('svg')!);
  } finally {
    holder.remove();
  }
}

/** The text rules hold, except where a known defect is listed (known-failures.ts); a listed case that now passes must leave the list. */
export async function expectTextRules(name: string, svg: string): Promise<void> {
  const problems = await problemsOf(name, svg);
  const known = knownKinds(name);
  const unexpected = problems.filter((problem) => !known.has(problem.kind));
  expect(unexpected.map((problem) => `${problem.kind}: ${problem.detail}`), `${name}: text that collides, is cut or reads alike`).to.deep.equal([]);
  for (const kind of known) {
    expect(problems.some((problem) => problem.kind === kind), `${name} no longer has the known ${kind} problem: remove it from KNOWN_FAILURES in test/visual/known-failures.ts`).to.equal(true);
  }
}
