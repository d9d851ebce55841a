/**
 * Listening to a chart: the schedule of tones built from the chart's points (one tone per observed value, a timbre
 * per series, a tick at the target), rendered in an OfflineAudioContext and counted as separate sounds; and the
 * controls on the element (L, Space, Escape, the menu item) in the chart's language.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { dataPoints, type DataPoints } from '../../render/data-points.js';
import { scheduleLength, scheduleTones, toneSchedule, type Tone } from '../../components/lnob-chart/sonification.js';
import type { KeyboardOnDemand } from '../../components/lnob-chart/keyboard-on-demand.js';
import { cleanup, rendered } from '../helpers.js';

const sample = (id: string) => samples.find((s) => s.template === id)!;

async function pointsOf(id: string, extra: Record<string, string> = {}): Promise<{ chart: LnobChart; points: DataPoints }> {
  const { chart, outcome } = await rendered(sampleMarkup(sample(id), { eager: '', ...extra }));
  const detail = (await outcome).detail as { plan: Parameters<typeof dataPoints>[0] };
  return { chart, points: dataPoints(detail.plan) };
}

/** Renders tones offline and counts the separate sounds in them (runs of 5 ms windows above a noise floor). */
async function soundsIn(tones: readonly Tone[]): Promise<number> {
  const rate = 8000;
  const context = new OfflineAudioContext(1, Math.ceil((scheduleLength(tones) + 0.1) * rate), rate);
  scheduleTones(context, tones, 0);
  const samples = (await context.startRendering()).getChannelData(0);
  const window = rate / 200;
  let sounds = 0;
  let loud = false;
  for (let start = 0; start < samples.length; start += window) {
    let energy = 0;
    for (let i = start; i < Math.min(samples.length, start + window); i++) energy += samples[i]! ** 2;
    const now = Math.sqrt(energy / window) > 0.005;
    if (now && !loud) sounds++;
    loud = now;
  }
  return sounds;
}

describe('sonification', () => {
  afterEach(cleanup);

  it('trend: one tone per value, a timbre per line, higher values higher', async () => {
    const { points } = await pointsOf('trend');
    const tones = toneSchedule(points);
    const values = points.series.flatMap((s) => s.points.map((p) => p.value));
    expect(tones.filter((t) => t.kind === 'tone')).to.have.length(values.length);
    expect(tones.filter((t) => t.kind === 'tick')).to.have.length(0);
    expect(new Set(tones.map((t) => t.wave)).size).to.equal(points.series.length);
    const first = points.series[0]!.points;
    const pitches = tones.filter((t) => t.series === 0).map((t) => t.frequency);
    for (let i = 1; i < first.length; i++) expect(Math.sign(pitches[i]! - pitches[i - 1]!)).to.equal(Math.sign(first[i]!.value! - first[i - 1]!.value!));
    expect(await soundsIn(tones)).to.equal(tones.length);
  });

  it('progress: observed values only, and a tick at the target line', async () => {
    const { points } = await pointsOf('progress');
    expect(points.reference).to.be.a('number');
    const tones = toneSchedule(points);
    const observed = points.series.flatMap((s) => s.points.filter((p) => !p.projected));
    expect(tones.filter((t) => t.kind === 'tone')).to.have.length(observed.length);
    expect(tones.filter((t) => t.kind === 'tick')).to.have.length(points.series.length);
    expect(await soundsIn(tones)).to.equal(tones.length);
  });

  for (const id of ['ranked-bar', 'disaggregation']) {
    it(`${id}: every bar or dot heard, twice as fast at ×2`, async () => {
      const { points } = await pointsOf(id);
      const tones = toneSchedule(points);
      expect(tones).to.have.length(points.series.reduce((n, s) => n + s.points.length, 0));
      expect(await soundsIn(tones)).to.equal(tones.length);
      expect(scheduleLength(toneSchedule(points, 2))).to.be.below(scheduleLength(tones) / 1.9);
    });
  }

  it('L plays the chart and says so; Space pauses; Escape stops; points then play their tone', async () => {
    const { chart } = await pointsOf('trend', { lang: 'fr' });
    await chart.updateComplete;
    const box = chart.shadowRoot!.querySelector<HTMLElement>('.chart > [role="application"]')!;
    const said = () => chart.shadowRoot!.querySelector('[part="announcer"]')!.textContent!.trim();
    box.focus();
    // The keyboard's code loads on the drawing's first focus: wait for it, as a reader's first key would.
    const { listening } = await (chart as unknown as { keyboard: KeyboardOnDemand }).keyboard.load();
    await sendKeys({ press: 'l' });
    expect(said()).to.match(/^Lecture du graphique/);
    expect(listening.sound.playing).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(said()).to.equal('En pause.');
    expect(listening.sound.paused).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(said()).to.equal('Arrêté.');
    expect(listening.sound.playing).to.equal(false);
    const tones: Tone[] = [];
    const play = listening.sound.tone.bind(listening.sound);
    listening.sound.tone = (tone) => (tones.push(tone), play(tone));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(tones).to.have.length(2);
    expect(tones[1]!.frequency).to.not.equal(tones[0]!.frequency);
    await sendKeys({ press: 'l' });
    expect(said()).to.equal('Son désactivé.');
    await sendKeys({ press: 'ArrowRight' });
    expect(tones).to.have.length(2);
  });

  it('the share menu offers "Listen to the chart"', async () => {
    const { chart } = await pointsOf('ranked-bar');
    await chart.updateComplete;
    const item = chart.shadowRoot!.querySelector<HTMLButtonElement>('[role="menuitem"][data-action="listen"]')!;
    expect(item.textContent!.trim()).to.equal('Listen to the chart');
    item.click();
    const { listening } = await (chart as unknown as { keyboard: KeyboardOnDemand }).keyboard.load();
    expect(listening.sound.playing).to.equal(true);
    listening.stop();
  });
});
