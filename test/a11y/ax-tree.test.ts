/**
 * The accessibility tree as a screen reader gets it (Chrome's, through the DevTools protocol:
 * test/a11y/ax-tree-plugin.js), for every template's samples without a title: the drawing is one named,
 * interactive tab stop; each data mark is one item with a human name and role in the chart's language; lines are one
 * item each with their sentence; a map exposes only the countries with data; no internal field name, raw column
 * name, axis or legend caption anywhere in the drawing.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { samples, sampleMarkup, type Sample } from '../../templates/samples/index.js';
import { getTemplate, templateIds } from '../../templates/index.js';
import { cleanup, rendered } from '../helpers.js';

interface AxNode {
  role: string;
  name: string;
  description: string;
  roledescription: string;
}

/** The drawing's part of the tree: from the interactive chart to the table button. */
async function drawingTree(sample: Sample, extra: Record<string, string> = {}): Promise<AxNode[]> {
  const { title: _title, ...attributes } = sample.attributes;
  await rendered(sampleMarkup({ ...sample, attributes }, { eager: '', ...extra }));
  const tree = JSON.parse((await executeServerCommand('lnob-ax-tree')) as string) as AxNode[];
  return tree.filter((node) => node.role === 'application' || node.role.startsWith('graphics') || node.role === 'SvgRoot');
}

const columnsOf = (sample: Sample) => sample.csv.split('\n')[0]!.split(',').map((name) => name.trim()).filter((name) => name.length > 3);

describe('accessibility tree (Chrome DevTools protocol)', () => {
  afterEach(cleanup);

  for (const id of templateIds()) {
    for (const sample of samples.filter((s) => s.template === id)) {
      it(`${id} (${sample.id}): named, interactive, human names only`, async () => {
        const nodes = await drawingTree(sample);
        const application = nodes.find((node) => node.role === 'application')!;
        expect(application, 'one interactive tab stop').to.not.equal(undefined);
        expect(application.roledescription).to.equal('interactive chart');
        expect(application.name).to.not.equal(getTemplate(id)!.name); // never only the generic name
        expect(application.description).to.contain('arrow keys');
        for (const node of nodes) {
          expect(node.name, node.name).to.not.match(/lnob_|\bdatum\b|undefined|NaN|Vega visualization/);
          expect(node.roledescription).to.not.match(/^(axis|legend)$|mark$/);
          if (node.role === 'graphics-symbol') for (const column of columnsOf(sample)) expect(node.name).to.not.contain(`${column}:`);
        }
        expect(nodes.filter((node) => node.role === 'graphics-symbol').length).to.be.above(0);
      });
    }
  }

  it('ranked-bar: one bar per row, named by category and value', async () => {
    const nodes = await drawingTree(samples.find((s) => s.template === 'ranked-bar')!);
    expect(nodes.filter((n) => n.role === 'graphics-symbol').map((n) => `${n.name} (${n.roledescription})`)).to.deep.equal([
      'North West: 70% (bar)',
      'North East: 69% (bar)',
    ]);
  });

  it('trend: each line one item with its start, end, change, lowest and highest', async () => {
    const nodes = await drawingTree(samples.find((s) => s.template === 'trend')!);
    const lines = nodes.filter((n) => n.roledescription === 'line').map((n) => n.name);
    expect(lines).to.have.length(3);
    expect(lines[0]).to.equal('Rural: from 58% in 2005 to 47% in 2023, down 11 percentage points; lowest 47% in 2023, highest 58% in 2005.');
  });

  it('map: the countries with data, not 177 shapes', async () => {
    const nodes = await drawingTree(samples.find((s) => s.template === 'map')!);
    const countries = nodes.filter((n) => n.roledescription === 'country');
    expect(countries).to.have.length(8);
    expect(countries.map((n) => n.name)).to.include('Kenya: National dialogue held (partial list)');
  });

  it('in Arabic: roles and line sentences in the chart\'s language', async () => {
    const nodes = await drawingTree(samples.find((s) => s.template === 'trend')!, { lang: 'ar' });
    const ar = (await import('../../i18n/ar.js')).strings.a11y;
    const application = nodes.find((n) => n.role === 'application')!;
    expect(application.roledescription).to.equal(ar.chart);
    expect(application.description).to.equal(ar.keys);
    expect(nodes.filter((n) => n.roledescription === ar.marks.line)).to.have.length(3);
    expect(nodes.filter((n) => n.roledescription === ar.marks.symbol).length).to.be.above(0);
  });
});
