import type { english } from './words.js';

/** Français: the map chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  noData: 'Pas de données',
  areasHead: (title) => (title ? `Carte : ${title}.` : 'Carte.'),
  areasWithData: (count) => `${count} ${count <= 1 ? 'zone' : 'zones'} avec des données.`,
  areasMissing: (missing, total) => `${missing} des ${total} zones de la carte ${missing <= 1 ? 'n’a' : 'n’ont'} pas de données.`,
  areasNone: 'Aucune valeur à montrer.',
  areasHighlighted: (label, names) => (names.length ? `${label} : ${names.length} ${names.length <= 1 ? 'zone' : 'zones'} — ${names.join(', ')}.` : 'Aucune zone mise en évidence.'),
  notOnShapes: (list) => `Absent de la carte (aucune zone de ce nom dans le fichier des limites) : ${list}.`,
  mapDisclaimer: 'Les frontières et les noms indiqués ainsi que les désignations employées sur cette carte n’impliquent ni reconnaissance ni acceptation officielles de la part des auteurs de ce graphique ou de ses sources de données.',
  mapAttribution: 'Carte : Natural Earth (via world-atlas)',
  mapDisclaimerShort: 'Ces frontières n’impliquent aucun aval.',
};
