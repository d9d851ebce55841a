import type { english } from './words.js';

/** Português: the map chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  noData: 'Sem dados',
  areasHead: (title) => (title ? `Mapa: ${title}.` : 'Mapa.'),
  areasWithData: (count) => `${count} ${count === 1 ? 'área' : 'áreas'} com dados.`,
  areasMissing: (missing, total) => `${missing} das ${total} áreas do mapa não ${missing === 1 ? 'tem' : 'têm'} dados.`,
  areasNone: 'Não há valores para mostrar.',
  areasHighlighted: (label, names) => (names.length ? `${label}: ${names.length} ${names.length === 1 ? 'área' : 'áreas'} — ${names.join(', ')}.` : 'Nenhuma área destacada.'),
  notOnShapes: (list) => `Fora do mapa (nenhuma área com esse nome no arquivo de limites): ${list}.`,
  mapDisclaimer: 'As fronteiras e os nomes indicados e as designações usadas neste mapa não implicam endosso nem aceitação oficial por parte dos autores deste gráfico ou das suas fontes de dados.',
  mapAttribution: 'Mapa: Natural Earth (via world-atlas)',
  mapDisclaimerShort: 'As fronteiras não implicam endosso.',
};
