/** Feeding inputs to a chart and judging what the reader gets: shared by the fuzzer and its regression cases. */
import { expect } from '@open-wc/testing';
import type { LnobChart } from '../../index.js';
import { ERROR_CODES } from '../../core/errors.js';
import type { Outcome } from '../helpers.js';
import type { FuzzAttributes, FuzzInput } from './fuzz-inputs.js';

const SCRIPT_TYPES = { csv: 'text/csv', tsv: 'text/tab-separated-values', json: 'application/json' } as const;

/** Feeds one input to a chart that stays on the page (as a site changing its data would). */
export function feed(chart: LnobChart, input: FuzzInput, attributes?: FuzzAttributes): { cleanup(): void } {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null) chart.removeAttribute(name);
    else chart.setAttribute(name, value);
  }
  for (const child of [...chart.children]) child.remove();
  chart.removeAttribute('src');
  chart.data = null; // so the same data object twice still counts as a change
  if (input.kind === 'data') {
    chart.data = input.data as object[];
    return { cleanup() {} };
  }
  if (input.kind === 'unknown') {
    // A file whose address does not say its format: the kit must sniff it.
    const url = URL.createObjectURL(new Blob([input.text]));
    chart.setAttribute('src', url);
    return { cleanup: () => URL.revokeObjectURL(url) };
  }
  const script = document.createElement('script');
  script.type = SCRIPT_TYPES[input.kind];
  script.textContent = input.text;
  chart.append(script);
  return { cleanup() {} };
}

/** What a reader must see after an input: a drawing, or a message with a known, non-internal code. */
export async function checkOutcome(chart: LnobChart, outcome: Outcome): Promise<void> {
  await chart.updateComplete;
  const root = chart.shadowRoot!;
  if (outcome.type === 'lnob-render') {
    expect(root.querySelector('.chart svg, .chart canvas'), 'a render event without a drawing').to.not.equal(null);
    expect(root.querySelector<HTMLElement>('[role="alert"]')!.hidden, 'an error left on screen after a render').to.equal(true);
    return;
  }
  const { code, message } = outcome.detail;
  expect(ERROR_CODES, `unknown error code ${code}`).to.include(code);
  expect(code, message).to.not.equal('internal');
  expect(message.trim().length).to.be.greaterThan(10);
  const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
  expect(alert.hidden).to.equal(false);
  expect(alert.textContent).to.contain(message);
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`frozen: no render or error within ${ms} ms (${what})`)), ms))),
  ]);
}


/** Draws one chart first, so loading Vega (slow on a cold test server) is not counted against the first case's time limit. */
export async function warmUp(): Promise<void> {
  const host = document.createElement('div');
  const chart = document.createElement('lnob-chart');
  chart.setAttribute('eager', '');
  chart.data = [{ category: 'A', value: 1 }];
  const done = new Promise((resolve) => {
    chart.addEventListener('lnob-render', resolve, { once: true });
    chart.addEventListener('lnob-error', resolve, { once: true });
  });
  host.append(chart);
  document.body.append(host);
  await done;
  host.remove();
}

/**
 * Records console.error while active: Vega reports failures inside a running
 * view (an axis that cannot be drawn, say) through its logger and carries on,
 * so a chart can "render" broken. Any such message fails a case.
 */
export function watchConsoleErrors(): { readonly messages: string[]; stop(): void } {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => {
    messages.push(args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' '));
    original.apply(console, args);
  };
  return { messages, stop: () => (console.error = original) };
}
