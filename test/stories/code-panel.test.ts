import { expect, fixture, html } from '@open-wc/testing';
import '../../stories/code-panel.js';
import type { LnobCodePanel } from '../../stories/code-panel.js';

const CODE = '<lnob-chart template="ranked-bar"></lnob-chart>';

function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => delete (navigator as unknown as { clipboard?: unknown }).clipboard;
}

function stubCommand(result: boolean): () => void {
  const original = document.execCommand;
  document.execCommand = () => result;
  return () => (document.execCommand = original);
}

const status = (panel: LnobCodePanel) => panel.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('the "Copy" button', () => {
  it('shows the code as text and copies it with the clipboard API', async () => {
    const panel = await fixture<LnobCodePanel>(html`<lnob-code-panel .code=${CODE}></lnob-code-panel>`);
    expect(panel.shadowRoot!.querySelector('code')!.textContent).to.equal(CODE);
    let copied = '';
    const restore = stubClipboard(async (text) => void (copied = text));
    try {
      panel.shadowRoot!.querySelector('button')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await panel.updateComplete;
    } finally {
      restore();
    }
    expect(copied).to.equal(CODE);
    expect(status(panel)).to.equal('Copied.');
  });

  it('falls back to the copy command where the clipboard API is refused', async () => {
    const panel = await fixture<LnobCodePanel>(html`<lnob-code-panel .code=${CODE}></lnob-code-panel>`);
    const restoreClipboard = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const restoreCommand = stubCommand(true);
    try {
      expect(await panel.copy()).to.equal('command');
    } finally {
      restoreCommand();
      restoreClipboard();
    }
    await panel.updateComplete;
    expect(status(panel)).to.equal('Copied.');
  });

  it('selects the code and says how to copy it when nothing else works', async () => {
    const panel = await fixture<LnobCodePanel>(html`<lnob-code-panel .code=${CODE}></lnob-code-panel>`);
    const restoreClipboard = stubClipboard(() => Promise.reject(new Error('no clipboard')));
    const restoreCommand = stubCommand(false);
    try {
      expect(await panel.copy()).to.equal('selected');
    } finally {
      restoreCommand();
      restoreClipboard();
    }
    await panel.updateComplete;
    expect(status(panel)).to.match(/Ctrl\+C/);
    expect(window.getSelection()!.toString()).to.equal(CODE);
  });
});
