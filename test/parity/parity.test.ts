/**
 * One chart plan, two shells: the same file and attributes drawn by
 * `<lnob-chart>` here in Chromium and by `npx lnob-charts render` in Node
 * (through the `lnob-cli-render` server command, test/parity/cli-plugin.js)
 * give the same marks — their accessible names and colours, in order — the
 * same title, source, credit and notes, and the same summary. If a shell
 * starts working something out for itself, this is where it shows.
 */
import '../../index.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import cases from '../fixtures/parity/cases.json' with { type: 'json' };
import { cleanup, mount } from '../helpers.js';

interface ParityCase {
  readonly name: string;
  readonly file: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Words both shells must say: in the element's summary, and drawn by the command line (the year shown, in its notes). */
  readonly says?: readonly string[];
}

interface CliResult {
  readonly status: number;
  readonly stderr: string;
  readonly svg: string;
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Each mark as a reader and the eye meet it: its accessible name and its fill. A map's country names come
 * from the runtime's `Intl.DisplayNames`, and Node's and Chromium's copies of the Unicode tables name a few
 * countries differently ("Palestine", "Palestinian Territories"): for maps the name is left out, the rest
 * of the label (its value, its note) and the colour still count.
 */
function marks(drawing: Element, map: boolean): string[] {
  return [...drawing.querySelectorAll('[aria-roledescription]')].map((mark) => {
    const label = mark.getAttribute('aria-label') ?? '';
    return `${map ? label.replace(/^[^:]*/, '(country)') : label} | ${mark.getAttribute('fill')}`;
  });
}

const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The country names Node 20's and Chromium's Unicode tables spell differently (see `marks`), written one way. */
const CLDR_VARIANTS: readonly [RegExp, string][] = [
  [/Palestinian Territories|Palestine/g, 'Palestine'],
  [/Falkland Islands \(Islas Malvinas\)|Falkland Islands/g, 'Falkland Islands'],
];
const sameNames = (text: string) => CLDR_VARIANTS.reduce((out, [variant, name]) => out.replace(variant, name), text);

describe('the element and the command line draw the same chart (one plan)', () => {
  afterEach(cleanup);

  for (const { name, file, attributes, says = [] } of cases as unknown as ParityCase[]) {
    it(name, async () => {
      // Files the chart reads besides its data (a map's boundaries) are paths from the repository's root for the
      // command line, and addresses from the test server's root for the element.
      const markup = Object.entries(attributes).map(([key, value]) => ` ${key}="${escape(key === 'shapes' ? `/${value}` : value)}"`).join('');
      const { chart, outcome } = mount(`<lnob-chart eager src="/${file}"${markup}></lnob-chart>`, 640);
      const drawn = await outcome;
      if (drawn.type === 'lnob-error') throw new Error(`the element failed: ${drawn.detail.code}: ${drawn.detail.message}`);
      await chart.updateComplete;
      const { request, plan } = drawn.detail;

      const cli = (await executeServerCommand('lnob-cli-render', { file, attributes, width: request.width })) as CliResult;
      expect(cli.status, cli.stderr).to.equal(0);
      const image = new DOMParser().parseFromString(cli.svg, 'image/svg+xml').documentElement;
      const root = chart.shadowRoot!;

      // The same marks, named and coloured alike, in the same order.
      const map = plan.template.id === 'map';
      const onPage = marks(root.querySelector('.chart svg')!, map);
      expect(onPage.length, 'marks drawn').to.be.greaterThan(0);
      expect(marks(image.querySelector('svg')!, map)).to.deep.equal(onPage);

      // The same words around the chart, and the same summary.
      const text = (part: string) => words(root.querySelector(`[part~="${part}"]`)?.textContent);
      expect(sameNames(words(image.querySelector(':scope > desc')?.textContent))).to.equal(sameNames(text('summary')));
      expect(words(image.querySelector(':scope > title')?.textContent)).to.equal(words(plan.text.title));
      expect(text('title')).to.equal(words(plan.text.title));
      const drawnText = words([...image.querySelectorAll(':scope > text > tspan')].map((line) => line.textContent).join(' '));
      for (const part of ['subtitle', 'source', 'credit', 'notes']) if (text(part)) expect(drawnText).to.include(text(part));
      for (const said of says) {
        expect(text('summary'), 'the element’s summary').to.include(said);
        expect(drawnText, 'the words drawn by the command line').to.include(said);
      }
    });
  }
});
