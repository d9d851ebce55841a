import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { smallButton } from '../shared/chrome.styles.js';
import type { Row } from '../../data/table.js';
import type { RoleDef, RoleName } from '../../templates/types.js';
import { decimalsOf, intlFormatter } from '../../render/number-format.js';

/**
 * "Show data as table": a real `<table>` of the rows the chart draws, for
 * screen-reader and keyboard users and for anyone who wants the numbers.
 *
 * Until it is shown the table is visually hidden (clipped), not `hidden`, so
 * screen readers reach it without pressing the button. Its caption and header
 * come at once; its rows when the browser is next idle (IDLE_TIMEOUT_MS at the
 * latest), or at once when the reader opens it: laying out hundreds of hidden
 * cells would otherwise delay the drawing the reader is waiting for. While Vega
 * is still loading the browser is idle, so on a slow connection the table is
 * there before the chart. Capped at TABLE_ROW_LIMIT rows so 100,000 rows do
 * not flood the page. Every cell is set as text: data is never markup.
 */
export const TABLE_ROW_LIMIT = 500;
/** The rows come by then even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 500;

/** Calls back when the browser is idle (requestIdleCallback, else soon after). Returns a cancel function. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 50);
  return () => clearTimeout(id);
}

/** UI strings of the table (kept together so a language file can replace them). */
export const TABLE_STRINGS = {
  show: 'Show data as table',
  hide: 'Hide table',
  more: (shown: string, total: string) => `Showing the first ${shown} of ${total} rows.`,
  download: 'Download all rows as CSV',
};

export interface TableData {
  /** The chart's title (or the template's name): the table's caption. */
  readonly caption: string;
  /** The template's roles, in order: they decide the columns and how cells are written. */
  readonly roles: readonly RoleDef[];
  /** The source column each role was read from (the header a user knows). */
  readonly columns: Partial<Record<RoleName, string>>;
  /** Units found in the data, e.g. `%`: shown in the header, not in each cell. */
  readonly units: Partial<Record<RoleName, string>>;
  /** The typed rows the chart drew. */
  readonly rows: readonly Row[];
  /** The chart's language, for number formats. */
  readonly lang?: string | undefined;
  /** The toggle's and notes' words in the chart's language (i18n/); English when absent. */
  readonly strings?: typeof TABLE_STRINGS | undefined;
  /** A download of every row (the menu's CSV), offered when rows were left out. */
  readonly downloadCsv?: (() => void) | undefined;
}

interface Built {
  readonly headers: readonly string[];
  readonly numeric: readonly boolean[];
  /** Cell text, worked out only when the rows are wanted. */
  readonly cells: () => readonly (readonly string[])[];
}

/**
 * The table's body, made with the DOM rather than a Lit template per cell: a
 * chart of 5 lines × 30 years has 450 cells, and cloning one row and setting
 * its cells' text is several times faster than instancing 600 templates. Cells
 * are set with `textContent`: data is never markup.
 */
function tableBody(built: Built): HTMLTableSectionElement {
  const body = document.createElement('tbody');
  const row = document.createElement('tr');
  for (const numeric of built.numeric) {
    const cell = row.appendChild(document.createElement('td'));
    if (numeric) cell.className = 'num';
  }
  for (const cells of built.cells()) {
    const tr = row.cloneNode(true) as HTMLTableRowElement;
    let td = tr.firstElementChild;
    for (const text of cells) {
      td!.textContent = text;
      td = td!.nextElementSibling;
    }
    body.append(tr);
  }
  return body;
}

/** Owns the table's open/closed state and renders the toggle and the table into its host's template. */
export class DataTableController implements ReactiveController {
  private data: TableData | undefined;
  private built: Built | undefined;
  private body: HTMLTableSectionElement | undefined;
  /** The rows are wanted now (idle time came, or the reader opened the table). */
  private filled = false;
  /** The page is being printed: every table from now on gets its rows at once. */
  private printing = false;
  private cancelIdle: (() => void) | undefined;
  private open = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }

  /** The rows of the chart being drawn, or undefined when there is no chart (an error). */
  set(data: TableData | undefined): void {
    this.data = data;
    this.built = undefined;
    this.body = undefined;
    this.cancelIdle?.();
    this.cancelIdle = undefined;
    // An open table shows the new rows at once; so does one about to be printed.
    this.filled = this.open || this.printing;
    if (data && !this.filled) this.cancelIdle = whenIdle(this.fill);
    this.host.requestUpdate();
  }

  /** Before printing: rows now, and at once for any redraw that follows. */
  beforePrint(): void {
    this.printing = true;
    this.fill();
  }

  /** Adds the rows now (e.g. before printing or copying the page). */
  readonly fill = (): void => {
    this.cancelIdle = undefined;
    if (this.filled) return;
    this.filled = true;
    this.host.requestUpdate();
  };

  get expanded(): boolean {
    return this.open;
  }

  private readonly toggle = (): void => {
    this.open = !this.open;
    this.fill();
    this.host.requestUpdate();
  };

  /**
   * @param withToggle false under `table="none"`: the button goes, the (visually hidden) table stays for screen readers.
   */
  render(withToggle = true): TemplateResult | typeof nothing {
    const data = this.data;
    if (!data) return nothing;
    const built = (this.built ??= buildTable(data));
    if (built.headers.length === 0) return nothing;
    const body = this.filled ? (this.body ??= tableBody(built)) : nothing;
    const total = data.rows.length;
    const count = intlFormatter(data.lang, 0, '');
    const words = data.strings ?? TABLE_STRINGS;
    return html`
      ${withToggle
        ? html`<div class="lnob-table-control">
            <button type="button" part="table-toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="data-table" @click=${this.toggle}>
              ${this.open ? words.hide : words.show}
            </button>
          </div>`
        : nothing}
      <div id="data-table" part="table" class="lnob-table ${this.open && withToggle ? '' : 'visually-hidden'}" tabindex=${this.open && withToggle ? '0' : nothing}>
        <table>
          <caption>${data.caption}</caption>
          <thead>
            <tr>
              ${built.headers.map((header, i) => html`<th scope="col" class=${built.numeric[i] ? 'num' : ''}>${header}</th>`)}
            </tr>
          </thead>
          ${body}
        </table>
        ${total > TABLE_ROW_LIMIT
          ? html`<p class="lnob-table-more">
              ${words.more(count(TABLE_ROW_LIMIT), count(total))}
              ${data.downloadCsv ? html`<button type="button" @click=${data.downloadCsv}>${words.download}</button>` : nothing}
            </p>`
          : nothing}
      </div>
    `;
  }
}

/** Headers and (on demand) cell text for the first TABLE_ROW_LIMIT rows, numbers formatted as the chart formats them. */
export function buildTable(data: TableData): Built {
  const roles = data.roles.filter((role) => data.columns[role.name] !== undefined);
  const cells = () => {
    const writers = roles.map((role) => {
      if (role.type !== 'quantitative') return role.type === 'temporal' ? writeDate : writeText;
      // Decimals from all rows, as the chart's labels use, so the table and the labels agree.
      const format = intlFormatter(data.lang, decimalsOf(data.rows, role.name), '');
      return (value: Row[string]) => (typeof value === 'number' && Number.isFinite(value) ? format(value) : writeText(value));
    });
    return data.rows.slice(0, TABLE_ROW_LIMIT).map((row) => roles.map((role, i) => writers[i]!(row[role.name] ?? null)));
  };
  return {
    headers: roles.map((role) => {
      const unit = data.units[role.name];
      return unit ? `${data.columns[role.name]} (${unit})` : data.columns[role.name]!;
    }),
    numeric: roles.map((role) => role.type === 'quantitative'),
    cells,
  };
}

function writeText(value: Row[string]): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? writeDate(value) : String(value);
}

/** Years as years (2015), other dates as ISO dates (2015-06-30): the forms the data accepts. */
function writeDate(value: Row[string]): string {
  if (!(value instanceof Date)) return writeText(value);
  if (Number.isNaN(value.getTime())) return '';
  const iso = value.toISOString();
  if (iso.endsWith('-01-01T00:00:00.000Z')) return iso.slice(0, 4);
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** The toggle's and the table's styles; the element adds them to its own. */
export const dataTableStyles = css`
  .lnob-table-control button,
  .lnob-table-more button {
    ${smallButton}
  }
  .lnob-table-control {
    color: var(--_muted, #57606a);
  }
  .lnob-table-control button:focus-visible,
  .lnob-table-more button:focus-visible,
  .lnob-table:focus-visible {
    outline: 2px solid var(--_accent, #1f6fb2);
    outline-offset: 2px;
  }
  .lnob-table:not(.visually-hidden) {
    max-width: 100%;
    overflow-x: auto;
  }
  .lnob-table table {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .lnob-table caption {
    padding-bottom: 0.3em;
    font-weight: 700;
    text-align: start;
  }
  .lnob-table th,
  .lnob-table td {
    padding: 0.2em 0.6em;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
  }
  .lnob-table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .lnob-table-more {
    margin: 0.4em 0 0;
    color: var(--_muted, #57606a);
  }
`;
