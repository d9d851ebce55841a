/**
 * Resource safety: a page that adds and removes charts all day (a single-page
 * app, a carousel, a live blog) must not grow. After WARM_UP mounts (V8 keeps
 * compiling code for the first several hundred), MEASURED more mounts and
 * removals grow the JS heap by less than 0.5 KiB per mount — heap measured
 * after garbage collection through the DevTools protocol (the `lnob-heap`
 * command, test/safety/heap-plugin.js) — and leave no live Vega views, no
 * observers and no document or window listeners behind.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { beforePrint, resize, visibility } from '../../components/shared/observers.js';
import { liveViewCount } from '../../render/view.js';

const WARM_UP = 1000;
const MEASURED = 500;
const MAX_BYTES_PER_MOUNT = 512;

/** Net listeners added to document and window (added minus removed), by event type. */
const listeners = new Map<string, number>();
const originals: [EventTarget, typeof EventTarget.prototype.addEventListener, typeof EventTarget.prototype.removeEventListener][] = [];

function countListeners(target: EventTarget, name: string): void {
  const add = target.addEventListener;
  const remove = target.removeEventListener;
  originals.push([target, add, remove]);
  target.addEventListener = function (type: string, ...rest: unknown[]) {
    listeners.set(`${name}:${type}`, (listeners.get(`${name}:${type}`) ?? 0) + 1);
    return (add as (...args: unknown[]) => void).call(this, type, ...rest);
  };
  target.removeEventListener = function (type: string, ...rest: unknown[]) {
    listeners.set(`${name}:${type}`, (listeners.get(`${name}:${type}`) ?? 0) - 1);
    return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
  };
}

function netListeners(): Record<string, number> {
  return Object.fromEntries([...listeners].filter(([, count]) => count !== 0));
}

const host = document.createElement('div');
host.style.width = '400px';

/** One chart: created, drawn, removed. */
async function mountOnce(i: number, eager = true): Promise<void> {
  const chart = document.createElement('lnob-chart') as LnobChart;
  if (eager) chart.setAttribute('eager', '');
  chart.setAttribute('title', `Chart ${i}`);
  chart.data = [
    { category: 'North', value: 70 + (i % 7) },
    { category: 'South', value: 50 },
    { category: 'East', value: 60 },
  ];
  const drawn = new Promise<string>((resolve) => {
    chart.addEventListener('lnob-render', () => resolve('render'), { once: true });
    chart.addEventListener('lnob-error', (event) => resolve(`error: ${event.detail.message}`), { once: true });
  });
  host.append(chart);
  const outcome = await drawn;
  if (outcome !== 'render') throw new Error(`mount ${i}: ${outcome}`);
  chart.remove();
}

async function heap(): Promise<number> {
  return (await executeServerCommand<number, undefined>('lnob-heap')) as number;
}

describe('resource safety', function () {
  this.timeout(180_000);
  before(() => {
    document.body.append(host);
    countListeners(document, 'document');
    countListeners(window, 'window');
  });
  after(() => {
    for (const [target, add, remove] of originals) {
      target.addEventListener = add;
      target.removeEventListener = remove;
    }
    host.remove();
  });

  it(`${MEASURED} mounts and removals after ${WARM_UP} warm-up ones grow the heap by < ${MAX_BYTES_PER_MOUNT} bytes each`, async () => {
    const views = liveViewCount();
    for (let i = 0; i < WARM_UP; i++) await mountOnce(i);
    const before = await heap();
    for (let i = 0; i < MEASURED; i++) await mountOnce(WARM_UP + i);
    const after = await heap();
    const perMount = (after - before) / MEASURED;
    console.log(`lnob-charts resources: heap ${before} → ${after} bytes, ${perMount.toFixed(1)} bytes per mount`);
    expect(perMount).to.be.below(MAX_BYTES_PER_MOUNT);
    expect(liveViewCount()).to.equal(views);
  });

  it('leaves no live Vega views, observers or document/window listeners', async () => {
    const views = liveViewCount();
    for (let i = 0; i < 20; i++) await mountOnce(i, i % 2 === 0); // lazy ones too: they use the visibility observer
    expect(liveViewCount()).to.equal(views);
    expect(visibility.size).to.equal(0);
    expect(resize.size).to.equal(0);
    expect(beforePrint.size).to.equal(0);
    expect(netListeners()).to.deep.equal({});
  });

  it('a chart removed before it was drawn leaves nothing either', async () => {
    const views = liveViewCount();
    for (let i = 0; i < 20; i++) {
      const chart = document.createElement('lnob-chart') as LnobChart;
      chart.setAttribute('eager', '');
      chart.data = [{ category: 'A', value: i }];
      host.append(chart);
      if (i % 2) await chart.updateComplete;
      chart.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(liveViewCount()).to.equal(views);
    expect(visibility.size + resize.size + beforePrint.size).to.equal(0);
    expect(netListeners()).to.deep.equal({});
  });
});
