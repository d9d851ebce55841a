import type { english } from './words.js';

/** Español: the map chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  noData: 'Sin datos',
  areasHead: (title) => (title ? `Mapa: ${title}.` : 'Mapa.'),
  areasWithData: (count) => `${count} ${count === 1 ? 'zona' : 'zonas'} con datos.`,
  areasMissing: (missing, total) => `${missing} de las ${total} zonas del mapa no ${missing === 1 ? 'tiene' : 'tienen'} datos.`,
  areasNone: 'No hay valores que mostrar.',
  areasHighlighted: (label, names) => (names.length ? `${label}: ${names.length} ${names.length === 1 ? 'zona' : 'zonas'} — ${names.join(', ')}.` : 'Ninguna zona resaltada.'),
  notOnShapes: (list) => `No están en el mapa (ninguna zona con ese nombre en el archivo de límites): ${list}.`,
  mapDisclaimer: 'Los límites y los nombres que figuran en este mapa y las denominaciones empleadas en él no implican respaldo ni aceptación oficial por parte de los autores de este gráfico ni de sus fuentes de datos.',
  mapAttribution: 'Mapa: Natural Earth (vía world-atlas)',
  mapDisclaimerShort: 'Los límites no implican respaldo.',
};
