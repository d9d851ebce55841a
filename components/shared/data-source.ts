import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort, toChartError, type ChartError } from '../../core/errors.js';
import { holdData, loadTable, type DataHold } from '../../data/load.js';
import { formatFromUrl, type DataFormat } from '../../data/parse.js';
import { tableFromObjects, type RawTable } from '../../data/table.js';
import { fail } from '../../i18n/errors/core.en.js';
import { errorMessage, loadStrings, type UiStrings } from '../../i18n/index.js';
import { hasInlineData, readInlineData } from './inline-data.js';
import { emit } from './events.js';

/** An element fed like a chart: the `.data` property, inline data, or a file at `src`. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  readonly data: readonly object[] | null;
  readonly src: string | null;
  readonly format: DataFormat | null;
}

/** One load in progress: abort it through `signal`; `current()` is false once a newer load has started. */
export interface Load {
  readonly signal: AbortSignal;
  current(): boolean;
}

export interface DataSourceOptions {
  /** Called when the inline data changes (a child added, removed or edited). */
  readonly onChange: () => void;
  /** Rows as the element's messages show them, e.g. `[{ category: "North", value: 70 }]`. */
  readonly example: string;
  /** The element's language, for its error message. */
  readonly language: () => string | undefined;
}

/**
 * The data life cycle `<lnob-chart>` and `<lnob-stat>` share: where the rows
 * come from and in which order, watching inline data, cancelling a load that
 * a newer one replaced or that the element outlived, and the one way a
 * problem is reported (a message in the element's language, and `lnob-error`).
 */
export class DataSource implements ReactiveController {
  private abort: AbortController | undefined;
  private generation = 0;
  private readonly children = new MutationObserver(() => this.options.onChange());
  /** The cached file this element shows (data/load.ts keeps a file only while some element holds it). */
  private hold: DataHold | undefined;
  private connected = false;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataSourceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.connected = false;
    this.children.disconnect();
    this.cancel();
    // Released once the current task is over unless the element is back by then: an element moved
    // elsewhere on the page (removed and added again at once) keeps its file without a new download.
    const hold = this.hold;
    if (!hold) return;
    queueMicrotask(() => {
      if (this.connected || this.hold !== hold) return;
      this.hold = undefined;
      hold.release();
    });
  }

  /** Holds the cached file at `src` (null: none) and lets go of the one held before: the new hold comes first, so a file kept by both is never dropped in between. */
  private holdSource(src: string | null, format: DataFormat | undefined): void {
    const previous = this.hold;
    this.hold = src ? holdData(src, format) : undefined;
    previous?.release();
  }

  /** Stops the load in progress, if any: its fetch is aborted and its later steps give up. */
  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.generation++;
  }

  /**
   * Runs one load, replacing any load in progress. A thrown error (but an
   * abort, or one from a load already replaced) goes to `failed` with the
   * words of the element's language, then out as `lnob-error`.
   */
  async run(work: (load: Load) => Promise<void>, failed: (error: ChartError, strings: UiStrings) => void): Promise<void> {
    this.cancel();
    const generation = this.generation;
    const abort = (this.abort = new AbortController());
    const load: Load = { signal: abort.signal, current: () => generation === this.generation };
    try {
      await work(load);
    } catch (thrown) {
      if (isAbort(thrown) || !load.current()) return;
      const error = toChartError(thrown);
      if (error.code === 'internal') console.error('lnob-charts:', thrown);
      // The message in the element's language, also when the error came before its words had loaded.
      const strings = await loadStrings(this.options.language());
      if (!load.current()) return;
      failed(error, strings);
      emit(this.host, 'lnob-error', { code: error.code, message: errorMessage(error, strings) });
    }
  }

  /** The rows in order of precedence: the `.data` property, inline data, then `src`; undefined when there are none. */
  async read(signal: AbortSignal): Promise<RawTable | undefined> {
    const { data, src, format } = this.host;
    const from = !data && !hasInlineData(this.host) && src ? src : null;
    const as = format ?? (src ? formatFromUrl(src) : undefined);
    this.holdSource(this.connected ? from : null, as); // a read after the element left (it gives up anyway) holds nothing
    if (data) {
      let isList: boolean;
      try {
        isList = Array.isArray(data) && typeof data.length === 'number';
      } catch {
        throw fail('bad-data', 'dataListUnreadable', this.options.example); // e.g. a revoked Proxy
      }
      if (!isList) throw fail('parse-error', 'dataNotList', this.options.example);
      if (data.length === 0) throw fail('empty-data', 'dataEmptyList');
      return tableFromObjects(data);
    }
    if (hasInlineData(this.host)) return readInlineData(this.host);
    if (src) return loadTable(src, as, signal);
    return undefined;
  }
}
