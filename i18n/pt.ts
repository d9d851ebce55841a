import type { UiStrings } from './strings.js';

/** Português. */
export const strings: UiStrings = {
  lang: 'pt',
  dir: 'ltr',
  cannotShow: 'Este gráfico não pode ser exibido.',
  source: 'Fonte:',
  credit: 'Gráfico:',
  table: {
    show: 'Mostrar os dados em tabela',
    hide: 'Ocultar a tabela',
    more: (shown, total) => `Mostrando as primeiras ${shown} de ${total} linhas.`,
    download: 'Baixar todas as linhas (CSV)',
  },
  summary: {
    noData: 'Sem dados',
    target: (year) => `Meta ${year}`,
    onTrack: 'no caminho certo',
    offTrack: 'fora do caminho',
    highest: (name, value) => `Maior valor: ${name}, ${value}.`,
    lowest: (name, value) => `Menor valor: ${name}, ${value}.`,
    barChart: (title, count) => `Gráfico de barras${title ? `: ${title}` : ''}, ${count} ${count === 1 ? 'barra' : 'barras'}.`,
  },
  menu: {
    button: 'Compartilhar',
    label: 'Compartilhar ou baixar este gráfico',
    png: 'Baixar imagem (PNG)',
    svg: 'Baixar imagem vetorial (SVG)',
    csv: 'Baixar dados (CSV)',
    square: 'Imagem para redes sociais: quadrada',
    portrait: 'Imagem para redes sociais: retrato',
    landscape: 'Imagem para redes sociais: paisagem',
    embed: 'Copiar código de incorporação',
    copied: 'Copiado',
    copyYourself: 'Copie este código para colocar o gráfico na sua página',
    close: 'Fechar',
    fileName: 'grafico',
  },
};
export default strings;
