import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

/**
 * Code to copy, with a "Copy" button: the clipboard API where the page may
 * use it, else the older copy command, else the code is selected for the
 * reader to copy with the keyboard.
 */
export class LnobCodePanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-top: 12px;
      font-family: system-ui, sans-serif;
      font-size: 14px;
      color: #1f2328;
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 8px;
      flex-wrap: wrap;
      margin-bottom: 4px;
    }
    .label {
      font-weight: 600;
    }
    button {
      font: inherit;
      padding: 4px 14px;
      border: 1px solid #1f6fb2;
      border-radius: 4px;
      background: #1f6fb2;
      color: #ffffff;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid #c2410c;
      outline-offset: 2px;
    }
    .status {
      color: #1a7f37;
    }
    .note {
      margin: 4px 0;
      color: #57606a;
    }
    pre {
      margin: 0;
      padding: 12px;
      max-height: 22em;
      overflow: auto;
      background: #f6f8fa;
      border: 1px solid #d0d7de;
      border-radius: 4px;
      font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      white-space: pre;
    }
  `;

  /** The code shown and copied. */
  @property() code = '';
  /** The label above the code. */
  @property() label = 'Copy this into your page';
  /** A note under the label (e.g. why there is no integrity hash). */
  @property() note = '';

  @state() private status = '';
  @query('code') private codeElement!: HTMLElement;

  protected override render() {
    return html`
      <div class="bar">
        <span class="label" id="label">${this.label}</span>
        <button type="button" @click=${this.copy}>Copy</button>
        <span class="status" role="status">${this.status}</span>
      </div>
      ${this.note ? html`<p class="note">${this.note}</p>` : nothing}
      <pre tabindex="0" role="region" aria-labelledby="label"><code>${this.code}</code></pre>
    `;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('code')) this.status = '';
  }

  /** Copies the code; resolves with how it went. */
  async copy(): Promise<'clipboard' | 'command' | 'selected'> {
    try {
      await navigator.clipboard.writeText(this.code);
      this.status = 'Copied.';
      return 'clipboard';
    } catch {
      // No clipboard API here (an old browser, an insecure page, a frame without permission): try the old way.
    }
    if (copyWithCommand(this.code, this.renderRoot as ShadowRoot)) {
      this.status = 'Copied.';
      return 'command';
    }
    const selection = window.getSelection();
    selection?.selectAllChildren(this.codeElement);
    this.status = 'Press Ctrl+C (⌘C on a Mac) to copy the selected code.';
    return 'selected';
  }
}

function copyWithCommand(text: string, root: ShadowRoot): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none';
  root.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

if (!customElements.get('lnob-code-panel')) customElements.define('lnob-code-panel', LnobCodePanel);

declare global {
  interface HTMLElementTagNameMap {
    'lnob-code-panel': LnobCodePanel;
  }
}
