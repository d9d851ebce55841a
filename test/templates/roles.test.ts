import { expect } from '@open-wc/testing';
import '../../index.js';
import { getTemplate, templateIds } from '../../templates/index.js';
import type { ChartTemplate } from '../../templates/types.js';
import { cleanup, failed } from '../helpers.js';
import { chartMarkup } from './util.js';

/** Two rows for a template's required roles, in which the first column of numbers or dates holds words instead. */
function mistyped(template: ChartTemplate): { csv: string; column: string } | undefined {
  const required = template.roles.filter((role) => role.required);
  const wrong = required.find((role) => role.type === 'quantitative' || role.type === 'temporal');
  if (!wrong) return undefined;
  const cell = (role: (typeof required)[number], i: number) =>
    role === wrong ? ['many', 'few'][i] : role.type === 'quantitative' ? String(10 + i) : role.type === 'temporal' ? String(2015 + i) : role.type === 'geo' ? ['KEN', 'PER'][i] : ['A', 'B'][i];
  const rows = [0, 1].map((i) => required.map((role) => cell(role, i)).join(','));
  return { csv: [required.map((role) => role.name).join(','), ...rows].join('\n'), column: wrong.name };
}

/** A required column holding the wrong kind of data gives the element's plain-words `wrong-type` error, for every template. */
describe('mistyped required columns', () => {
  afterEach(cleanup);
  for (const id of templateIds()) {
    const example = mistyped(getTemplate(id)!);
    if (!example) continue;
    it(`${id}: a "${example.column}" column without ${example.column === 'time' ? 'years' : 'numbers'} is a wrong-type error`, async () => {
      const { error, alert } = await failed(chartMarkup(id, example.csv));
      expect(error.code).to.equal('wrong-type');
      expect(alert.textContent).to.contain(`"${example.column}"`);
    });
  }
});
