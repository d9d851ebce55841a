import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChartError } from '../../core/errors.js';
import { fail } from '../../i18n/errors/core.en.js';
import { englishStrings, errorMessage, languageTag, loadStrings, type UiStrings } from '../../i18n/index.js';
import type { StatStrings } from '../../i18n/strings.js';
import { parseNumber } from '../../data/numbers.js';
import type { RawTable } from '../../data/table.js';
import { typeRows } from '../../data/typing.js';
import type { RoleDef } from '../../templates/types.js';
import { DataSource } from '../shared/data-source.js';
import { decimalsOf, intlFormatter } from '../../render/number-format.js';
import { chromeStyles } from '../shared/chrome.styles.js';
import { adoptThemeSheet, themeHostStyles } from '../shared/theme.styles.js';
import { emit } from '../shared/events.js';
import { trustedTypesProblem } from '../shared/policy.js';
import { warnUnknownTheme } from '../shared/unknown-values.js';
import { safeHref } from '../../render/links.js';
import { sparkline, type SparkPoint } from './sparkline.js';
import { styles } from './lnob-stat.styles.js';

/** The columns a card's data may have: a value per row, and optionally the year or date of each. */
const ROLES: readonly RoleDef[] = [
  { name: 'time', type: 'temporal', required: false, meaning: 'the year or date of each number' },
  { name: 'value', type: 'quantitative', required: true, meaning: 'the numbers to show' },
];

/** Properties whose change means the data (or the lack of it) must be read again. */
const DATA_PROPERTIES = ['src', 'format', 'data', 'decimal', 'timeColumn', 'valueColumn', 'value'] as const;

interface Series {
  readonly points: readonly SparkPoint[];
  /** The time of each point, for the spoken trend ("from 12 in 2015 to 30 in 2023"); empty without a time column. */
  readonly times: readonly (Date | null)[];
  readonly decimals: number;
  /** A unit found in the values themselves, e.g. `%` from "70%". */
  readonly unit: string;
}

type Direction = 'up' | 'down' | 'none';

/**
 * A big number for advocacy pages — "30 national dialogues", "5,000+
 * respondents from over 40 countries" — with an optional change and
 * sparkline, themed like `<lnob-chart>` and fed the same data.
 *
 * @summary A big-number card: value, label, change and sparkline.
 *
 * @attr value - The number as it should read, e.g. `5,000+` or `30`. Without it, the card shows the last value of its data.
 * @attr unit - Written after the number, e.g. `%` or `members`.
 * @attr label - What the number counts, e.g. `national dialogues`. Read together with the number as one sentence.
 * @attr change - A change to show, e.g. `+12` or `-3.5%`: an arrow and the words "up"/"down" say its direction. `auto` computes it from the data (last value minus first).
 * @attr change-label - What the change compares with, e.g. `since 2019`. With `change="auto"` it defaults to "since" the first year of the data.
 * @attr source - Where the number comes from.
 * @attr source-url - Link for the source (http and https only).
 * @attr notes - A note under the card.
 * @attr src - URL of a CSV, TSV or JSON file with a `value` column (and a `time` column for a sparkline over time). Shared with charts: one fetch per file.
 * @attr format - `csv`, `tsv` or `json` when the URL does not say.
 * @attr decimal - The decimal mark of the data when it is ambiguous: `.` or `,`.
 * @attr time-column - The column holding years or dates (default `time`).
 * @attr value-column - The column holding the numbers (default `value`).
 * @attr {string} lang - Language of the number format and of error messages; inherited from the page as HTML does.
 * @attr theme - `default`, `sdg`, `dark`, `high-contrast`, `auto` (follows the reader's light or dark setting) or a name given to `registerTheme`, as on `<lnob-chart>`. An unknown name shows the default theme and fires `lnob-warning` (code `unknown-theme`).
 *
 * @fires lnob-error - When the card cannot be shown. `detail: { code, message }`; the message is also shown in the card.
 * @fires lnob-warning - What the page's author should know, never shown in the card. `detail: { code, message }`, e.g. `unknown-theme`.
 *
 * @slot - Inline data for the sparkline: a `<script type="text/csv">`, `<script type="text/tab-separated-values">`, `<script type="application/json">` or a `<table>`.
 *
 * @csspart card - The whole card.
 * @csspart stat - The number and its label.
 * @csspart value - The number (with its unit).
 * @csspart unit - The unit.
 * @csspart label - The label.
 * @csspart change - The change line with its arrow.
 * @csspart sparkline - The small line of the data over time.
 * @csspart error - The message shown when the card cannot be shown.
 * @csspart footer - Source and notes.
 * @csspart source - The source line.
 * @csspart notes - The notes.
 *
 * @cssprop --lnob-font-family - Font of all text.
 * @cssprop --lnob-title-font-family - Font of the number.
 * @cssprop --lnob-font-size - Base text size.
 * @cssprop --lnob-color-text - Text colour.
 * @cssprop --lnob-color-muted - Colour of the source and notes.
 * @cssprop --lnob-color-background - Background.
 * @cssprop --lnob-color-accent - Colour of the sparkline and the change arrow.
 * @cssprop --lnob-radius - Corner radius of the error box.
 * @cssprop --lnob-spacing - Space between the parts of the card.
 * @cssprop --lnob-stat-value-size - Size of the number (default `3em`).
 * @cssprop --lnob-stat-value-color - Colour of the number (default the text colour).
 */
export class LnobStat extends LitElement {
  static override styles = [themeHostStyles, chromeStyles, styles];

  /** Lit's attributes plus `lang`, read at render time (inherited as HTML does) rather than declared as a property. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Another language: numbers written its way, and a message shown in it (its words may need loading).
    if (name === 'lang' && old !== value) {
      this.dataDirty = true;
      this.requestUpdate();
    }
  }

  @property() value: string | null = null;
  @property({ reflect: true }) theme: 'default' | 'sdg' | 'dark' | 'high-contrast' | 'auto' | (string & {}) | null = null;
  @property() unit: string | null = null;
  @property() label: string | null = null;
  @property() change: string | null = null;
  @property({ attribute: 'change-label' }) changeLabel: string | null = null;
  @property() source: string | null = null;
  @property({ attribute: 'source-url' }) sourceUrl: string | null = null;
  @property() notes: string | null = null;
  @property() src: string | null = null;
  @property() format: 'csv' | 'tsv' | 'json' | null = null;
  @property() decimal: '.' | ',' | null = null;
  @property({ attribute: 'time-column' }) timeColumn: string | null = null;
  @property({ attribute: 'value-column' }) valueColumn: string | null = null;

  /** Rows as objects, instead of a file or inline data. */
  @property({ attribute: false }) data: readonly object[] | null = null;

  @state() private series: Series | undefined;
  @state() private error: ChartError | undefined;
  /** The words of the card's language, for its error message: English until another language has loaded. */
  @state() private strings: UiStrings = englishStrings;

  private dataDirty = true;
  private loading: Promise<void> = Promise.resolve();
  /** Where the numbers come from, the load in progress, and how a problem is reported (shared with `<lnob-chart>`). */
  private readonly source$ = new DataSource(this, {
    onChange: () => {
      this.dataDirty = true;
      this.requestUpdate();
    },
    example: '[{ time: 2019, value: 18 }]',
    language: () => this.language(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const refused = trustedTypesProblem(); // the page requires Trusted Types and refused the kit's policy: Lit cannot draw
    if (refused) return void queueMicrotask(() => emit(this, 'lnob-error', { code: 'unsupported', message: refused }));
    if (this.hasUpdated) {
      this.dataDirty = true;
      this.requestUpdate();
    }
  }

  protected override shouldUpdate(): boolean {
    return !trustedTypesProblem();
  }

  /** Resolves when the card shows its final state, data (or error) included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let loading: Promise<void> | undefined;
    while (loading !== this.loading) {
      loading = this.loading;
      await loading;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (DATA_PROPERTIES.some((key) => changed.has(key))) this.dataDirty = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) {
      adoptThemeSheet(this.shadowRoot!, this.theme);
      warnUnknownTheme(this, this.theme);
    }
    if (this.dataDirty && this.isConnected) {
      this.dataDirty = false;
      this.loading = this.load();
    }
  }

  /** Reads the data (if any), or checks there is a number to show; reports a problem once, as the chart does. */
  private load(): Promise<void> {
    return this.source$.run(
      async ({ signal, current }) => {
        // The card's words (its "Source:") in its language, loaded alongside the data.
        const [strings, table] = await Promise.all([loadStrings(this.language()), this.source$.read(signal)]);
        if (!current()) return;
        this.strings = strings;
        const series = table ? this.toSeries(table) : undefined;
        if (!series && !this.value?.trim()) {
          throw fail('empty-data', 'cardNoNumber');
        }
        this.series = series;
        this.error = undefined;
      },
      (error, strings) => {
        this.strings = strings;
        this.series = undefined;
        this.error = error;
      },
    );
  }

  private toSeries(table: RawTable): Series {
    const columns: { time?: string; value?: string } = {};
    if (this.timeColumn?.trim()) columns.time = this.timeColumn.trim();
    if (this.valueColumn?.trim()) columns.value = this.valueColumn.trim();
    const typed = typeRows(table, ROLES, {
      columns,
      decimal: this.decimal === ',' || this.decimal === '.' ? this.decimal : undefined,
      lang: this.language(),
    });
    const hasTime = typed.columns.time !== undefined;
    const rows = typed.rows
      .map((row, index) => ({ time: row['time'] instanceof Date ? row['time'] : null, value: row['value'], index }))
      .filter((row): row is { time: Date | null; value: number; index: number } => typeof row.value === 'number' && (!hasTime || row.time !== null))
      .sort((a, b) => (hasTime ? a.time!.getTime() - b.time!.getTime() : a.index - b.index));
    if (rows.length === 0) {
      throw fail('no-matching-rows', 'cardNoNumbers', typed.columns.value ?? 'value');
    }
    // One number per year: two different numbers for one year (several countries or groups) would zig-zag the line
    // and make `change="auto"` compare unlike rows. Never picked silently.
    for (let i = 1; hasTime && i < rows.length; i++) {
      const [before, row] = [rows[i - 1]!, rows[i]!];
      if (before.time!.getTime() === row.time!.getTime() && before.value !== row.value) {
        const same = rows.filter((r) => r.time!.getTime() === row.time!.getTime()).map((r) => String(r.value));
        throw fail('ambiguous-rows', 'cardRepeatedYear', String(table.rows[row.index]?.[table.columns.indexOf(typed.columns.time!)] ?? ''), [...new Set(same)]);
      }
    }
    return {
      points: rows.map((row) => ({ x: hasTime ? row.time!.getTime() : row.index, y: row.value })),
      times: hasTime ? rows.map((row) => row.time) : [],
      decimals: decimalsOf(typed.rows, 'value'),
      unit: typed.units.value ?? '',
    };
  }

  /** The card's language: its own `lang`, else the nearest ancestor's, as HTML does. */
  private language(): string | undefined {
    return languageTag(this.closest('[lang]')?.getAttribute('lang'));
  }

  protected override render() {
    const sourceLink = safeHref(this.sourceUrl);
    const hasFooter = !!(this.source || this.notes);
    const content = this.error ? undefined : this.content();
    return html`
      <div part="card" class="card">
        <div part="error" class="error" role="alert" ?hidden=${!this.error}>
          ${this.error ? html`<strong>${this.strings.cannotShowCard}</strong> ${errorMessage(this.error, this.strings)}` : nothing}
        </div>
        ${content
          ? html`<div class="body">
              <p part="stat" class="stat">
                <span class="visually-hidden">${content.sentence}</span>
                <span aria-hidden="true">
                  <span part="value" class="value"
                    >${content.value}${content.unit
                      ? html`${content.unitSpace ? ' ' : ''}<span part="unit" class="unit">${content.unit}</span>`
                      : nothing}</span
                  >
                  ${this.label ? html`<span part="label" class="label">${this.label}</span>` : nothing}
                </span>
              </p>
              ${content.change
                ? html`<p part="change" class="change" aria-hidden="true">
                    <span class="arrow">${ARROWS[content.change.direction]}</span>${content.change.text}${content.change.label
                      ? ` ${content.change.label}`
                      : ''}
                  </p>`
                : nothing}
              ${content.line
                ? html`<svg part="sparkline" class="sparkline" viewBox="0 0 100 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    ${svg`<path class="line" vector-effect="non-scaling-stroke" d=${content.line.line}></path>
                      <path class="end" vector-effect="non-scaling-stroke" d=${content.line.end}></path>`}
                  </svg>`
                : nothing}
            </div>`
          : nothing}
        <footer part="footer" ?hidden=${!hasFooter}>
          ${this.source
            ? html`<p part="source">${this.strings.source} ${sourceLink ? html`<a href=${sourceLink} rel="noopener">${this.source}</a>` : this.source}</p>`
            : nothing}
          ${this.notes ? html`<p part="notes">${this.notes}</p>` : nothing}
        </footer>
      </div>
    `;
  }

  /** What the card says, visually and as one spoken sentence. */
  private content() {
    const series = this.series;
    const lang = this.language();
    const format = intlFormatter(lang, series?.decimals ?? 0, '');
    const lastPoint = series?.points[series.points.length - 1];
    const own = this.value?.trim();
    const value = own || (lastPoint ? format(lastPoint.y) : '');
    if (!value) return undefined;
    // The data's own unit (e.g. "%" from "45%") goes with the data's number, not with a value the page wrote.
    const unit = this.unit?.trim() || (own ? '' : series?.unit) || '';
    const change = this.changeText(series, format, unit);
    const line = series ? sparkline(series.points) : undefined;
    const sentence = spokenSentence(value, unit, this.label, change, series, (n) => withUnit(format(n), unit || series?.unit || ''), this.statWords());
    return { value, unit, unitSpace: isWord(unit), change, line, sentence };
  }

  /** The card's words in its language (English for a registered language without them). */
  private statWords(): StatStrings {
    return this.strings.stat ?? englishStrings.stat!;
  }

  private changeText(
    series: Series | undefined,
    format: (n: number) => string,
    unit: string,
  ): { direction: Direction; text: string; label: string } | undefined {
    const raw = this.change?.trim();
    if (!raw) return undefined;
    let label = this.changeLabel?.trim() ?? '';
    if (raw.toLowerCase() === 'auto') {
      const points = series?.points ?? [];
      if (points.length < 2) return undefined;
      const delta = points[points.length - 1]!.y - points[0]!.y;
      const firstTime = series?.times[0];
      if (!label && firstTime) label = this.statWords().since(timeText(firstTime));
      const direction = directionOf(delta);
      const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
      // A difference of percentages is in points ("+13 points": from 61% to 74% is not 13% more); else in the unit ("+20 members").
      const changeUnit = unit || series?.unit || '';
      const amount = changeUnit === '%' ? this.strings.summary.points(format(Math.abs(delta))) : withUnit(format(Math.abs(delta)), changeUnit);
      return { direction, text: `${sign}${amount}`, label };
    }
    const number = parseNumber(raw, '.') ?? parseNumber(raw, ',');
    return { direction: typeof number === 'number' ? directionOf(number) : 'none', text: raw.replace(/^-/, '−'), label };
  }
}

const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', none: '▶' };

/** A unit that starts with a letter is a word ("211 members"); a symbol is joined ("70%"). */
function isWord(unit: string): boolean {
  return /^\p{L}/u.test(unit);
}

function withUnit(number: string, unit: string): string {
  return unit ? `${number}${isWord(unit) ? ' ' : ''}${unit}` : number;
}

function directionOf(delta: number): Direction {
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'none';
}

/** A year when the date is the 1st of January, else the ISO date. */
function timeText(time: Date): string {
  const iso = time.toISOString();
  return iso.slice(4, 10) === '-01-01' ? iso.slice(0, 4) : iso.slice(0, 10);
}

/** "74% of births registered. Up 13 points since 2015. Trend: from 61% in 2015 to 74% in 2023." (`format` adds the unit.) */
export function spokenSentence(
  value: string,
  unit: string,
  label: string | null,
  change: { direction: Direction; text: string; label: string } | undefined,
  series: Series | undefined,
  format: (n: number) => string,
  words: StatStrings = englishStrings.stat!,
): string {
  const parts = [`${withUnit(value, unit)}${label ? ` ${label}` : ''}.`];
  if (change) {
    const magnitude = `${change.text.replace(/^[+−±-]/, '')}${change.label ? ` ${change.label}` : ''}`;
    const said = change.direction === 'up' ? words.up(magnitude) : change.direction === 'down' ? words.down(magnitude) : words.noChange(magnitude);
    parts.push(`${said}.`);
  }
  if (series && series.points.length >= 2) {
    const first = series.points[0]!;
    const last = series.points[series.points.length - 1]!;
    const [t0, t1] = [series.times[0], series.times[series.times.length - 1]];
    const at = (n: number, t: Date | null | undefined) => (t ? words.inYear(format(n), timeText(t)) : format(n));
    parts.push(words.trend(at(first.y, t0), at(last.y, t1)));
  }
  return parts.join(' ');
}
