/**
 * What the catalogue shows, derived from the template registry and the
 * samples: the stories of each template (its samples, its options, edge
 * cases and error cases) and the text of its page. DOM-free, so Storybook's
 * config (in Node) can read it to write the story files, and the tests can
 * read it to check every story.
 */
import { csvParseRows } from 'd3-dsv';
import { getTemplate, templateIds } from '../templates/index.js';
import type { ChartTemplate, OptionDef, RoleDef } from '../templates/types.js';
import type { Sample } from '../templates/samples/types.js';
import { samplesFor } from './samples.js';

/** What a story shows: a chart, a chart's error message, or a page without charts. */
export type Expectation = { readonly kind: 'chart' } | { readonly kind: 'error'; readonly code: string } | { readonly kind: 'page' };

/** One story of a template. */
export interface Variant {
  /** Stable id, unique within the template. */
  readonly id: string;
  /** The story's export name in its CSF file. */
  readonly exportName: string;
  /** The story's name in the sidebar. */
  readonly name: string;
  /** One or two sentences shown above the story. */
  readonly description: string;
  /** Attributes other than `template`, as written in HTML. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly csv: string;
  /** Width of the story's frame in px (else as wide as the page allows). */
  readonly width?: number;
  /** How the snippet writes the data (default: inside a script). */
  readonly dataForm?: 'script' | 'table';
  readonly expect: Expectation;
}

/** The sidebar group of template pages. */
export const TEMPLATES_GROUP = 'Templates';

/** Templates in the catalogue, in registry order. */
export function catalogueTemplates(): ChartTemplate[] {
  return templateIds().map((id) => getTemplate(id)!);
}

export function storyTitle(template: ChartTemplate): string {
  return `${TEMPLATES_GROUP}/${template.name}`;
}

/** Storybook's id of a title or story name ("Templates/Ranked bars" → "templates-ranked-bars"). */
export function sanitizeId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

/** The catalogue path of a template's docs page (`?path=` value). */
export function docsPath(template: ChartTemplate): string {
  return `/docs/${sanitizeId(storyTitle(template))}--docs`;
}

/** Attributes a sample's chart is drawn with: its own, its source, and notes that say when the data is illustrative. */
export function sampleAttributes(sample: Sample): Record<string, string> {
  const { template: _template, ...own } = sample.attributes;
  const notes = [sample.illustrative && !/illustrative/i.test(own['notes'] ?? sample.notes ?? '') ? 'Illustrative data.' : '', own['notes'] ?? sample.notes ?? '']
    .filter(Boolean)
    .join(' ');
  return {
    ...own,
    ...(own['source'] ? {} : { source: sample.source }),
    ...(own['source-url'] || !sample.sourceUrl ? {} : { 'source-url': sample.sourceUrl }),
    ...(notes ? { notes } : {}),
  };
}

/** Every story of a template, in sidebar order. */
export function variantsFor(templateId: string): Variant[] {
  const template = getTemplate(templateId);
  if (!template) return [];
  const samples = samplesFor(templateId);
  const base = samples[0];
  const variants: Variant[] = samples.map((sample, i) => ({
    id: i === 0 ? 'sample' : `sample-${sample.id}`,
    exportName: i === 0 ? 'Sample' : `Sample${pascal(sample.id)}`,
    name: i === 0 ? 'Sample' : sampleName(sample),
    description: `${sample.attributes['title'] ?? sample.id}. ${sample.illustrative ? 'Illustrative data.' : `Source: ${sample.source}.`}`,
    attributes: sampleAttributes(sample),
    csv: sample.csv,
    expect: { kind: 'chart' },
  }));
  if (!base) return variants;
  const attributes = sampleAttributes(base);
  const table = readCsv(base.csv);

  for (const option of template.options) {
    if (option.attribute in attributes) continue;
    const value = exampleValue(option, template, attributes, table);
    for (const example of value) {
      variants.push({
        id: `option-${option.attribute}${example.suffix ? `-${example.suffix}` : ''}`,
        exportName: pascal(`${option.attribute} ${example.suffix}`),
        name: example.name,
        description: `\`${option.attribute}\`: ${option.description}`,
        attributes: { ...attributes, [option.attribute]: example.value, ...example.extra },
        csv: base.csv,
        expect: { kind: 'chart' },
      });
    }
  }

  variants.push({
    id: 'phone',
    exportName: 'OnAPhone',
    name: 'On a phone (320 px)',
    description: 'The sample in a 320 px wide column, the width of a small phone. The chart follows the width of its container.',
    attributes,
    csv: base.csv,
    width: 320,
    expect: { kind: 'chart' },
  });

  variants.push({
    id: 'table-form',
    exportName: 'DataAsTable',
    name: 'Data as a table (for WordPress, Drupal)',
    description:
      'The same chart with its data written as an HTML `<table>` inside it: website editors that remove `<script>` keep it, and readers without JavaScript see the numbers.',
    attributes,
    csv: base.csv,
    dataForm: 'table',
    expect: { kind: 'chart' },
  });

  const required = template.roles.find((role) => role.required);
  if (required) {
    variants.push({
      id: 'error-wrong-column',
      exportName: 'ErrorWrongColumn',
      name: 'Error: a column that is not in the data',
      description: `\`${required.name}-column\` names a column the data does not have. The chart says which columns it found and how to fix it.`,
      attributes: { ...attributes, [`${required.name}-column`]: 'no_such_column' },
      csv: base.csv,
      expect: { kind: 'error', code: 'missing-column' },
    });
  }
  variants.push({
    id: 'error-no-rows',
    exportName: 'ErrorNoRows',
    name: 'Error: a header but no rows',
    description: 'The data has its header row but no rows under it. The chart says what to add.',
    attributes,
    csv: base.csv.replace(/\r\n?/g, '\n').trim().split('\n')[0] ?? '',
    expect: { kind: 'error', code: 'empty-data' },
  });
  return unique(variants);
}

/** Export names and ids must be unique within a file. */
function unique(variants: Variant[]): Variant[] {
  const seen = new Set<string>();
  return variants.map((variant) => {
    let exportName = variant.exportName;
    for (let n = 2; seen.has(exportName); n++) exportName = `${variant.exportName}${n}`;
    seen.add(exportName);
    return exportName === variant.exportName ? variant : { ...variant, exportName, id: `${variant.id}-${exportName}` };
  });
}

interface Example {
  readonly suffix: string;
  readonly name: string;
  readonly value: string;
  readonly extra?: Record<string, string>;
}

/** A sensible value to show an option with, taken from the sample where it needs data. */
function exampleValue(option: OptionDef, template: ChartTemplate, attributes: Record<string, string>, table: string[][]): Example[] {
  switch (option.type) {
    case 'enum':
      return (option.values ?? [])
        .filter((value) => value !== option.default)
        .map((value) => ({ suffix: value, name: `${humanise(option.attribute)}: ${value}`, value }));
    case 'boolean':
      return [{ suffix: '', name: humanise(option.attribute), value: 'true' }];
    case 'list': {
      if (option.attribute !== 'highlight') return [];
      const nominal = template.roles.find((role) => role.type === 'nominal' || role.type === 'geo');
      const values = nominal ? columnValues(table, roleColumn(nominal, attributes)) : [];
      const first = values[0];
      return first ? [{ suffix: '', name: 'Highlighted', value: first }] : [];
    }
    case 'number': {
      if (option.attribute !== 'reference') return [];
      const value = template.roles.find((role) => role.name === 'value');
      const numbers = value ? columnValues(table, roleColumn(value, attributes)).map(toNumber).filter(Number.isFinite) : [];
      if (numbers.length === 0) return [];
      const mean = Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 10) / 10;
      const hasLabel = template.options.some((o) => o.attribute === 'reference-label');
      return [{ suffix: '', name: 'With a reference line', value: String(mean), extra: hasLabel ? { 'reference-label': 'Average' } : {} }];
    }
    default:
      return [];
  }
}

/** The column a role reads, given the attributes. */
export function roleColumn(role: RoleDef, attributes: Readonly<Record<string, string>>): string {
  return attributes[`${role.name}-column`] ?? role.name;
}

/** CSV text → rows of cells (header first), blank lines dropped. */
export function readCsv(csv: string): string[][] {
  return csvParseRows(csv.trim()).filter((row) => row.some((cell) => cell.trim() !== ''));
}

function columnValues(table: string[][], column: string): string[] {
  const [header = [], ...body] = table;
  const index = header.findIndex((name) => name.trim().toLowerCase() === column.toLowerCase());
  return index < 0 ? [] : body.map((row) => (row[index] ?? '').trim()).filter((cell) => cell !== '');
}

function toNumber(cell: string): number {
  const clean = cell.replace(/[%\s]/g, '').replace(/,(?=\d{3}\b)/g, '');
  return clean === '' ? NaN : Number(clean);
}

function sampleName(sample: Sample): string {
  return humanise(sample.id);
}

function humanise(text: string): string {
  const words = text.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "reference-label ascending" → "ReferenceLabelAscending" (a valid export name). */
export function pascal(text: string): string {
  const name = text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return /^[A-Za-z]/.test(name) ? name : `Story${name}`;
}

// ── The text of a template's page ───────────────────────────────────────────

/** Where the page's script lines load the kit from: this site's own copy, or the CDN's (for `version`). */
export interface KitSource {
  readonly integrityKnown: boolean;
  readonly fromSite: boolean;
  readonly version: string;
}

/** Markdown for the top of a template's page: when to use it, the data it needs, the sample data, the options. */
export function templatePageText(template: ChartTemplate, kit: KitSource): string {
  const [use, avoid] = splitDescription(template.description);
  const sample = samplesFor(template.id)[0];
  const attributes = sample ? sampleAttributes(sample) : {};
  const parts: string[] = [];
  parts.push(`**Template id:** \`${template.id}\` — write \`template="${template.id}"\` on the chart.`);
  parts.push(`### When to use it\n\n${md(use)}`);
  if (avoid) parts.push(`### When not to use it\n\n${md(avoid)}`);

  const roleRows = template.roles.map(
    (role) =>
      `| \`${role.name}\` | ${role.required ? 'yes' : 'no'} | ${md(role.meaning)} (${TYPE_WORDS[role.type]}) | \`${md(roleColumn(role, attributes))}\` | \`${role.name}-column\` |`,
  );
  parts.push(
    [
      '### The data it needs',
      '',
      'One row per mark, one column per **role**. A column named like the role is found by itself; a column with another name is pointed at with the role’s attribute.',
      '',
      '| role | required | what the column holds | column in the sample | attribute to name your column |',
      '|---|---|---|---|---|',
      ...roleRows,
    ].join('\n'),
  );

  if (sample) {
    const table = readCsv(sample.csv);
    const [header = [], ...body] = table;
    const shown = body.slice(0, 8);
    const lines = [
      `| ${header.map(md).join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...shown.map((row) => `| ${header.map((_, i) => md(row[i] ?? '')).join(' | ')} |`),
    ];
    const more = body.length > shown.length ? `\n\n…and ${body.length - shown.length} more rows.` : '';
    const cite = sample.illustrative
      ? '*Illustrative data: not real figures.*'
      : `Source: ${sample.sourceUrl ? `[${md(sample.source)}](${sample.sourceUrl})` : md(sample.source)}.`;
    parts.push(`### The sample data\n\n${lines.join('\n')}${more}\n\n${cite}`);
  }

  if (template.options.length) {
    parts.push(
      [
        '### Options',
        '',
        '| attribute | values | default | what it does |',
        '|---|---|---|---|',
        ...template.options.map(
          (option) =>
            `| \`${option.attribute}\` | ${option.values ? option.values.map((v) => `\`${v}\``).join(', ') : OPTION_WORDS[option.type]} | ${
              option.default === undefined || option.default === null ? '—' : `\`${String(option.default)}\``
            } | ${mdKeepCode(option.description)} |`,
        ),
      ].join('\n'),
    );
  }

  parts.push(
    [
      '### Copy it into your page',
      '',
      'Under every chart below is its code: the one line that loads the kit and the chart with its data. ' +
        'Change the controls — the data too — and the code follows. Press **Copy**, paste it into your page, then replace the data with yours.',
      '',
      kit.fromSite
        ? 'The script line loads the kit from this site’s own copy: the code works on any page as long as this site is online. ' +
          'To keep everything on your own website, download the kit and host it there (*Start here → Introduction*, “Get the kit”).'
        : `The script line loads version ${md(kit.version)} from the jsDelivr CDN, which serves it once that version is published on npm. ` +
          'Until then, or to keep everything on your own website, host the kit yourself (*Start here → Introduction*, “Get the kit”).',
      '',
      kit.integrityKnown
        ? 'The script line carries an integrity hash: the browser refuses the file if anyone changed it.'
        : '**No integrity hash is shown:** this catalogue was built before the kit’s bundle (`dist/lnob-charts.js`), so its hash was not known. Run `npm run build` and rebuild the catalogue to get it.',
    ].join('\n'),
  );
  return parts.join('\n\n');
}

const TYPE_WORDS: Record<RoleDef['type'], string> = {
  nominal: 'text',
  quantitative: 'numbers',
  temporal: 'dates or years',
  geo: 'country codes or names',
};

const OPTION_WORDS: Record<OptionDef['type'], string> = {
  string: 'text',
  number: 'a number',
  list: 'a list, separated by `;`',
  boolean: 'present or absent',
  enum: 'one of a list',
};

/** "Use it for … Not for …" → ["Use it for …", "Not for …"]. */
export function splitDescription(text: string): [string, string] {
  const match = /(?:^|\s)(Not (?:for|when|to)\b[\s\S]*)$/.exec(text);
  if (!match) return [text.trim(), ''];
  return [text.slice(0, match.index).trim(), match[1]!.trim()];
}

/** Text for a markdown table cell or paragraph: no markup, no table breaks. */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]|#]/g, (c) => `\\${c}`).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, ' ');
}

/** Like `md`, but keeps `code` spans written by the kit's own descriptions. */
function mdKeepCode(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? part.replace(/\|/g, '\\|') : md(part)))
    .join('');
}
