import type { A11yStrings } from '../../i18n/strings.js';
import type { DataPoint, DataPoints } from '../../render/data-points.js';
import type { Announcer } from './announcer.js';
import { pointTone, Sonification, SPEEDS } from './sonification.js';

/**
 * Listening to a chart, by keyboard (while the drawing has focus) and from the share menu's "Listen to the chart":
 *
 * | key | does |
 * |---|---|
 * | L (not on maps, where letters find countries) | listening on: plays the whole chart, then every point moved to plays its tone; L again: off |
 * | Space | pauses and resumes the chart playing |
 * | Escape | stops it |
 * | + / − | faster / slower (×0.5 to ×2), from the next play |
 */
export interface ListeningHost {
  readonly points: () => DataPoints;
  readonly words: () => A11yStrings;
  readonly lang: () => string | undefined;
  readonly announcer: Announcer;
  /** Moves the focus ring to the point that sounds (not called under prefers-reduced-motion). */
  readonly follow: (series: number, index: number) => void;
}

export class Listening {
  readonly sound = new Sonification();
  /** Listening is on: moving to a point plays its tone. */
  on = false;

  constructor(private readonly host: ListeningHost) {}

  /** Handles a key of the drawing; true when it was listening's. */
  key(event: KeyboardEvent): boolean {
    const words = this.host.words();
    switch (event.key) {
      case 'l':
      case 'L':
        if (this.host.points().byValue) return false; // a map: letters jump to countries by name (listen from the menu)
        if (this.on) this.off();
        else this.play();
        return true;
      case ' ':
      case 'Spacebar': {
        const now = this.sound.togglePause();
        if (!now) return false;
        this.host.announcer.say(now === 'paused' ? words.paused : words.listening);
        return true;
      }
      case 'Escape':
        if (!this.sound.playing) return false;
        this.sound.stop();
        this.host.announcer.say(words.stopped);
        return true;
      case '+':
      case '=':
      case '-':
      case '−': {
        if (!this.on) return false;
        const index = SPEEDS.indexOf(this.sound.speed as (typeof SPEEDS)[number]);
        const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, index + (event.key === '-' || event.key === '−' ? -1 : 1)))]!;
        this.sound.speed = next;
        this.host.announcer.say(words.speed(new Intl.NumberFormat(this.host.lang() ?? 'en').format(next)));
        return true;
      }
      default:
        return false;
    }
  }

  /** Listening on, and the whole chart played from the start. */
  play(): void {
    this.on = true;
    this.host.announcer.say(this.host.words().listening);
    this.sound.play(this.host.points(), (tone) => this.host.follow(tone.series, tone.point));
  }

  off(): void {
    this.on = false;
    this.sound.stop();
    this.host.announcer.say(this.host.words().toneOff);
  }

  /** A point was reached by keyboard: its tone, when listening is on and the chart is not playing. */
  reached(point: DataPoint, series: number): void {
    if (!this.on || this.sound.playing) return;
    const tone = pointTone(this.host.points(), series, point);
    if (tone) this.sound.tone(tone);
  }

  stop(): void {
    this.on = false;
    this.sound.stop();
  }
}
