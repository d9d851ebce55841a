import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { smallButton } from '../shared/chrome.styles.js';
import { KIT_VERSION, kitAddress } from '../shared/kit-address.js';
import { keepInViewport } from '../shared/keep-in-viewport.js';
import type { View } from 'vega';
import type { MenuStrings } from '../../i18n/strings.js';
import type { ViewRequest } from '../../render/view.js';
import type { ShareChrome, ShareSource, SocialPreset } from './share-export.js';
import type { FirstPaint } from '../../render/first-paint.js';

/** What the menu knows before the drawing: everything but the renderer's request, which comes with the drawing. */
export type ShareDraft = Omit<ShareSource, 'request'>;

/**
 * The chart's share menu: a menu button (`aria-haspopup`, `aria-expanded`;
 * arrow keys, Home, End, Escape) offering PNG, SVG and CSV downloads, three
 * social-media images and the embed code. `menu="none"` on the chart hides it;
 * it is never printed. The exporters load on demand (share-export.ts).
 */
type Action = 'png' | 'svg' | 'csv' | SocialPreset['id'] | 'embed' | 'listen';
const ACTIONS: readonly Action[] = ['png', 'svg', 'csv', 'square', 'portrait', 'landscape', 'embed'];

let exporters: Promise<typeof import('./share-export.js')> | undefined;
/** The exporters' module, loaded once, on first use. */
export function loadExporters(): Promise<typeof import('./share-export.js')> {
  exporters ??= import('./share-export.js');
  return exporters;
}

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly view: View | undefined;
}

export class ShareMenuController implements ReactiveController {
  private draft: ShareDraft | undefined;
  private request: ViewRequest | undefined;
  private strings: MenuStrings | undefined;
  private open = false;
  private status = '';
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private fallbackCode = '';
  private busy = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.open = false;
    clearTimeout(this.statusTimer);
  }

  /**
   * What the chart draws (undefined after an error: the menu then hides). Given before the drawing, with the
   * rest of the text around the chart, so the menu shows at once; an item chosen before the drawing is done
   * waits for it.
   */
  set(draft: ShareDraft | undefined, strings: MenuStrings): void {
    this.draft = draft;
    this.request = undefined;
    this.strings = strings;
    this.host.requestUpdate();
  }

  /** "Listen to the chart" (the element's listening.ts), offered once the chart is drawn. */
  listen: { readonly label: string; readonly play: () => void } | undefined;

  /** What the items export, once the chart is drawn (or being drawn). */
  get source(): ShareSource | undefined {
    return this.draft && this.request ? { ...this.draft, request: this.request } : undefined;
  }

  /** The request the chart is drawn from: needed only by the items, so setting it changes nothing on screen. */
  drawing(request: ViewRequest): void {
    this.request = request;
  }

  private get root(): ShadowRoot {
    return this.host.shadowRoot!;
  }

  private items(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('.lnob-share [role="menuitem"]')];
  }

  private setOpen(open: boolean, focus: 'first' | 'last' | 'button' | 'none' = 'none'): void {
    this.open = open;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const menu = this.root.querySelector<HTMLElement>('.lnob-share-menu');
      if (open && menu) keepInViewport(menu);
      if (focus === 'button') this.root.querySelector<HTMLElement>('.lnob-share-button')?.focus();
      else if (focus !== 'none') {
        const items = this.items();
        (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
      }
    });
    if (open) void loadExporters(); // be ready by the time an item is chosen
  }

  private readonly onButtonClick = (): void => this.setOpen(!this.open, this.open ? 'none' : 'first');

  private readonly onButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.setOpen(true, event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  private readonly onMenuKey = (event: KeyboardEvent): void => {
    const items = this.items();
    const index = items.indexOf(this.root.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(items.length - 1);
      case 'Escape':
        event.preventDefault();
        return this.setOpen(false, 'button');
      case 'Tab':
        return this.setOpen(false);
    }
  };

  /** Closes when focus leaves the menu and its button (a click elsewhere, Tab). */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const box = this.root.querySelector('.lnob-share');
    if (this.open && !(next && box?.contains(next))) this.setOpen(false);
  };

  private say(text: string, ms = 4000): void {
    this.status = text;
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      this.status = '';
      this.host.requestUpdate();
    }, ms);
    this.host.requestUpdate();
  }

  /** The chart's text and colours as the page shows them (the chrome is the source of truth). */
  /** The room the drawing takes on this page, for an embed code whose words and room show before any script (first-paint.ts). */
  firstPaint({ labels, plan }: ShareSource): FirstPaint {
    const name = this.root.querySelector('[part~="chart"] svg, [part~="chart"] canvas')?.getAttribute('aria-label') ?? undefined; // the drawing's own name
    const goal = plan.text.goal && { label: plan.text.goal.label, color: plan.text.goal.color };
    return { chartHeight: this.root.querySelector('[part~="chart"]')?.getBoundingClientRect().height ?? 0, labels, name, goal };
  }

  chrome(): ShareChrome {
    const root = this.root;
    const text = (part: string) => root.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
    const labels = this.draft?.labels;
    const strip = (value: string | undefined, prefix: string | undefined) =>
      value && prefix && value.startsWith(prefix) ? value.slice(prefix.length).trim() || undefined : value;
    const figure = root.querySelector('figure') ?? this.host;
    const style = getComputedStyle(figure);
    const muted = root.querySelector('[part~="footer"]') ?? figure;
    const titleElement = root.querySelector('[part~="title"]');
    const hostBackground = getComputedStyle(this.host).backgroundColor;
    const background = hostBackground && !/rgba\(0, 0, 0, 0\)|transparent/.test(hostBackground) ? hostBackground : '#ffffff';
    return {
      text: {
        title: text('title'),
        subtitle: text('subtitle'),
        source: strip(text('source'), labels?.source),
        credit: strip(text('credit'), labels?.credit),
        notes: text('notes'),
      },
      style: {
        fontFamily: style.fontFamily || 'sans-serif',
        // The title's own font (--lnob-title-font-family), as the page shows it.
        titleFontFamily: titleElement ? getComputedStyle(titleElement).fontFamily : undefined,
        text: style.color || '#000',
        muted: getComputedStyle(muted).color || '#555',
        background,
      },
      logo: this.logo(),
      rtl: style.direction === 'rtl',
    };
  }

  /** The image in the chart's `slot="logo"` (the slotted element itself or an `<img>` inside it). */
  private logo(): HTMLImageElement | undefined {
    const slotted = this.host.querySelector(':scope > [slot="logo"]');
    const image = slotted instanceof HTMLImageElement ? slotted : slotted?.querySelector('img');
    return image ?? undefined;
  }

  /** Runs one menu item. Public so tests and pages can call it without the menu. */
  async run(action: Action): Promise<void> {
    if (action === 'listen') return this.listen?.play();
    if (!this.draft || this.busy) return;
    this.busy = true;
    try {
      // Before the drawing (or a redraw) is done, wait for it.
      const view = this.host.view && this.request ? this.host.view : await this.nextDrawing();
      const source = this.source;
      if (!view || !source) return;
      const ex = await loadExporters();
      const chrome = this.chrome();
      const name = (extension: string) => ex.fileName(chrome.text.title, source.fallbackName, extension);
      switch (action) {
        case 'png': {
          const image = await ex.exportPng(source, chrome, view);
          ex.download(image.blob, name(image.fallback ?? 'png'));
          if (image.fallback) this.say(this.strings?.imageBlocked ?? '', 12000);
          break;
        }
        case 'svg':
          ex.download(new Blob([(await ex.exportSvg(source, chrome, view, true)).svg], { type: 'image/svg+xml' }), name('svg'));
          break;
        case 'csv':
          ex.download(new Blob([ex.dataCsv(source.plan.table)], { type: 'text/csv;charset=utf-8' }), name('csv'));
          break;
        case 'embed':
          await this.copy(
            ex.embedCode(
              source,
              [...this.host.attributes].map(({ name, value }) => ({ name, value })),
              chrome,
              (this.host.constructor as { observedAttributes?: readonly string[] }).observedAttributes,
              { kitUrl: kitAddress(), version: KIT_VERSION, firstPaint: this.firstPaint(source) },
            ),
          );
          break;
        default: {
          const preset = ex.SOCIAL_PRESETS.find((p) => p.id === action)!;
          const image = await ex.exportSocial(source, chrome, preset);
          const extension = image.fallback ?? 'png';
          ex.download(image.blob, name(`${preset.id}-${preset.width}x${preset.height}.${extension}`).replace(/\.(\w+-\d+x\d+)\.(png|svg)$/, '-$1.$2'));
          // The page's policy blocks images made in the page (no `img-src blob:`): the reader gets the SVG, and is told why.
          if (image.fallback) this.say(this.strings?.imageBlocked ?? '', 12000);
        }
      }
    } catch (error) {
      console.error('lnob-charts: the export failed.', error);
    } finally {
      this.busy = false;
    }
  }

  /** The next drawing's view, or undefined if the chart cannot be drawn. */
  private nextDrawing(): Promise<View | undefined> {
    return new Promise((resolve) => {
      const done = (event: Event) => {
        this.host.removeEventListener('lnob-render', done);
        this.host.removeEventListener('lnob-error', done);
        resolve(event.type === 'lnob-render' ? this.host.view : undefined);
      };
      this.host.addEventListener('lnob-render', done);
      this.host.addEventListener('lnob-error', done);
    });
  }

  private async copy(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.say(this.strings?.copied ?? 'Copied');
    } catch {
      // No clipboard (an insecure page, a refused permission): show the code, selected, to copy by hand.
      this.fallbackCode = code;
      this.host.requestUpdate();
      await this.host.updateComplete;
      const dialog = this.root.querySelector<HTMLDialogElement>('.lnob-share-dialog');
      dialog?.showModal();
      dialog?.querySelector('textarea')?.select();
    }
  }

  private readonly closeDialog = (): void => {
    this.root.querySelector<HTMLDialogElement>('.lnob-share-dialog')?.close();
    this.fallbackCode = '';
    this.host.requestUpdate();
  };

  private readonly choose = (action: Action) => (): void => {
    this.setOpen(false, 'button');
    void this.run(action);
  };

  render(): TemplateResult | typeof nothing {
    const s = this.strings;
    if (!this.draft || !s) return nothing;
    const label: Record<Action, string> = {
      png: s.png,
      svg: s.svg,
      csv: s.csv,
      square: `${s.square} (1080 × 1080)`,
      portrait: `${s.portrait} (1080 × 1350)`,
      landscape: `${s.landscape} (1200 × 675)`,
      embed: s.embed,
      listen: this.listen?.label ?? '',
    };
    return html`
      <div class="lnob-share" part="menu" @focusout=${this.onFocusOut}>
        <button
          type="button"
          class="lnob-share-button"
          part="menu-button"
          aria-haspopup="menu"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="share-menu"
          @click=${this.onButtonClick}
          @keydown=${this.onButtonKey}
        >
          ${s.button}
        </button>
        <div id="share-menu" class="lnob-share-menu" role="menu" aria-label=${s.label} ?hidden=${!this.open} @keydown=${this.onMenuKey}>
          ${[...ACTIONS, ...(this.listen ? (['listen'] as const) : [])].map(
            (action) => html`<button type="button" role="menuitem" tabindex="-1" data-action=${action} @click=${this.choose(action)}>${label[action]}</button>`,
          )}
        </div>
        <span class="lnob-share-status" role="status">${this.status}</span>
        ${this.fallbackCode
          ? html`<dialog class="lnob-share-dialog" aria-label=${s.copyYourself} @close=${this.closeDialog}>
              <p>${s.copyYourself}</p>
              <textarea readonly rows="8" aria-label=${s.embed} .value=${this.fallbackCode}></textarea>
              <button type="button" @click=${this.closeDialog}>${s.close}</button>
            </dialog>`
          : nothing}
      </div>
    `;
  }
}

export const shareMenuStyles = css`
  /* The table button and the share button side by side; the table, when shown, on its own line below them. */
  .lnob-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em;
  }
  .lnob-actions > .lnob-table {
    flex: 1 0 100%;
    order: 1;
  }
  .lnob-actions:empty {
    display: none;
  }
  .lnob-share {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_muted, #57606a);
  }
  .lnob-share-button,
  .lnob-share-menu button,
  .lnob-share-dialog button {
    ${smallButton}
  }
  .lnob-share-menu {
    position: absolute;
    z-index: 10;
    inset-block-start: 100%;
    inset-inline-start: 0;
    display: flex;
    flex-direction: column;
    min-width: min(16em, calc(100vw - 16px));
    width: max-content;
    /* Never wider than the screen (less a margin each side): items wrap instead (keep-in-viewport.ts moves it in). */
    max-width: calc(100vw - 16px);
    box-sizing: border-box;
    margin-top: 0.2em;
    padding: 0.25em;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius, 2px);
    background: var(--_background, #fff);
    color: var(--_text, #1f2328);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .lnob-share-menu[hidden] {
    display: none;
  }
  .lnob-share-menu button {
    overflow-wrap: anywhere;
    border: 0;
    text-align: start;
    font-size: 0.9em;
  }
  .lnob-share-menu button:hover {
    background: var(--_grid);
  }
  .lnob-share button:focus-visible {
    outline: 2px solid var(--_accent, #1f6fb2);
    outline-offset: 2px;
  }
  .lnob-share-status:empty {
    display: none;
  }
  .lnob-share-dialog textarea {
    display: block;
    width: min(40em, 80vw);
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  @media print {
    .lnob-share {
      display: none !important;
    }
  }
`;
