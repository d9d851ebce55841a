import { registerFolder } from '../registry.js';
import type { TemplateFolder } from '../types.js';
import { survey } from './survey.js';
import { english } from './words.js';

/** This folder as the registry lists it: the template, its words in every kit language, its samples. Registered when it loads: on first use (templates/built-in.ts), or with every other (templates/index.ts). */
export const folder: TemplateFolder = {
  template: survey,
  words: { en: english, fr: () => import('./words.fr.js'), es: () => import('./words.es.js'), pt: () => import('./words.pt.js'), ar: () => import('./words.ar.js') },
  catalogue: () => import('./sample.js'),
};

registerFolder(folder);
