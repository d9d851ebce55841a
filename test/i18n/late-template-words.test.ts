import { expect } from '@open-wc/testing';
import { loadStrings } from '../../i18n/index.js';
import { registerFolder } from '../../templates/registry.js';
import type { TemplateFolder } from '../../templates/types.js';

/**
 * Each template's code loads when a chart first asks for it (templates/built-in.ts), so a template's words may arrive
 * while a language is already being put together for another chart: that chart's strings must still have them.
 */
describe('a template registered while its language loads', () => {
  it('has its words in the strings asked for after it registered', async () => {
    const first = loadStrings('fr'); // still loading: the French file and the registered templates' words
    const folder: TemplateFolder = {
      template: { id: 'late-words-test', name: 'Late', description: 'A template whose code came late.', roles: [], options: [], spec: () => ({ data: { name: 'table' }, mark: 'bar' }) },
      words: {
        en: { lateWordsTest: 'Late chart' },
        fr: () => Promise.resolve({ words: { lateWordsTest: 'Graphique tardif' } }),
        es: () => Promise.resolve({ words: { lateWordsTest: 'Gráfico tardío' } }),
        pt: () => Promise.resolve({ words: { lateWordsTest: 'Gráfico tardio' } }),
        ar: () => Promise.resolve({ words: { lateWordsTest: 'مخطط متأخر' } }),
      },
      catalogue: () => Promise.reject(new Error('no samples')),
    };
    registerFolder(folder);
    const after = await loadStrings('fr');
    expect((after.summary as unknown as Record<string, string>)['lateWordsTest']).to.equal('Graphique tardif');
    expect((await first).lang).to.equal('fr');
  });
});
