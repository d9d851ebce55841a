import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, query, state } from 'lit/decorators.js';
import type { ChartError } from '../../core/errors.js';
import { fail } from '../../i18n/errors/core.en.js';
import type { Provenance } from '../../data/layouts/index.js';
import { planChart, planTemplate, prefetch, type ChartPlan, type Frame } from '../../render/plan.js';
import { chartText, type ChartText } from '../../render/text.js';
import { chartTheme, type ChartTheme } from '../../render/theme.js';
import { ChartView, loadVega } from '../../render/view.js';
import type { PresetDefaults } from '../../templates/indicators.js';
import { loadedIndicators } from '../../templates/indicator-loader.js';
import type { AttributeReader } from '../../templates/options.js';
import { optionAttributes } from '../../templates/registry.js';
import { ROLE_NAMES } from '../../templates/types.js';
import { DataSource } from '../shared/data-source.js';
import { readInlineAnnotations } from '../shared/inline-data.js';
import { emit } from '../shared/events.js';
import { cssProperties } from '../shared/css-properties.js';
import { strictPage, trustedTypesProblem } from '../shared/policy.js';
import { tellAuthor, warnUnknownRenderer, warnUnknownTheme } from '../shared/unknown-values.js';
import { beforePrint, prefersDark, resize, themeChanges, visibility } from '../shared/observers.js';
import { adoptThemeSheet, styles } from './lnob-chart.styles.js';
import { DataTableController, dataTableStyles } from './data-table.js';
import { ChartTooltip, tooltipStyles } from './tooltip.js';
import { englishStrings, errorMessage, languageTag, loadStrings, type UiStrings } from '../../i18n/index.js';
import { ShareMenuController, shareMenuStyles } from './share-menu.js';
import { a11yWords, drawingName } from '../../render/data-points.js';
import { facetColumns } from '../../render/facet-fields.js';
import { Announcer } from './announcer.js';
import { KeyboardOnDemand, navigationStyles } from './keyboard-on-demand.js';
import { YearControl, yearControlStyles } from './year-control.js';
import { FirstPaintHold } from './first-paint-hold.js';
import { yearWords } from '../../render/years.js';

const ROLE_COLUMN_ATTRIBUTES = ROLE_NAMES.map((role) => `${role}-column`);
/** How a real-world file is arranged and which slice of it to draw (data/slice.ts). */
const SLICE_ATTRIBUTES = ['layout', 'where', 'series-code', 'countries', 'years', 'aggregates'];
/** Attributes read at render time rather than declared as Lit properties. */
/** The year control of a map or ranked bars drawn from several years (render/years.ts). */
const YEAR_ATTRIBUTES = ['year', 'year-control'];
const PLAIN_ATTRIBUTES = ['title', 'lang', 'indicator', 'goal', 'annotations', 'facet-column', ...ROLE_COLUMN_ATTRIBUTES, ...SLICE_ATTRIBUTES, ...YEAR_ATTRIBUTES];
/** State a render sets as its result: changing it never calls for another render. */
const RENDER_OUTPUT_STATE = new Set(['error', 'summary', 'warnings', 'provenance', 'strings']);
/** Lit properties that stand for attributes: the chart plan reads them by their attribute spelling. */
const PROPERTY_ATTRIBUTES = {
  template: 'template',
  subtitle: 'subtitle',
  notes: 'notes',
  source: 'source',
  'source-url': 'sourceUrl',
  credit: 'credit',
  theme: 'theme',
  decimal: 'decimal',
} as const;

/**
 * A chart from a template, fed by a data file, inline data or a property.
 *
 * @summary An accessible, responsive chart for one SDG indicator or story.
 *
 * Keyboard and screen readers: the drawing is one tab stop; the arrow keys walk every data point (←/→ along a line,
 * ↑/↓ between lines; ↑/↓ through bars, rows and countries, ←/→ between groups), Home/End, Page Up/Down, a letter
 * jumps to a country on a map, Escape leaves. The point reached is ringed, shows its tooltip and is announced in a
 * polite live region in the chart's language. `L` (or "Listen to the chart" in the share menu) plays each series as
 * a pitch contour; Space pauses, Escape stops, +/− change the speed. See the catalogue's "Keyboard and listening".
 *
 * First paint: children marked `data-lnob-fallback` (the embed code's title, subtitle, source, the drawing's room and
 * its picture) show only until the element upgrades; it keeps their room until its first drawing, so nothing moves.
 *
 * @attr template - Template id, e.g. `ranked-bar`. Default `ranked-bar`.
 * @attr src - URL of a CSV, TSV or JSON file. Several charts with the same `src` fetch it once.
 * @attr format - `csv`, `tsv` or `json` when the URL does not say.
 * @attr {string} title - The chart's title, shown above it as text (not as a tooltip).
 * @attr {string} lang - The chart's language (words, numbers, dates); inherited from the nearest ancestor's `lang` as HTML does.
 * @attr subtitle - A line under the title.
 * @attr notes - Notes under the chart.
 * @attr source - Where the numbers come from.
 * @attr source-url - Link for the source (http and https only).
 * @attr credit - Who made the chart, shown as "Chart: …".
 * @attr {string} indicator - SDG indicator preset, e.g. `3.2.1`: fills in the official name as title, the unit, the goal, notes and the 2030 target of `progress`. Attributes the page sets win.
 * @attr {number} goal - SDG goal `1`–`17`; beats the indicator preset's goal.
 * @attr theme - `default`, `sdg`, `dark`, `high-contrast`, `auto` (follows the reader's light or dark setting) or a name given to `registerTheme`. An unknown name draws the default theme and fires `lnob-warning` (code `unknown-theme`).
 * @attr decimal - The decimal mark of the data when it is ambiguous: `.` or `,`.
 * @attr renderer - `svg` (default) or `canvas`. Any other value draws SVG and fires `lnob-warning` (code `unknown-renderer`).
 * @attr height - Chart height in px. A CSS height on the element wins; without either the template sizes the chart.
 * @attr eager - Render at once instead of when scrolled near.
 * @attr csp - `strict` on pages whose Content-Security-Policy forbids `eval`: the chart's expressions then run in Vega's interpreter (a little slower). Without it a chart tries the faster way, and on such a page switches to the interpreter by itself after the browser reports one violation. For every chart on a page at once, put `<meta name="lnob-charts-csp" content="strict">` in the page's `<head>` instead (the page-level switch).
 * @attr menu - `none` hides the share menu (downloads, social-media images, embed code). The "Show data as table" button stays.
 * @attr table - `none` hides the "Show data as table" button, for a page that shows the numbers elsewhere. The table stays in the page, visually hidden, for screen readers: it is the chart's text equivalent (as in Highcharts, whose data table stays in the screen-reader section).
 * @attr {'auto' | 'tidy' | 'un-sdg' | 'world-bank' | 'open-sdg' | 'sdmx' | 'owid' | 'eurostat' | 'wide'} [layout=auto] - How the data file is arranged: `auto` (default: read from its header), `tidy`, `un-sdg`, `world-bank`, `open-sdg`, `sdmx` (SDMX-CSV: UNICEF, Eurostat), `owid` (Our World in Data), `eurostat` (a Eurostat bulk download TSV) or `wide` (one column per year).
 * @attr {string} where - Keep rows by column values, e.g. `Sex=FEMALE; Location=RURAL` (`;`-separated, any case).
 * @attr {string} series-code - The series or indicator code to draw, e.g. `SI_POV_DAY1` (UN SDG `SeriesCode`, World Bank `Indicator Code`, Open SDG `Series`).
 * @attr {string} countries - Countries by name or code, e.g. `Nigeria; KEN; Congo, Dem. Rep.` (ISO alpha-3/alpha-2 or UN M49).
 * @attr {string} years - Years to keep: `2000-2022`, `2015; 2020` or `2015-`.
 * @attr {string} annotations - Events and call-outs marked on the chart, `;`-separated, each `x: text`: `2015: SDGs adopted; 2020: COVID-19` on a time axis (trend, progress), `North East: Highest since 2015` beside a category (ranked-bar, disaggregation, stacked, survey). Drawn as text (never markup), read in the summary and walked by the keyboard after the data. An annotation whose year or category is not on the chart is not drawn: `lnob-warning` (code `annotation`) names it. For many, or a value to ring, use a child `<script type="text/csv" data-role="annotations">` with columns `x`, `text` and optionally `value`.
 * @attr {string} facet-column - Small multiples: one small chart per value of this column (a country, a group), with shared scales, wrapping to the width (`trend`, `progress`, `disaggregation`, `ranked-bar`; at most 24).
 * @attr {number} year - The year a map or ranked bars drawn from a file of several years shows first (default: the latest). A year the file lacks draws the latest and fires `lnob-warning` (code `year`).
 * @attr {'none'} year-control - `none`: no year control on a map or ranked bars drawn from a file of several years; each place then shows its latest value, as said under the chart. By default the control is shown whenever the file has several years for a place.
 * @attr {'include' | 'exclude'} [aggregates=include] - `exclude` drops regions and income groups (World, Sub-Saharan Africa, Low income…); `include` (the default) keeps them.
 *
 * @fires lnob-render - After every render. `detail: { view, plan, request, requested }`: the Vega view; what was drawn (typed rows, options, unit, the words around the chart, summary); what the renderer was asked to draw; and when (`performance.now()`) the element handed it over.
 * @fires lnob-error - When the chart cannot be drawn. `detail: { code, message }`; the message is also shown in the chart.
 * @fires lnob-year-change - When the reader (or playing) changes the year of a map or ranked bars drawn from several years, once the year is drawn. `detail: { year, plan }`. The chart is not compiled or rendered again: no `lnob-render` follows.
 * @fires lnob-warning - What the page's author should know, never shown in the chart (also written to the console). `detail: { code, message }`; codes: `layout`, `delimiter`, `encoding`, `totals`, `latest-year`, `reporting-type`, `value-columns`, `year`, `unknown-theme`, `unknown-renderer`, `annotation` (an annotation not drawn, and why).
 *
 * @slot - Inline data: a `<script type="text/csv">`, `<script type="text/tab-separated-values">`, `<script type="application/json">` or a `<table>`. The same with `data-role="annotations"` holds annotations instead (columns `x`, `text`, optional `value`; see `annotations`).
 * @slot logo - An organisation's logo, shown beside the source.
 * @csspart goal - The SDG goal line ("Goal 3: Good health and well-being") under the title, with `goal` or an indicator preset.
 * @csspart goal-swatch - The square in the goal's official colour.
 * @csspart logo - The box holding the logo slot.
 *
 * @csspart figure - The whole chart with its text.
 * @csspart header - The title and subtitle.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart chart - The box the drawing is in.
 * @csspart summary - The text summary of the chart (visually hidden, read by screen readers).
 * @csspart warnings - Notes on data the chart cannot show as given (e.g. "Not on the map: Atlantis"), under the drawing.
 * @csspart table-toggle - The "Show data as table" button.
 * @csspart table - The box holding the data table (visually hidden until the button shows it).
 * @csspart menu - The share menu: its button, the list of downloads and the "Copied" confirmation (hidden by `menu="none"` and when printing).
 * @csspart menu-button - The "Share" button that opens the menu.
 * @csspart tooltip - The tooltip over a mark (text only, themed by the tokens), also shown for the point the keyboard reaches.
 * @csspart year-control - The year control under the title (a map or ranked bars drawn from several years): slider, year and play button.
 * @csspart year - The year shown, beside the slider.
 * @csspart year-slider - The slider (a native range input: arrow keys, Home, End).
 * @csspart year-play - The button that plays the years and pauses ("Next year" when the reader asks for reduced motion).
 * @csspart announcer - The polite live region that says the point the keyboard reaches (visually hidden).
 * @csspart error - The message shown when the chart cannot be drawn.
 * @csspart footer - Source, credit, notes and logo.
 * @csspart source - The source line.
 * @csspart credit - The credit line.
 * @csspart notes - The notes.
 *
 * @cssprop --lnob-font-family - Font of all text.
 * @cssprop --lnob-title-font-family - Font of the title.
 * @cssprop --lnob-font-size - Base text size.
 * @cssprop --lnob-title-font-size - Title size.
 * @cssprop --lnob-color-text - Text colour.
 * @cssprop --lnob-color-muted - Colour of secondary text (subtitle, source, axis labels).
 * @cssprop --lnob-color-background - Background.
 * @cssprop --lnob-color-accent - Main colour of marks.
 * @cssprop --lnob-color-highlight - Colour of highlighted marks.
 * @cssprop --lnob-color-deemphasis - Colour of marks that are not highlighted.
 * @cssprop --lnob-color-grid - Grid lines.
 * @cssprop --lnob-color-axis - Axis lines and labels.
 * @cssprop --lnob-palette - Colours for groups and series, separated by `;` or spaces.
 * @cssprop --lnob-sequential-start - Lightest colour of map scales.
 * @cssprop --lnob-sequential-end - Darkest colour of map scales.
 * @cssprop --lnob-radius - Corner radius of bars and boxes.
 * @cssprop --lnob-spacing - Space between the parts of the chart.
 */
export class LnobChart extends LitElement {
  static override styles = [styles, dataTableStyles, shareMenuStyles, tooltipStyles, navigationStyles, yearControlStyles];

  /** Lit's attributes plus every role column and every option any registered template declares. */
  static override get observedAttributes(): string[] {
    const lit = super.observedAttributes;
    this.litAttributes = new Set(lit);
    return [...new Set([...lit, ...PLAIN_ATTRIBUTES, ...optionAttributes()])];
  }
  private static litAttributes = new Set<string>();

  @property({ reflect: true }) template = 'ranked-bar';
  @property() src: string | null = null;
  @property() format: 'csv' | 'tsv' | 'json' | null = null;
  @property() subtitle: string | null = null;
  @property() notes: string | null = null;
  @property() source: string | null = null;
  @property({ attribute: 'source-url' }) sourceUrl: string | null = null;
  @property() credit: string | null = null;
  @property({ reflect: true }) theme: 'default' | 'sdg' | 'dark' | 'high-contrast' | 'auto' | (string & {}) | null = null;
  @property() decimal: '.' | ',' | null = null;
  @property() renderer: 'svg' | 'canvas' = 'svg';
  @property() height: string | null = null;
  @property({ type: Boolean }) eager = false;
  @property() csp: 'strict' | null = null;
  @property() menu: 'none' | null = null;
  @property() table: 'none' | null = null;

  /** Rows as objects, instead of a file or inline data. */
  @property({ attribute: false }) data: readonly object[] | null = null;

  @state() private error: ChartError | undefined;
  @state() private summary = '';
  /** The template's notes on rows it cannot show (ChartTemplate.check). */
  @state() private warnings: readonly string[] = [];
  /** What the data file says about where its numbers come from (source, unit, notes): used where the page sets none. */
  @state() private provenance: Provenance | undefined;
  @query('.chart', true) private chartBox!: HTMLDivElement;
  /** The words of the chart's language (i18n/): English until another language has loaded. */
  @state() private strings: UiStrings = englishStrings;

  /** Tooltips drawn as text inside the chart, themed (tooltip.ts). */
  private readonly tooltip = new ChartTooltip(() => this.chartBox);
  private readonly chartView = new ChartView(document.createElement('div'), this.tooltip.handler);
  /** Says what the keyboard reaches (a polite live region). */
  private readonly announcer = new Announcer();
  /**
   * The drawing as one tab stop whose points the arrow keys walk (keyboard-navigation.ts), and the chart as sound: L
   * on the drawing, or "Listen to the chart" in the menu (listening.ts). Their code loads on first use.
   */
  private readonly keyboard = new KeyboardOnDemand({
    container: this.chartView.container,
    view: () => this.chartView.current,
    announcer: this.announcer,
    tooltip: (at, item, value) => this.tooltip.handler(undefined, at as MouseEvent | undefined, item, value),
    words: () => a11yWords(this.strings),
    lang: () => this.language(),
  });
  /** "Show data as table": `table="none"` hides its button, but the table stays for screen readers (the chart's text equivalent). */
  private readonly dataTable = new DataTableController(this);
  /** Downloads, social-media images and the embed code (share-menu.ts). */
  private readonly shareMenu = new ShareMenuController(this);
  /** The year control of a chart drawn from several years (year-control.ts). */
  private readonly yearControl = new YearControl(this, { select: (year) => this.showYear(year) });
  /** The room a snippet's first-paint fallback took, kept until the first drawing (first-paint-hold.ts). */
  private readonly firstPaint = new FirstPaintHold(this);
  /** The last chart drawn and its frame, the plans of its other years, and the year the reader chose (kept by a redraw). */
  private drawn: { plan: ChartPlan; frame: Frame; years: Map<number, Promise<ChartPlan>> } | undefined;
  private chosenYear: number | undefined;
  /** Where the rows come from, the load in progress, and how a problem is reported (shared with `<lnob-stat>`). */
  private readonly source$ = new DataSource(this, {
    onChange: () => this.invalidate(),
    example: '[{ category: "North", value: 70 }]',
    language: () => this.language(),
  });
  private visible = false;
  private fixedHeight: number | undefined;
  private lastWidth = 0;
  /** Something the drawing depends on changed since the last render. */
  private dirty = true;
  private readonly print = () => {
    this.dataTable.beforePrint();
    this.visible = true;
    this.invalidate();
  };
  /** The theme the last render used (tokens included), to redraw only when a page change alters it. */
  private themeKey = '';
  private readonly themeChanged = () => {
    if (this.view && this.readTheme().key !== this.themeKey) this.invalidate();
  };

  /** The chart's attributes as the plan reads them (a property set from script counts as its attribute). */
  private readonly attribute: AttributeReader = (name) => {
    if (name === 'year' && this.chosenYear !== undefined) return String(this.chosenYear);
    const property = PROPERTY_ATTRIBUTES[name as keyof typeof PROPERTY_ATTRIBUTES];
    if (!property) return this.getAttribute(name);
    const value = this[property];
    return value === null || value === undefined ? null : String(value);
  };

  /** The Vega view currently drawn, if any. */
  get view() {
    return this.chartView.current;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'year' && old !== value) this.chosenYear = undefined; // the page's year beats the reader's
    if (old !== value && !LnobChart.litAttributes.has(name)) this.invalidate();
  }

  override connectedCallback(): void {
    if (!this.hasUpdated) this.firstPaint.capture(); // before the shadow root: the fallback is still laid out
    super.connectedCallback();
    const refused = trustedTypesProblem(); // the page requires Trusted Types and refused the kit's policy: Lit cannot draw
    if (refused) return void queueMicrotask(() => emit(this, 'lnob-error', { code: 'unsupported', message: refused }));
    beforePrint.add(this.print);
    themeChanges.add(this.themeChanged);
    if (!this.eager) visibility.observe(this, (visible) => this.onVisible(visible));
    resize.observe(this, () => this.onResize());
    if (this.hasUpdated) this.invalidate(); // re-connected: render again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    beforePrint.remove(this.print);
    themeChanges.remove(this.themeChanged);
    visibility.unobserve(this);
    resize.unobserve(this);
    this.chartView.finalize();
    this.keyboard.stop();
    this.firstPaint.release();
    this.visible = false;
  }

  protected override shouldUpdate(): boolean {
    return !trustedTypesProblem();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The chart's own state (message, summary) changing is not a reason to draw again.
    // (Every @state the render itself sets must be listed here, or each render would schedule the next, forever.)
    for (const key of changed.keys()) if (!RENDER_OUTPUT_STATE.has(key as string)) this.dirty = true;
  }

  protected override firstUpdated(): void {
    this.chartBox.append(this.chartView.container);
  }

  protected override updated(changed: PropertyValues<this>): void {
    adoptThemeSheet(this.shadowRoot!, this.theme);
    if (changed.has('renderer')) warnUnknownRenderer(this, this.renderer);
    if (changed.has('eager') && this.eager) visibility.unobserve(this);
    if (this.dirty && this.isConnected && (this.eager || this.visible)) {
      this.dirty = false;
      // After this update completes, so state set by the render schedules a fresh update instead of nesting one.
      queueMicrotask(() => void this.renderChart());
    }
  }

  protected override render() {
    const { title, subtitle, notes, noteParts, source, sourceHref: sourceLink, credit, goal, titleLanguage, subtitleLanguage } = this.text;
    const hasFooter = source || credit || notes;
    return html`
      <figure part="figure" title="" dir=${this.strings.dir} lang=${ifDefined(this.language())}>
        ${title || subtitle || goal
          ? html`<figcaption part="header">
              ${title
                ? html`<div part="title" class="title" role="heading" aria-level="3" dir="auto" lang=${ifDefined(titleLanguage)}>${title}</div>`
                : nothing}
              ${subtitle ? html`<p part="subtitle" class="subtitle" dir="auto" lang=${ifDefined(subtitleLanguage)}>${subtitle}</p>` : nothing}
              ${goal
                ? html`<p part="goal" class="goal" ${cssProperties({ '--_goal': goal.color })}>
                    <span part="goal-swatch" class="goal-swatch"></span>${goal.label}
                  </p>`
                : nothing}
            </figcaption>`
          : nothing}
        ${this.error ? nothing : this.yearControl.render()}
        <div part="error" class="error" role="alert" ?hidden=${!this.error}>
          ${this.error ? html`<strong>${this.strings.cannotShow}</strong> ${errorMessage(this.error, this.strings)}` : nothing}
        </div>
        <!-- Vega places every text itself: the drawing stays ltr even in an rtl chart (else its text anchors flip); Arabic labels still read right to left. -->
        <div part="chart" class="chart" dir="ltr" ?hidden=${!!this.error}></div>
        <p part="warnings" class="warnings" ?hidden=${!this.warnings.length || !!this.error}>${this.warnings.join(' ')}</p>
        <p part="summary" id="summary" class="visually-hidden">${this.summary}</p>
        <div class="lnob-actions">${this.dataTable.render(this.table !== 'none')}${this.menu === 'none' ? nothing : this.shareMenu.render()}</div>
        <footer part="footer" ?hidden=${!hasFooter && !this.querySelector(':scope > [slot="logo"]')}>
          <div>
            ${source
              ? html`<p part="source">${this.strings.source} <bdi>${sourceLink ? html`<a href=${sourceLink} rel="noopener">${source}</a>` : source}</bdi></p>`
              : nothing}
            ${credit ? html`<p part="credit">${this.strings.credit} <bdi>${credit}</bdi></p>` : nothing}
            ${notes ? html`<p part="notes">${noteParts.map((part, i) => html`${i ? ' ' : ''}<bdi>${part}</bdi>`)}</p>` : nothing}
          </div>
          <div part="logo"><slot name="logo"></slot></div>
        </footer>
        ${this.announcer.element}
      </figure>
    `;
  }

  /** Re-reads the theme tokens and redraws (e.g. after a site's own dark-mode toggle). */
  refreshTheme(): void {
    this.invalidate();
  }

  private invalidate(): void {
    this.dirty = true;
    this.requestUpdate();
  }

  private onVisible(visible: boolean): void {
    if (!visible || this.visible) return;
    this.visible = true;
    visibility.unobserve(this); // once drawn, a chart stays drawn
    this.invalidate();
  }

  private onResize(): void {
    if (!this.view || this.error) return;
    const width = this.chartBox.clientWidth;
    const height = this.fixedHeight !== undefined ? this.measureFixedHeight() : undefined;
    if (Math.abs(width - this.lastWidth) < 1 && height === this.fixedHeight) return;
    const panels = this.drawn?.plan.panels?.length;
    const regrid = panels !== undefined && facetColumns(width, panels) !== facetColumns(this.lastWidth, panels);
    this.lastWidth = width;
    if (height !== undefined) this.fixedHeight = height;
    // Small multiples that fit another number of columns now (a phone turned, a window narrowed) are laid out again:
    // one column on a phone, not three squeezed into it.
    if (regrid) return this.invalidate();
    void this.chartView.resize(width, height).catch(() => undefined);
  }

  /**
   * A fixed height: the element's CSS height wins (the chart box gets the room
   * left under the title once the drawing is taken out of the flow), then the
   * `height` attribute; undefined means the template sizes the chart by step.
   *
   * Reading a size makes the browser lay the page out there and then, so this
   * writes styles only where it must: the drawing is hidden only when there is
   * one, and stretching is turned off only inside a grid or flex container.
   */
  private measureFixedHeight(): number | undefined {
    return this.firstPaint.without(() => this.measureBox());
  }

  private measureBox(): number | undefined {
    const box = this.chartBox;
    const drawing = this.chartView.container;
    if (box.style.height) box.style.removeProperty('height');
    const hide = drawing.childElementCount > 0;
    if (hide) drawing.style.display = 'none';
    // A grid or flex row stretches its items to the tallest one: that is not a height the page chose for the
    // chart, so measure with stretching off (an explicit height or min-height still holds).
    const stretched = stretchesItems(this.assignedSlot?.parentElement ?? this.parentElement);
    const alignSelf = this.style.alignSelf;
    if (stretched) this.style.alignSelf = 'start';
    const fromCss = box.clientHeight;
    if (stretched) this.style.alignSelf = alignSelf;
    if (hide) drawing.style.removeProperty('display');
    let height: number | undefined = fromCss > 0 ? fromCss : undefined;
    if (height === undefined && this.height) {
      const px = parseFloat(this.height);
      if (Number.isFinite(px) && px > 0) {
        height = clampHeight(px, this.height);
        box.style.height = `${height}px`;
      }
    }
    if (box.classList.contains('fixed') !== (height !== undefined)) box.classList.toggle('fixed', height !== undefined);
    return height;
  }

  /** One render: data → the chart plan (render/plan.ts) → view. A newer render makes this one give up. */
  private renderChart(): Promise<void> {
    return this.source$.run(
      async ({ signal, current }) => {
        // Vega and the template's own data start loading now, alongside the words and the data file, not after
        // them: on a slow connection the first chart waits for one round trip fewer.
        void loadVega().catch(() => undefined);
        prefetch(this.attribute);
        const lang = this.language();
        // The template's code (a built-in one loads when a chart first asks for it) and the data come in parallel;
        // an unknown template is the first thing to say, data or not.
        const template = planTemplate(this.attribute);
        const read = this.source$.read(signal);
        read.catch(() => undefined); // said once the template is known
        await template;
        if (!current()) return;
        // After the template's code: the words of the chart's language include the template's own.
        const strings = await loadStrings(lang);
        if (!current()) return;
        this.strings = strings;
        const table = await read;
        if (!current()) return;
        if (!table) throw fail('empty-data', 'noData');
        const plan = await planChart({ table, attribute: this.attribute, lang, strings, annotations: readInlineAnnotations(this) });
        if (!current()) return;
        const warnings = plan.warnings.join('\n') !== this.warnings.join('\n');
        if (!sameProvenance(this.provenance, plan.provenance) || warnings) {
          this.provenance = plan.provenance; // it may add a title or notes: the chart box's room changes
          // The notes under the drawing ("Not on the map: …") take room from it too under a height the page set:
          // show them before measuring, or the drawing would overflow its box by their height and cover the buttons.
          if (warnings) this.warnings = plan.warnings;
          await this.updateComplete;
          if (!current()) return;
        }
        // Measure first, while the page holds only the chart's frame: the browser lays it out once here,
        // and once more after drawing, rather than also laying out the summary and the data table in between.
        const theme = this.readTheme(plan.goal);
        this.themeKey = theme.key;
        this.fixedHeight = this.measureFixedHeight();
        this.lastWidth = this.chartBox.clientWidth;
        // Text first: the summary, the source and the data table are ready before Vega has loaded or drawn,
        // so a reader on a slow connection gets the message at once and the chart follows.
        this.summary = plan.summary;
        this.setTable(plan);
        let frame: Frame = {
          theme,
          width: this.lastWidth || 320,
          height: this.fixedHeight,
          renderer: this.renderer === 'canvas' ? 'canvas' : 'svg',
          strict: this.csp?.trim().toLowerCase() === 'strict' || strictPage(),
        };
        this.shareMenu.listen = { label: a11yWords(strings).listen, play: () => void this.keyboard.play() };
        this.setShare(plan, frame);
        if (this.fixedHeight !== undefined) {
          // The buttons under the drawing ("Show data as table", the menu) appear with the text and take room
          // from a height the page set: measure again once they are there, or the drawing overflows onto them.
          await this.updateComplete;
          if (!current()) return;
          this.fixedHeight = this.measureFixedHeight();
          frame = { ...frame, height: this.fixedHeight };
          this.setShare(plan, frame);
        }
        const request = await plan.request(frame);
        if (!current()) return;
        this.shareMenu.drawing(request);
        const requested = performance.now();
        const view = await this.chartView.render(request);
        if (!current()) return;
        this.error = undefined;
        this.labelDrawing(plan);
        this.keyboard.set(plan);
        this.drawn = { plan, frame, years: new Map(plan.years ? [[plan.years.year, Promise.resolve(plan)]] : []) };
        this.yearControl.set(plan.years, yearWords(strings));
        tellAuthor(this, plan.hints);
        emit(this, 'lnob-render', { view, plan, request, requested });
      },
      (error, strings) => {
        this.chartView.finalize();
        this.keyboard.clear();
        this.strings = strings;
        this.error = error;
        this.summary = '';
        this.warnings = [];
        this.provenance = undefined;
        this.dataTable.set(undefined);
        this.shareMenu.set(undefined, strings.menu);
        this.drawn = undefined;
        this.yearControl.set(undefined, yearWords(strings));
      },
    );
  }

  /** The data table of what is drawn, in the chart's language. */
  private setTable(plan: ChartPlan): void {
    this.dataTable.set({
      ...plan.table,
      lang: plan.lang,
      strings: plan.strings.table,
      downloadCsv: () => void this.shareMenu.run('csv'), // every row, when the table shows only the first 500
    });
  }

  /** The share menu's downloads and images of what is drawn. */
  private setShare(plan: ChartPlan, frame: Frame): void {
    const { strings } = plan;
    this.shareMenu.set({ plan, frame, labels: { source: strings.source, credit: strings.credit }, fallbackName: strings.menu.fileName }, strings.menu);
  }

  /**
   * Another year of a chart drawn from several (the year control): that year's plan (its rows, summary, table,
   * words), and on the view only its signals — the spec is not compiled again and no view is made. The summary,
   * table, notes, share menu, accessible names and keyboard points follow; the year is said politely.
   */
  private async showYear(year: number): Promise<void> {
    const drawn = this.drawn;
    if (!drawn?.plan.years) return;
    this.chosenYear = year;
    let next = drawn.years.get(year);
    if (!next) drawn.years.set(year, (next = drawn.plan.years.at(year)));
    try {
      const plan = await next;
      const request = await plan.request(drawn.frame);
      if (this.drawn !== drawn || this.chosenYear !== year) return; // redrawn, or another year asked for meanwhile
      const view = await this.chartView.update(request);
      if (!view || this.drawn !== drawn || this.chosenYear !== year) return;
      this.summary = plan.summary;
      this.warnings = plan.warnings;
      this.provenance = plan.provenance; // "Year shown: …" under the chart
      this.setTable(plan);
      this.setShare(plan, drawn.frame);
      this.shareMenu.drawing(request);
      this.labelDrawing(plan);
      this.keyboard.set(plan);
      this.announcer.say(yearWords(plan.strings).shown(String(year)));
      emit(this, 'lnob-year-change', { year, plan });
    } catch {
      drawn.years.delete(year);
      this.invalidate(); // drawn again from the start for that year: a problem is reported as every render's is
    }
  }

  /** The chart's language: its own `lang`, else the nearest ancestor's, as HTML does. */
  private language(): string | undefined {
    return languageTag(this.closest('[lang]')?.getAttribute('lang'));
  }

  /** What `indicator` fills in, in the chart's language; undefined without one (an unknown code is reported by the render). */
  private preset(): PresetDefaults | undefined {
    const indicator = this.getAttribute('indicator');
    if (!indicator?.trim()) return undefined;
    try {
      return loadedIndicators()?.presetDefaults(indicator, this.language());
    } catch {
      return undefined;
    }
  }

  /** The words around the chart as they stand now: what the page set, the preset's, the file's (render/text.ts). */
  private get text(): ChartText {
    return chartText({ attribute: this.attribute, lang: this.language(), preset: this.preset(), provenance: this.provenance });
  }

  /**
   * The theme's tokens under the page's own (a `--lnob-*` token the page sets
   * wins), with `auto` following the reader's colour scheme and the goal's
   * colour as accent (render/theme.ts).
   */
  private readTheme(goal = this.resolvedGoal): ChartTheme {
    const style = getComputedStyle(this);
    const theme = chartTheme({ name: this.theme, goal, prefersDark: prefersDark(), token: (name) => style.getPropertyValue(name) });
    warnUnknownTheme(this, this.theme, theme.known, false); // resolveTheme wrote the console line
    return theme;
  }

  /** The SDG goal the chart is about: `goal="N"` (1–17), else the indicator preset's. For colouring by goal. */
  get resolvedGoal(): number | undefined {
    return this.text.goal?.goal;
  }

  /** Gives the drawing an accessible name and points it at the text summary. */
  private labelDrawing(plan: ChartPlan): void {
    const drawing = this.chartView.container.querySelector('svg, canvas');
    if (!drawing) return;
    const name = drawingName(plan); // the title, else the summary's first sentence: never just the template's name
    drawing.setAttribute('aria-label', name);
    if (drawing instanceof HTMLCanvasElement) drawing.setAttribute('role', 'img');
    drawing.setAttribute('aria-describedby', 'summary');
    // Vega gives an empty mark container (e.g. no reference line) an image role and no name: hide those from screen readers.
    for (const group of drawing.querySelectorAll('g.role-mark[role="graphics-symbol"]')) {
      if (group.childElementCount === 0) group.setAttribute('aria-hidden', 'true');
      else group.removeAttribute('aria-hidden');
    }
  }
}

/** Provenance from the same file reads the same: no need to lay the chart out again for it. */
function sameProvenance(a: Provenance | undefined, b: Provenance): boolean {
  const { source, title, unit, notes = [], choices = [] } = a ?? {};
  return source === b.source && title === b.title && unit === b.unit && [...notes, '', ...choices].join('\n') === [...b.notes, '', ...(b.choices ?? [])].join('\n');
}

/**
 * The `height` attribute's range in px: below, a chart has no room for its
 * marks; above, the drawing (a canvas especially) would outgrow what a browser
 * can paint and come out blank.
 */
const MIN_HEIGHT = 80;
const MAX_HEIGHT = 4000;
const warnedHeights = new Set<string>();

/** `px` within MIN_HEIGHT…MAX_HEIGHT; a height out of range is moved into it, with one console warning per value. */
function clampHeight(px: number, written: string): number {
  const clamped = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, px));
  if (clamped !== px && !warnedHeights.has(written)) {
    warnedHeights.add(written);
    console.warn(`lnob-charts: height="${written}" is not from ${MIN_HEIGHT} to ${MAX_HEIGHT}: ${clamped} is used.`);
  }
  return clamped;
}

/** Whether a container stretches its items (grid or flex): a stretched height is not one the page chose. */
function stretchesItems(parent: Element | null): boolean {
  return !!parent && /flex|grid/.test(getComputedStyle(parent).display);
}
