/**
 * The design notes' pictures of every template: its first sample at 360 px and the three share images the share
 * menu makes (square, portrait, landscape), taken in the bundled font by `npm run design-pictures` and committed
 * under stories/images/design/, with the chart's own summary as their words.
 */
import pictures from './images/design/pictures.json';
import { getTemplate } from '../templates/index.js';

export interface DesignPicture {
  readonly id: string;
  readonly name: string;
  readonly alt: string;
  /** Phone (360 px), then the share images, each with what it is. */
  readonly shots: readonly { readonly kind: string; readonly phone: boolean; readonly src: string }[];
}

const KINDS: Record<string, string> = {
  phone: 'On a phone, 360 px',
  square: 'Share image, square 1080 × 1080',
  portrait: 'Share image, portrait 1080 × 1350',
  landscape: 'Share image, landscape 1200 × 675',
};

export function designPictures(): DesignPicture[] {
  return pictures.flatMap(({ template, alt, files }) => {
    const registered = getTemplate(template);
    if (!registered) return [];
    const shots = Object.entries(files).map(([kind, file]) => ({
      kind: KINDS[kind] ?? kind,
      phone: kind === 'phone',
      // A literal folder in `new URL`: the bundler copies the pictures into the built catalogue.
      src: new URL(`./images/design/${file}`, import.meta.url).href,
    }));
    return [{ id: template, name: registered.name, alt, shots }];
  });
}
