import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LnobChart } from '../components/lnob-chart/lnob-chart.js';
import { defineOnce } from '../components/shared/define.js';
import { isKitAddress } from '../components/shared/embed-code.js';
import { INDICATORS, localize, presetLanguage } from '../templates/indicators.js';
import { getTemplate } from '../templates/index.js';
import type { ChartTemplate, OptionDef } from '../templates/types.js';
import { BUILT_IN_THEMES } from '../themes/index.js';
import { analyse, type Analysis, type Picker } from './analyse.js';
import { chartAttributes, thumbnailAttributes, TEXT_FIELDS } from './attributes.js';
import { DataProblem, readAddress, readFile, readText, type DataIn } from './data-in.js';
import { decodeState, emptyState, encodeState, type BuilderState } from './state.js';
import { builderStyles } from './lnob-builder.styles.js';
import { english, type BuilderWords } from './words.js';
import { optionWords, roleWords, templateName, themeName, valueLabel } from './chart-words.js';
import { FACET_TEMPLATES } from '../render/facets.js';
import { BUILDER_LANGUAGES, builderWords } from './words-loader.js';
import type { Download } from './outputs.js';

/** A message from the preview chart, in the words the chart wrote it. */
interface Message {
  readonly kind: 'warning' | 'error';
  readonly code: string;
  readonly text: string;
}

const DOWNLOADS: readonly Download[] = ['png', 'svg', 'csv', 'square', 'portrait', 'landscape'];
/** Live thumbnails: the first few suggestions only, so a slow phone is not drawing a dozen charts. */
const THUMBNAILS = 4;

/**
 * "Make a chart": from a spreadsheet to a snippet for a partner's site. A shell
 * around the kit's own `<lnob-chart>` (the one chart plan draws the previews,
 * thumbnails and exports) with the kit's layout detection, template registry,
 * presets and words. Nothing leaves the browser, except fetching a sheet's
 * address the campaigner typed.
 *
 * @summary The chart builder: data in, chart choices, preview at two widths, code out.
 * @attr lang - The builder's language (`en`, `fr`, `es`, `pt`, `ar`); the chart's own language is chosen inside.
 */
export class LnobBuilder extends LitElement {
  static override styles = builderStyles;

  @property({ reflect: true }) override lang = '';

  @state() private words: BuilderWords = english;
  @state() private model: BuilderState = emptyState();
  @state() private analysis: Analysis | undefined;
  @state() private rows = 0;
  @state() private problem = '';
  @state() private messages: readonly Message[] = [];
  @state() private summary = '';
  @state() private snippet = '';
  @state() private withPicture = false;
  @state() private link = '';
  @state() private status = '';
  @state() private busy = false;

  /** The previews and thumbnails drawn last, by what they were drawn from: redrawn only when that changes. */
  private drawnData = '';
  private drawnThumbnails = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.loadWords();
    void this.restore(location.hash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.loadWords();
  }

  /** Resolves once the builder's words are in its language (other languages load on demand). */
  wordsReady: Promise<void> = Promise.resolve();

  private loadWords(): void {
    const lang = this.lang || this.closest('[lang]')?.getAttribute('lang') || 'en';
    this.wordsReady = builderWords(lang).then((words) => void (this.words = words));
  }

  /** Reopens the chart a link carries (`#chart=…`). Public so a page can open a link it holds. */
  async restore(fragment: string): Promise<boolean> {
    const saved = await decodeState(fragment);
    if (!saved || !saved.data) return false;
    this.model = saved;
    this.takeData({ text: saved.data, name: saved.dataName, table: readText(saved.data, saved.dataName).table }, true);
    return true;
  }

  /** The current state, as a reopen link would carry it. */
  get current(): BuilderState {
    return this.model;
  }

  // ---- data in -------------------------------------------------------------------------------------------------

  private takeData(data: DataIn, keepChoices = false): void {
    this.problem = '';
    const analysis = analyse(data.table);
    this.analysis = analysis;
    this.rows = data.table.rows.length;
    const template = keepChoices && this.model.template ? this.model.template : (analysis.suggested[0] ?? 'ranked-bar');
    this.model = keepChoices
      ? { ...this.model, data: data.text, dataName: data.name, template }
      : { ...this.model, data: data.text, dataName: data.name, template, columns: {}, options: {}, slice: {} };
    this.snippet = '';
    this.link = '';
  }

  private async readWith(read: () => Promise<DataIn> | DataIn): Promise<void> {
    this.busy = true;
    try {
      this.takeData(await read());
    } catch (error) {
      this.problem = this.problemText(error);
    } finally {
      this.busy = false;
    }
  }

  private problemText(error: unknown): string {
    const p = this.words.problems;
    if (!(error instanceof DataProblem)) return p.notData(String(error));
    switch (error.reason) {
      case 'empty':
        return p.empty;
      case 'spreadsheet':
        return p.spreadsheet;
      case 'fetch':
        return p.fetch(error.detail);
      default:
        return p.notData(error.detail);
    }
  }

  private readonly onUsePasted = (): void => {
    const text = this.field<HTMLTextAreaElement>('#paste').value;
    void this.readWith(() => readText(text, ''));
  };

  private readonly onFile = (event: Event): void => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void this.readWith(() => readFile(file));
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void this.readWith(() => readFile(file));
    else {
      const text = event.dataTransfer?.getData('text/plain');
      if (text) void this.readWith(() => readText(text, ''));
    }
  };

  private readonly onFetch = (event: Event): void => {
    event.preventDefault();
    const address = this.field<HTMLInputElement>('#address').value;
    void this.readWith(() => readAddress(address));
  };

  // ---- choices -------------------------------------------------------------------------------------------------

  private set(part: 'columns' | 'options' | 'slice' | 'text' | 'tokens', name: string, value: string): void {
    this.model = { ...this.model, [part]: { ...this.model[part], [name]: value } };
    this.messages = []; // the chart says again what still holds
    this.snippet = '';
    this.link = '';
  }

  private chooseTemplate(id: string): void {
    this.model = { ...this.model, template: id, options: {} };
    this.messages = [];
    this.snippet = '';
  }

  private get template(): ChartTemplate | undefined {
    return getTemplate(this.model.template);
  }

  // ---- out -----------------------------------------------------------------------------------------------------

  private get previewChart(): LnobChart | undefined {
    return this.renderRoot.querySelector<LnobChart>('.preview-desktop lnob-chart') ?? undefined;
  }

  /** Makes the snippet from the drawn preview. Public so a page (or a test) can ask for it without the button. */
  async makeSnippet(): Promise<string> {
    const chart = this.previewChart;
    if (!chart) return '';
    const { snippetOf } = await import('./outputs.js');
    const kitUrl = this.model.kit === 'self' ? this.model.kitUrl : '';
    if (kitUrl && !isKitAddress(kitUrl.trim())) {
      this.status = this.words.kitUrlHint;
      return '';
    }
    this.snippet = await snippetOf(chart, { kitUrl, withPicture: this.withPicture, tokens: this.model.tokens });
    return this.snippet;
  }

  /** The reopen link for the chart as it is now. */
  async makeLink(): Promise<string> {
    this.link = `${location.href.split('#')[0]}#${await encodeState(this.model)}`;
    return this.link;
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = this.words.copied;
    } catch {
      this.status = this.words.copyFailed;
    }
  }

  private async download(what: Download): Promise<void> {
    const chart = this.previewChart;
    if (!chart) return;
    const { downloadFrom } = await import('./outputs.js');
    await downloadFrom(chart, what).catch(() => undefined);
  }

  // ---- previews ------------------------------------------------------------------------------------------------

  protected override updated(): void {
    this.drawPreviews();
    this.drawThumbnails();
  }

  /** The two previews: new charts when the data changes, their attributes updated otherwise (the chart redraws). */
  private drawPreviews(): void {
    const frames = [...this.renderRoot.querySelectorAll<HTMLElement>('.preview-frame')];
    if (!this.analysis || frames.length === 0) return;
    const attributes = chartAttributes(this.model, this.analysis);
    const fresh = this.drawnData !== this.model.data || frames.some((frame) => !frame.querySelector('lnob-chart'));
    if (fresh) {
      this.drawnData = this.model.data;
      for (const frame of frames) frame.replaceChildren(newChart(attributes, this.model.data, frame.classList.contains('preview-desktop')));
      this.listen(this.previewChart!);
    }
    for (const frame of frames) setLogo(frame.querySelector('lnob-chart')!, this.model.text['logo'] ?? '', this.model.text['logo-alt'] ?? '');
    if (!fresh) {
      const key = JSON.stringify(attributes);
      if (this.previewChart?.dataset['drawn'] === key) return;
      for (const frame of frames) setAttributes(frame.querySelector('lnob-chart')!, attributes);
    }
    this.previewChart!.dataset['drawn'] = JSON.stringify(attributes);
  }

  private listen(chart: LnobChart): void {
    chart.addEventListener('lnob-warning', (event) => {
      const { code, message } = event.detail;
      this.messages = [...this.messages.filter((m) => m.text !== message), { kind: 'warning', code, text: message }];
    });
    chart.addEventListener('lnob-error', (event) => {
      const { code, message } = event.detail;
      this.summary = '';
      this.messages = [...this.messages.filter((m) => m.kind !== 'error'), { kind: 'error', code, text: message }];
    });
    chart.addEventListener('lnob-render', (event) => {
      const plan = (event.detail as { plan?: { summary: string; warnings: readonly string[] } }).plan;
      this.summary = plan?.summary ?? '';
      const notes = (plan?.warnings ?? []).map((text): Message => ({ kind: 'warning', code: 'rows', text }));
      this.messages = [...this.messages.filter((m) => m.kind !== 'error' && m.code !== 'rows'), ...notes];
    });
  }

  private drawThumbnails(): void {
    if (!this.analysis) return;
    const key = JSON.stringify([this.model.data, this.model.slice, this.model.columns]);
    if (key === this.drawnThumbnails) return;
    const boxes = [...this.renderRoot.querySelectorAll<HTMLElement>('.thumbnail')];
    if (boxes.length === 0) return;
    this.drawnThumbnails = key;
    for (const box of boxes) {
      const chart = newChart(thumbnailAttributes(this.model, this.analysis, box.dataset['template']!), this.model.data, false);
      box.replaceChildren(chart);
    }
  }

  // ---- rendering -----------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const w = this.words;
    const rtl = this.words === english ? false : /^ar\b/.test(this.lang || this.closest('[lang]')?.getAttribute('lang') || '');
    return html`<div class="builder" dir=${rtl ? 'rtl' : 'ltr'}>
      <h1>${w.heading}</h1>
      <p>${w.intro}</p>
      ${this.renderData()} ${this.analysis ? [this.renderChartChoices(), this.renderPreview(), this.renderOut()] : nothing}
      <p class="status" role="status">${this.status}</p>
    </div>`;
  }

  private renderData(): TemplateResult {
    const w = this.words;
    return html`<section aria-labelledby="data-heading" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${this.onDrop}>
      <h2 id="data-heading">${w.dataHeading}</h2>
      <label for="paste">${w.pasteLabel}</label>
      <p class="hint" id="paste-hint">${w.pasteHint}</p>
      <textarea id="paste" dir="ltr" rows="6" aria-describedby="paste-hint" spellcheck="false"></textarea>
      <button type="button" id="use-data" @click=${this.onUsePasted} ?disabled=${this.busy}>${w.useData}</button>
      <label for="file">${w.fileLabel}</label>
      <input id="file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" aria-describedby="file-hint" @change=${this.onFile} />
      <p class="hint" id="file-hint">${w.dropHint} ${w.excelHint}</p>
      <form @submit=${this.onFetch}>
        <label for="address">${w.addressLabel}</label>
        <input id="address" dir="ltr" type="url" inputmode="url" autocomplete="off" />
        <button type="submit" ?disabled=${this.busy}>${w.fetch}</button>
      </form>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.analysis
        ? html`<p class="read-as">${w.readAs(w.layouts[this.analysis.layout] ?? this.analysis.layout, this.rows, this.analysis.columns.length)}</p>
            ${this.renderPickers(this.analysis.pickers)}`
        : nothing}
    </section>`;
  }

  private renderPickers(pickers: readonly Picker[]): TemplateResult | typeof nothing {
    if (pickers.length === 0) return nothing;
    const w = this.words;
    return html`<fieldset class="pickers">
      <legend>${w.sliceHeading}</legend>
      ${pickers.map((picker, i) => {
        const id = `picker-${i}`;
        const label = picker.attribute === 'where' ? w.pickers.where(picker.column) : w.pickers[picker.attribute];
        if (picker.attribute === 'countries') {
          const chosen = new Set((this.model.slice['countries'] ?? '').split(';').map((c) => c.trim()));
          return html`<div class="field">
            <label for=${id}>${label}</label>
            <select id=${id} multiple size="6" data-attribute="countries" @change=${(e: Event) => this.set('slice', 'countries', [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value).join('; '))}>
              ${picker.values.map((value) => html`<option .value=${value} ?selected=${chosen.has(value)}>${value}</option>`)}
            </select>
          </div>`;
        }
        const key = picker.attribute === 'where' ? `where:${picker.column}` : picker.attribute;
        const empty = picker.attribute === 'years' ? w.latest : w.any;
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <select id=${id} data-attribute=${key} @change=${(e: Event) => this.set('slice', key, (e.target as HTMLSelectElement).value)}>
            <option value="">${empty}</option>
            ${picker.values.map((value) => html`<option .value=${value} ?selected=${this.model.slice[key] === value}>${value}</option>`)}
          </select>
        </div>`;
      })}
    </fieldset>`;
  }

  private renderChartChoices(): TemplateResult {
    const w = this.words;
    const analysis = this.analysis!;
    const template = this.template;
    return html`<section aria-labelledby="chart-heading">
      <h2 id="chart-heading">${w.chartHeading}</h2>
      <fieldset class="templates">
        <legend>${w.templateLegend} <span class="hint">(${w.suggested})</span></legend>
        ${analysis.suggested.map(
          (id, i) => html`<div class="template-choice">
            <input type="radio" name="template" id=${`template-${id}`} .value=${id} .checked=${this.model.template === id} @change=${() => this.chooseTemplate(id)} />
            <label for=${`template-${id}`}>${templateName(w.chart, getTemplate(id), id)}</label>
            ${i < THUMBNAILS ? html`<div class="thumbnail" data-template=${id} inert></div>` : nothing}
          </div>`,
        )}
      </fieldset>
      ${template ? [this.renderRoles(template, analysis), this.renderTemplateOptions(template)] : nothing} ${this.renderWords()} ${this.renderLook()}
    </section>`;
  }

  private renderRoles(template: ChartTemplate, analysis: Analysis): TemplateResult {
    const w = this.words;
    return html`<fieldset>
      <legend>${w.rolesLegend}</legend>
      ${template.roles.map((role) => {
        const chosen = this.model.columns[role.name] ?? analysis.roles[role.name] ?? '';
        const words = roleWords(w.chart, template, role);
        return html`<div class="field">
          <label for=${`role-${role.name}`}>${w.roleLabel(words.name, words.meaning)}</label>
          <select id=${`role-${role.name}`} data-role=${role.name} @change=${(e: Event) => this.set('columns', role.name, (e.target as HTMLSelectElement).value)}>
            ${role.required && chosen ? nothing : html`<option value="" ?selected=${!chosen}>${w.none}</option>`}
            ${analysis.columns.map((column) => html`<option .value=${column} ?selected=${column === chosen}>${column}</option>`)}
          </select>
        </div>`;
      })}
    </fieldset>`;
  }

  private renderTemplateOptions(template: ChartTemplate): TemplateResult {
    const w = this.words;
    const text = this.model.text;
    const facet = text['facet-column'] ?? '';
    return html`<fieldset>
      <legend>${w.optionsLegend}</legend>
      ${template.options.map((option) => this.renderOption(template, option))}
      <div class="field">
        <label for="story-annotations">${w.annotations}</label>
        <input id="story-annotations" type="text" .value=${text['annotations'] ?? ''} aria-describedby="story-annotations-hint" @change=${(e: Event) => this.set('text', 'annotations', (e.target as HTMLInputElement).value.trim())} />
        <p class="hint" id="story-annotations-hint">${w.annotationsHint} <code>annotations</code></p>
      </div>
      ${FACET_TEMPLATES.includes(template.id)
        ? html`<div class="field">
            <label for="story-facet-column">${w.facet}</label>
            <select id="story-facet-column" aria-describedby="story-facet-column-hint" @change=${(e: Event) => this.set('text', 'facet-column', (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!facet}>${w.none}</option>
              ${this.analysis!.columns.map((column) => html`<option .value=${column} ?selected=${column === facet}>${column}</option>`)}
            </select>
            <p class="hint" id="story-facet-column-hint">${w.facetHint} <code>facet-column</code></p>
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderOption(template: ChartTemplate, option: OptionDef): TemplateResult {
    const id = `option-${option.attribute}`;
    const value = this.model.options[option.attribute] ?? '';
    const onChange = (e: Event) => {
      const input = e.target as HTMLInputElement | HTMLSelectElement;
      this.set('options', option.attribute, input instanceof HTMLInputElement && input.type === 'checkbox' ? (input.checked ? 'true' : '') : input.value);
    };
    // Plain words in the builder's language; the attribute the snippet writes is named in the hint.
    const words = optionWords(this.words.chart, template, option);
    const hint = html`<p class="hint" id=${`${id}-hint`}>${words.hint} <code>${option.attribute}</code></p>`;
    if (option.type === 'boolean') {
      return html`<div class="field check">
        <input type="checkbox" id=${id} .checked=${value === 'true'} aria-describedby=${`${id}-hint`} @change=${onChange} />
        <label for=${id}>${words.label}</label>${hint}
      </div>`;
    }
    if (option.type === 'enum') {
      return html`<div class="field">
        <label for=${id}>${words.label}</label>
        <select id=${id} aria-describedby=${`${id}-hint`} @change=${onChange}>
          <option value="" ?selected=${!value}>${option.default != null ? `${valueLabel(this.words.chart, option.attribute, String(option.default))} ` : ''}${this.words.defaultValue}</option>
          ${(option.values ?? []).map((v) => html`<option .value=${v} ?selected=${v === value}>${valueLabel(this.words.chart, option.attribute, v)}</option>`)}
        </select>${hint}
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${words.label}</label>
      <input id=${id} type=${option.type === 'number' ? 'number' : 'text'} .value=${value} aria-describedby=${`${id}-hint`} @change=${onChange} />${hint}
    </div>`;
  }

  private renderWords(): TemplateResult {
    const w = this.words;
    const lang = presetLanguage(this.model.text['lang']);
    return html`<fieldset>
      <legend>${w.wordsLegend}</legend>
      ${TEXT_FIELDS.map((name) => {
        const id = `text-${name}`;
        const onChange = (e: Event) => this.set('text', name, (e.target as HTMLInputElement).value.trim());
        const value = this.model.text[name] ?? '';
        if (name === 'notes') return html`<div class="field"><label for=${id}>${w.fields[name]}</label><textarea id=${id} rows="2" .value=${value} @change=${onChange}></textarea></div>`;
        if (name === 'indicator') {
          return html`<div class="field">
            <label for=${id}>${w.fields.indicator}</label>
            <input id=${id} list="indicators" autocomplete="off" .value=${value} aria-describedby="indicator-hint" @change=${(e: Event) => this.set('text', 'indicator', indicatorCode((e.target as HTMLInputElement).value, lang))} />
            <p class="hint" id="indicator-hint">${w.indicatorHint}</p>
            <datalist id="indicators">${INDICATORS.map((preset) => html`<option .value=${preset.code}>${preset.code} ${localize(preset.name, lang)}</option>`)}</datalist>
          </div>`;
        }
        return html`<div class="field">
          <label for=${id}>${w.fields[name]}</label>
          <input id=${id} type=${name === 'source-url' ? 'url' : 'text'} .value=${value} @change=${onChange} />
        </div>`;
      })}
    </fieldset>`;
  }

  private renderLook(): TemplateResult {
    const w = this.words;
    const text = this.model.text;
    const select = (name: string, label: string, values: readonly { value: string; label: string }[]) =>
      html`<div class="field">
        <label for=${`look-${name}`}>${label}</label>
        <select id=${`look-${name}`} @change=${(e: Event) => this.set('text', name, (e.target as HTMLSelectElement).value)}>
          ${values.map((v) => html`<option .value=${v.value} ?selected=${(text[name] ?? '') === v.value}>${v.label}</option>`)}
        </select>
      </div>`;
    const token = (name: string, label: string, hint = 'colour-hint') =>
      html`<div class="field">
        <label for=${`token${name}`}>${label}</label>
        <input id=${`token${name}`} type="text" .value=${this.model.tokens[name] ?? ''} aria-describedby=${hint} @change=${(e: Event) => this.set('tokens', name, (e.target as HTMLInputElement).value.trim())} />
      </div>`;
    const text_ = (name: string, label: string, type: string, hint: string) =>
      html`<div class="field">
        <label for=${`look-${name}`}>${label}</label>
        <input id=${`look-${name}`} type=${type} .value=${text[name] ?? ''} aria-describedby=${hint} @change=${(e: Event) => this.set('text', name, (e.target as HTMLInputElement).value.trim())} />
      </div>`;
    const goals = Array.from({ length: 17 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
    return html`<fieldset>
      <legend>${w.lookLegend}</legend>
      ${select('theme', w.theme, BUILT_IN_THEMES.map((t) => ({ value: t === 'default' ? '' : t, label: themeName(w.chart, t) })))}
      ${select('goal', w.goal, [{ value: '', label: w.goalNone }, ...goals])}
      ${token('--lnob-color-accent', w.accent)} ${token('--lnob-palette', w.palette)}
      <p class="hint" id="colour-hint">${w.colourHint}</p>
      ${text_('logo', w.logo, 'url', 'logo-hint')} ${text_('logo-alt', w.logoAlt, 'text', 'logo-hint')}
      <p class="hint" id="logo-hint">${w.logoHint}</p>
      ${token('--lnob-font-family', w.font, 'font-hint')} ${token('--lnob-title-font-family', w.titleFont, 'font-hint')}
      <p class="hint" id="font-hint">${w.fontHint}</p>
      ${select('lang', w.language, BUILDER_LANGUAGES.map((l) => ({ value: l === 'en' ? '' : l, label: LANGUAGE_NAMES[l]! })))}
    </fieldset>`;
  }

  private renderPreview(): TemplateResult {
    const w = this.words;
    return html`<section aria-labelledby="preview-heading">
      <h2 id="preview-heading">${w.previewHeading}</h2>
      <div class="previews">
        <figure class="preview"><figcaption>${w.desktop}</figcaption><div class="preview-frame preview-desktop" style=${tokenStyle(this.model.tokens)}></div></figure>
        <figure class="preview"><figcaption>${w.phone}</figcaption><div class="preview-frame preview-phone" style=${tokenStyle(this.model.tokens)}></div></figure>
      </div>
      <h3>${w.summary}</h3>
      <p class="summary">${this.summary}</p>
      <h3>${w.messages}</h3>
      <ul class="messages" aria-live="polite">
        ${this.messages.length === 0
          ? html`<li>${w.noMessages}</li>`
          : this.messages.map((m) => html`<li class=${m.kind} data-code=${m.code}><strong>${m.kind === 'error' ? w.error : w.warning}:</strong> ${m.text}</li>`)}
      </ul>
    </section>`;
  }

  private renderOut(): TemplateResult {
    const w = this.words;
    const self = this.model.kit === 'self';
    return html`<section aria-labelledby="out-heading">
      <h2 id="out-heading">${w.outHeading}</h2>
      <fieldset>
        <legend>${w.kitLegend}</legend>
        <div class="field check">
          <input type="radio" name="kit" id="kit-cdn" .checked=${!self} @change=${() => (this.model = { ...this.model, kit: 'cdn' })} />
          <label for="kit-cdn">${w.kitCdn}</label>
        </div>
        <div class="field check">
          <input type="radio" name="kit" id="kit-self" .checked=${self} @change=${() => (this.model = { ...this.model, kit: 'self' })} />
          <label for="kit-self">${w.kitSelf}</label>
        </div>
        ${self
          ? html`<div class="field">
              <label for="kit-url">${w.kitUrl}</label>
              <input id="kit-url" dir="ltr" type="text" .value=${this.model.kitUrl} aria-describedby="kit-url-hint" @change=${(e: Event) => (this.model = { ...this.model, kitUrl: (e.target as HTMLInputElement).value.trim() })} />
              <p class="hint" id="kit-url-hint">${w.kitUrlHint}</p>
            </div>`
          : nothing}
        <div class="field check">
          <input type="checkbox" id="with-picture" .checked=${this.withPicture} @change=${(e: Event) => (this.withPicture = (e.target as HTMLInputElement).checked)} />
          <label for="with-picture">${w.withPicture}</label>
        </div>
      </fieldset>
      <button type="button" id="make-snippet" @click=${() => void this.makeSnippet()}>${w.makeSnippet}</button>
      ${this.snippet
        ? html`<label for="snippet">${w.snippet}</label>
            <textarea id="snippet" dir="ltr" readonly rows="10" .value=${this.snippet}></textarea>
            <button type="button" id="copy-snippet" @click=${() => void this.copy(this.snippet)}>${w.copy}</button>`
        : nothing}
      <h3>${w.downloads}</h3>
      <ul class="downloads">
        ${DOWNLOADS.map((d) => html`<li><button type="button" data-download=${d} @click=${() => void this.download(d)}>${w.download[d]}</button></li>`)}
      </ul>
      <h3>${w.reopenLink}</h3>
      <p class="hint" id="link-hint">${w.reopenHint}</p>
      <button type="button" id="make-link" @click=${() => void this.makeLink()}>${w.makeLink}</button>
      ${this.link
        ? html`<label for="link">${w.reopenLink}</label>
            <input id="link" dir="ltr" readonly .value=${this.link} aria-describedby="link-hint" />
            <button type="button" id="copy-link" @click=${() => void this.copy(this.link)}>${w.copy}</button>`
        : nothing}
    </section>`;
  }

  private field<T extends HTMLElement>(selector: string): T {
    return this.renderRoot.querySelector<T>(selector)!;
  }
}

/** Each language in its own words: a reader finds theirs whatever the builder's language. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', fr: 'Français', es: 'Español', pt: 'Português', ar: 'العربية' };

/** An indicator as typed or picked: its code (`3.2.1`), also when a name was typed. */
function indicatorCode(typed: string, lang: ReturnType<typeof presetLanguage>): string {
  const value = typed.trim();
  const code = /^\d{1,2}\.[a-z0-9]{1,2}\.\d{1,2}/i.exec(value)?.[0];
  if (code) return code;
  const match = INDICATORS.find((preset) => localize(preset.name, lang).toLowerCase().includes(value.toLowerCase()));
  return value && match ? match.code : value;
}

/** Brand colours on the preview frames (the charts inherit the tokens as a page's would). */
function tokenStyle(tokens: Readonly<Record<string, string>>): string {
  return Object.entries(tokens)
    .filter(([name, value]) => /^--lnob-[a-z-]+$/.test(name) && value.trim() !== '')
    .map(([name, value]) => `${name}: ${value.replace(/[;{}<>]/g, ' ')}`)
    .join('; ');
}

/** A chart with the data inline, exactly as a page would write it (the data as the script's text, never markup). */
function newChart(attributes: Readonly<Record<string, string>>, data: string, withMenu: boolean): LnobChart {
  const chart = document.createElement('lnob-chart');
  setAttributes(chart, attributes);
  chart.setAttribute('eager', '');
  if (!withMenu) chart.setAttribute('menu', 'none');
  const script = document.createElement('script');
  script.type = data.includes('\t') && !data.split('\n', 1)[0]!.includes(',') ? 'text/tab-separated-values' : 'text/csv';
  script.textContent = data;
  chart.append(script);
  return chart;
}

/** The organisation's logo as the page would write it (`<img slot="logo">`), or none; only web addresses, never `javascript:` or `data:`. */
function setLogo(chart: Element, src: string, alt: string): void {
  const current = chart.querySelector<HTMLImageElement>(':scope > img[slot="logo"]');
  if (!src || !isKitAddress(src)) {
    current?.remove();
    return;
  }
  if (current?.getAttribute('src') === src && current.alt === alt) return;
  const logo = current ?? document.createElement('img');
  logo.slot = 'logo';
  logo.src = src;
  logo.alt = alt;
  if (!current) chart.append(logo);
}

function setAttributes(chart: Element, attributes: Readonly<Record<string, string>>): void {
  for (const { name } of [...chart.attributes]) {
    if (!(name in attributes) && name !== 'eager' && name !== 'menu' && !name.startsWith('data-')) chart.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(attributes)) if (chart.getAttribute(name) !== value) chart.setAttribute(name, value);
}

defineOnce('lnob-builder', LnobBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'lnob-builder': LnobBuilder;
  }
}
