import '../../templates/index.js';
import { defineOnce } from '../shared/define.js';
import { LnobChart } from './lnob-chart.component.js';

export { LnobChart };

// Templates are registered above, before the element is defined, so it observes their option attributes.
defineOnce('lnob-chart', LnobChart);

declare global {
  interface HTMLElementTagNameMap {
    'lnob-chart': LnobChart;
  }
}
