import type { DataPoint, DataPoints } from '../../render/data-points.js';

/**
 * A chart heard as sound (issue 22): each series plays as a pitch contour,
 * Web Audio only, no dependency. Pitch from value (higher is higher, on a
 * musical, logarithmic scale over two octaves), time from order, one timbre
 * per series, and a short tick at the pitch of the target or reference line
 * before each series. The schedule is plain data (`toneSchedule`), so tests
 * can check it and render it in an OfflineAudioContext.
 */
export interface Tone {
  /** Seconds from the start of playback. */
  readonly start: number;
  readonly duration: number;
  readonly frequency: number;
  readonly wave: OscillatorType;
  /** A data point, or the tick at the target line. */
  readonly kind: 'tone' | 'tick';
  readonly series: number;
  /** The point's index in its series (-1 for a tick). */
  readonly point: number;
}

export const LOW_HZ = 220;
export const HIGH_HZ = 880;
/** One point's time at speed 1, in seconds; a tone sounds for most of it, so tones stay apart. */
export const NOTE_SECONDS = 0.3;
const SOUNDING = 0.7;
const TICK_SECONDS = 0.05;
/** The timbre of each series, in turn. */
const WAVES: readonly OscillatorType[] = ['triangle', 'square', 'sawtooth', 'sine'];
export const SPEEDS = [0.5, 0.75, 1, 1.5, 2] as const;

/** A value's pitch between LOW_HZ and HIGH_HZ (two octaves), on a log scale as the ear hears it. */
export function pitch(value: number, min: number, max: number): number {
  const share = max > min ? (value - min) / (max - min) : 0.5;
  return LOW_HZ * (HIGH_HZ / LOW_HZ) ** Math.max(0, Math.min(1, share));
}

const played = (point: DataPoint): point is DataPoint & { value: number } => !point.projected && point.value !== null;

/** Every tone of the chart, series after series, at a speed (2 = twice as fast). */
export function toneSchedule(points: DataPoints, speed = 1): Tone[] {
  const note = NOTE_SECONDS / speed;
  const values = points.series.flatMap((series) => series.points.filter(played).map((point) => point.value));
  const reference = typeof points.reference === 'number' && Number.isFinite(points.reference) ? points.reference : null;
  if (reference !== null) values.push(reference);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const tones: Tone[] = [];
  let time = 0;
  points.series.forEach((series, s) => {
    const wave = WAVES[s % WAVES.length]!;
    if (!series.points.some(played)) return;
    if (reference !== null) {
      tones.push({ start: time, duration: TICK_SECONDS, frequency: pitch(reference, min, max), wave: 'square', kind: 'tick', series: s, point: -1 });
      time += note;
    }
    series.points.forEach((point, i) => {
      if (!played(point)) return;
      tones.push({ start: time, duration: note * SOUNDING, frequency: pitch(point.value, min, max), wave, kind: 'tone', series: s, point: i });
      time += note;
    });
    time += note; // a rest between series
  });
  return tones;
}

/** The tone of one point, as navigation plays it when listening is on. */
export function pointTone(points: DataPoints, series: number, point: DataPoint): Tone | undefined {
  return toneSchedule(points).find((tone) => tone.kind === 'tone' && tone.series === series && points.series[series]?.points[tone.point] === point);
}

/** Schedules tones on an audio context (a live one, or an OfflineAudioContext in tests), from `at` seconds. */
export function scheduleTones(context: BaseAudioContext, tones: readonly Tone[], at = context.currentTime): void {
  for (const tone of tones) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = tone.wave;
    oscillator.frequency.value = tone.frequency;
    // A soft start and end, so tones do not click; square and sawtooth waves are louder, so quieter.
    const level = tone.kind === 'tick' ? 0.25 : tone.wave === 'square' || tone.wave === 'sawtooth' ? 0.08 : 0.2;
    const start = at + tone.start;
    const end = start + tone.duration;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(level, start + Math.min(0.01, tone.duration / 4));
    gain.gain.setValueAtTime(level, end - Math.min(0.02, tone.duration / 4));
    gain.gain.linearRampToValueAtTime(0, end);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(end + 0.01);
  }
}

/** The total length of a schedule in seconds. */
export function scheduleLength(tones: readonly Tone[]): number {
  return tones.reduce((end, tone) => Math.max(end, tone.start + tone.duration), 0);
}

/**
 * Playback on the page: play, pause and resume, stop, a speed for the next play, and the tone of one point. While a
 * chart plays, `follow` is told which point sounds, so the focus ring can move with it, except for readers who ask
 * for reduced motion.
 */
export class Sonification {
  private context: AudioContext | undefined;
  private frame = 0;
  /** The whole chart is playing (not one point's tone). */
  private whole = false;
  /** Paused by the reader (the context's own state changes only when suspend() has finished). */
  private held = false;
  speed = 1;

  get playing(): boolean {
    return this.whole && this.context !== undefined;
  }

  get paused(): boolean {
    return this.playing && this.held;
  }

  /** Plays the whole chart; `ended` is called when it has played to the end (not when stopped). */
  play(points: DataPoints, follow?: (tone: Tone) => void, ended?: () => void): void {
    this.stop();
    const context = this.newContext();
    if (!context) return;
    this.whole = true;
    const tones = toneSchedule(points, this.speed);
    const start = context.currentTime + 0.05;
    scheduleTones(context, tones, start);
    const length = scheduleLength(tones);
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    let shown = -1;
    const tick = () => {
      if (this.context !== context) return;
      const now = context.currentTime - start;
      if (now > length + 0.1) {
        this.stop();
        ended?.();
        return;
      }
      const index = tones.findLastIndex((tone) => tone.kind === 'tone' && tone.start <= now);
      if (!still && follow && index !== shown && index >= 0) follow(tones[(shown = index)]!);
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  /** Pauses a chart that is playing, or resumes a paused one: what it is now; false when nothing plays. */
  togglePause(): 'paused' | 'playing' | false {
    const context = this.context;
    if (!context || !this.whole) return false;
    const pausing = !this.held;
    this.held = pausing;
    void (pausing ? context.suspend() : context.resume());
    return pausing ? 'paused' : 'playing';
  }

  /** One point's tone (navigation with listening on). */
  tone(tone: Tone): void {
    if (this.playing) return;
    const context = this.newContext();
    if (!context) return;
    scheduleTones(context, [{ ...tone, start: 0 }], context.currentTime + 0.02);
    const done = context;
    setTimeout(() => this.context === done && this.stop(), (tone.duration + 0.2) * 1000);
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    const context = this.context;
    this.context = undefined;
    this.whole = false;
    this.held = false;
    void context?.close().catch(() => undefined);
  }

  private newContext(): AudioContext | undefined {
    this.stop();
    const Context = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Context) return undefined;
    try {
      return (this.context = new Context());
    } catch {
      return undefined; // no audio output: the chart stays silent
    }
  }
}
