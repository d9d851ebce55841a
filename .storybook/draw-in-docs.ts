import type { Decorator } from '@storybook/web-components-vite';

/**
 * On a docs page every story is drawn one under the other. A chart normally
 * waits until it is scrolled near, so a reader who opens a page and scrolls
 * sees empty frames fill in one by one; on docs pages charts draw at once
 * (`eager`). Only the catalogue's frame changes: the snippets never carry it.
 */
export const drawAtOnceInDocs: Decorator = (story, context) => {
  const output = story();
  if (context.viewMode === 'docs' && output instanceof Element) {
    const charts = [...(output.matches('lnob-chart') ? [output] : []), ...output.querySelectorAll('lnob-chart')];
    for (const chart of charts) chart.setAttribute('eager', '');
  }
  return output;
};
