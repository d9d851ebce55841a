import { expect } from '@open-wc/testing';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { expressionInterpreter } from 'vega-interpreter';
import { parseText } from '../../data/parse.js';
import { typeRows } from '../../data/typing.js';
import '../../templates/index.js';
import { getTemplate, templateIds } from '../../templates/registry.js';
import { samples } from '../../templates/samples/index.js';
import type { ChartTemplate, Options, OptionValue } from '../../templates/types.js';
import { defaultTheme } from '../../themes/default.js';
import { themeToVega } from '../../themes/vega-config.js';
import { THEME_SIGNALS } from '../../core/signals.js';
import { recorder } from './util.js';

/**
 * Warnings a template is known to give, with the reason; the element's views log none. ranked-bar: without a
 * `reference`, its empty reference layer still shares the x scale, and Vega notes the empty extent.
 */
// Layers drawn from filtered data that may be empty: a ranked-bar's reference line, a trend's leader lines (only for
// end labels that had to move).
const KNOWN_WARNINGS: Readonly<Record<string, RegExp>> = { 'ranked-bar': /Infinite extent for field "reference"/, trend: /Infinite extent for field "time"/ };
/** A progress chart without a target (no official one for malaria prevalence): its target, projection and verdict layers are empty. */
const KNOWN_SAMPLE_WARNINGS: Readonly<Record<string, RegExp>> = { 'liberia-malaria-progress-ci': /Infinite extent for field "(time|value)"/ };

/** Options as the element reads them from the sample's attributes. */
function optionsOf(template: ChartTemplate, attributes: Readonly<Record<string, string>>): Options {
  const options: Record<string, OptionValue> = {};
  for (const option of template.options) {
    const raw = attributes[option.attribute];
    if (raw === undefined) options[option.attribute] = option.default ?? null;
    else if (option.type === 'number') options[option.attribute] = Number(raw);
    else if (option.type === 'list') options[option.attribute] = raw.split(';').map((s) => s.trim());
    else options[option.attribute] = raw;
  }
  return options;
}

/** Every combination of structural option values (few: one enum at most per template). */
function structuralVariants(template: ChartTemplate): Options[] {
  let variants: Record<string, OptionValue>[] = [{}];
  for (const option of template.options.filter((o) => o.structural && o.values)) {
    variants = variants.flatMap((v) => option.values!.map((value) => ({ ...v, [option.attribute]: value })));
  }
  return variants;
}

describe('template specs', () => {
  for (const id of templateIds()) {
    describe(id, () => {
      const template = getTemplate(id)!;

      it('is registered with roles, options and a description', () => {
        expect(template, id).to.not.equal(undefined);
        expect(template.description.length).to.be.greaterThan(150);
        expect(template.roles.some((r) => r.required)).to.equal(true);
        expect(template.summary).to.be.a('function');
      });

      it('compiles with Vega-Lite without errors or warnings, for every structural option', () => {
        for (const options of structuralVariants(template)) {
          for (const fixedHeight of [false, true]) {
            const messages: string[] = [];
            vegaLite.compile(template.spec(options, { fixedHeight }), { logger: recorder(messages) as never });
            expect(messages, JSON.stringify(options)).to.deep.equal([]);
          }
        }
      });

      it('holds no colour literal and no data (colours come from signals, whose declared defaults aside)', () => {
        const { params: _params, ...rest } = template.spec({}, { fixedHeight: false }) as unknown as Record<string, unknown>;
        const text = JSON.stringify(rest);
        for (const colour of Object.values(THEME_SIGNALS)) if (typeof colour === 'string') expect(text).to.not.contain(colour);
        // Rows of the page never: a one-row helper dataset of the kit's own (the map's legend key, `lnob_*` fields) is no data.
        expect(text).to.not.match(/"values":\[\{"(?!lnob_)/);
        expect(text).to.not.match(/"#[0-9a-f]{3,8}"/i);
        expect(text).to.not.match(/"(rgb|hsl)a?\(/);
      });

      for (const sample of samples.filter((s) => s.template === id)) {
        it(`runs a headless Vega view over the sample "${sample.id}" without warnings`, async () => {
          await template.load?.();
          const table = parseText(sample.csv, 'csv', 'the sample');
          const columns = Object.fromEntries(
            Object.entries(sample.attributes)
              .filter(([name]) => name.endsWith('-column'))
              .map(([name, value]) => [name.replace(/-column$/, ''), value]),
          );
          const typed = typeRows(table, template.roles, { columns });
          const options = optionsOf(template, sample.attributes);
          const messages: string[] = [];
          const { spec } = vegaLite.compile(template.spec(options, { fixedHeight: false }), { logger: recorder(messages) as never });
          spec.autosize = { type: 'fit-x', contains: 'padding' };
          const theme = themeToVega(defaultTheme);
          const runtime = vega.parse(spec, theme.config, { ast: true });
          const view = new vega.View(runtime, { renderer: 'none', expr: expressionInterpreter, logger: recorder(messages) as never, logLevel: vega.Warn } as never);
          const signals = { ...theme.signals, lnob_format: ',.1f', lnob_unit: typed.units.value ?? '', ...template.signals?.(options, typed.rows) };
          for (const [name, value] of Object.entries(signals)) view.signal(name, value);
          view.data('table', typed.rows);
          for (const [name, rows] of Object.entries(template.datasets?.(typed.rows, options) ?? {})) view.data(name, rows);
          view.width(320);
          await view.runAsync();
          const svg = await view.toSVG();
          view.finalize();
          expect(messages.filter((message) => !KNOWN_WARNINGS[id]?.test(message) && !KNOWN_SAMPLE_WARNINGS[sample.id]?.test(message))).to.deep.equal([]);
          expect(svg).to.contain('<text');
        });
      }
    });
  }

  it('every sample carries a source, and illustrative ones say so in their notes', () => {
    expect(samples.length).to.be.greaterThanOrEqual(7);
    for (const sample of samples) {
      expect(sample.source, sample.id).to.not.equal('');
      if (sample.illustrative) expect(sample.notes, sample.id).to.contain('Illustrative data');
      expect(getTemplate(sample.template), sample.id).to.not.equal(undefined);
    }
  });
});
