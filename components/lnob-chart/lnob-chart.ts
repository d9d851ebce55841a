import '../../templates/built-in.js';
import { defineOnce } from '../shared/define.js';
import { LnobChart } from './lnob-chart.component.js';

export { LnobChart };

// The built-in templates are known above (their code loads on first use), before the element is defined, so it
// observes their option attributes.
defineOnce('lnob-chart', LnobChart);

declare global {
  interface HTMLElementTagNameMap {
    'lnob-chart': LnobChart;
  }
}
