/**
 * The gallery's matrix — every template (its first sample) × built-in theme × phone and desktop width — and the
 * page that shows it (stories/gallery.stories.ts). The visual snapshots (test/visual/) draw the same matrix.
 */
import '../index.js';
import { samples, sampleMarkup, type Sample } from '../templates/samples/index.js';

export const GALLERY_THEMES = ['default', 'dark', 'high-contrast', 'sdg'] as const;
export const GALLERY_WIDTHS = [360, 800] as const;

/** Each template's first sample: the one its catalogue page opens with. */
export const firstSamples = (): Sample[] => samples.filter((sample, i) => samples.findIndex((other) => other.template === sample.template) === i);

export function gallery({ lang }: { readonly lang: string }): HTMLElement {
  const page = document.createElement('div');
  page.lang = lang;
  page.className = 'lnob-gallery';
  page.style.cssText = 'display: grid; gap: 32px; font: 14px system-ui, sans-serif;';
  for (const sample of firstSamples()) {
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = sample.template;
    heading.style.cssText = 'margin: 0 0 8px; font-size: 18px;';
    const row = document.createElement('div');
    // One row per template: the four themes side by side, each at both widths; the page scrolls sideways.
    row.style.cssText = 'display: flex; gap: 16px; align-items: flex-start; overflow-x: auto; padding-bottom: 8px;';
    for (const theme of GALLERY_THEMES) {
      for (const width of GALLERY_WIDTHS) {
        const frame = document.createElement('figure');
        frame.style.cssText = `flex: none; width: ${width}px; margin: 0;`;
        const caption = document.createElement('figcaption');
        caption.textContent = `${theme} · ${width} px`;
        caption.style.cssText = 'font-size: 12px; margin-bottom: 4px;';
        frame.append(caption);
        frame.insertAdjacentHTML('beforeend', sampleMarkup(sample, { eager: '', theme, lang }));
        row.append(frame);
      }
    }
    section.append(heading, row);
    page.append(section);
  }
  return page;
}

