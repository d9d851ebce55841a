import { defineOnce } from '../shared/define.js';
import { LnobStat } from './lnob-stat.component.js';

export { LnobStat };

defineOnce('lnob-stat', LnobStat);

declare global {
  interface HTMLElementTagNameMap {
    'lnob-stat': LnobStat;
  }
}
