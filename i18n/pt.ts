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
    noValues: 'Não há valores para mostrar.',
    percentagePoints: (amount) => `${amount} pontos percentuais`,
    dotChart: (title, counts) =>
      `Gráfico de pontos${title ? `: ${title}` : ''}${counts ? `, ${counts.categories} ${counts.categories === 1 ? 'categoria' : 'categorias'}, ${counts.groups} ${counts.groups === 1 ? 'grupo' : 'grupos'}` : ''}.`,
    noGaps: 'Sem diferenças: os grupos têm o mesmo valor em cada categoria.',
    largestGap: (category, gap, ahead, aheadValue, behind, behindValue) => `Maior diferença: ${category}, ${gap} entre ${ahead} (${aheadValue}) e ${behind} (${behindValue}).`,
    isBehind: (group) => `${group} está ficando para trás.`,
    lineChart: (title, lines, from, to) =>
      `Gráfico de linhas${title ? `: ${title}` : ''}${lines !== undefined ? `, ${lines} ${lines === 1 ? 'linha' : 'linhas'}` : ''}${from !== undefined ? `, ${from}–${to}` : ''}.`,
    oneYearOnly: 'Cada linha tem valor de um só ano, então não é possível mostrar mudança.',
    lineChange: (name, rose, amount, from, to, most) => {
      const who = name || 'A linha';
      const what = `${rose ? 'subiu' : 'caiu'} ${amount}, de ${from} para ${to}.`;
      return most ? `Maior mudança: ${who}, que ${what}` : `${who} ${what}`;
    },
    lineSteady: (name, value, most) => {
      const who = name || 'A linha';
      return most ? `Maior mudança: ${who}, que se manteve em ${value}.` : `${who} se manteve em ${value}.`;
    },
    latestValue: (series, value, year) => (series === null ? `Último valor: ${value} (${year}).` : `${series}: último valor ${value} (${year}).`),
    unnamed: 'Sem nome',
    relativeTarget: (factor, times, year, value) =>
      `${factor === 0.5 ? 'metade do' : factor === 0.25 ? 'um quarto do' : factor === 2 ? 'o dobro do' : `${times} vezes o`} valor de ${year}, ${value}`,
    targetIs: (label, value, relative) => `${label}: ${value}${relative ? ` (${relative})` : ''}.`,
    projection: (baselineYear, fromFirstValue, projected, targetYear, verdict) =>
      `No ritmo de mudança desde ${baselineYear}${fromFirstValue ? ' (sem valores desde o ano de referência, então a partir do primeiro valor)' : ''}, chegaria a ${projected} em ${targetYear}: ${verdict}.`,
    reached: (reached, year, verdict) => `${reached ? 'Alcançada' : 'Não alcançada'} em ${year}: ${verdict}.`,
    noVerdict: (reason) => `Sem veredito: ${reason}.`,
    reasonNoValues: 'não há valores',
    reasonTwoYears: (baselineYear) => `são necessários valores de pelo menos dois anos desde ${baselineYear}`,
    reasonGrowth: 'uma taxa de crescimento precisa de valores acima de zero',
    noTarget: 'Nenhuma meta foi definida, então não há veredito.',
    verdictCounts: (on, names, more, off, none) =>
      `${on} no caminho certo${names.length ? ` (${names.join(', ')}${more ? ', …' : ''})` : ''}; ${off} fora do caminho${none ? `; ${none} sem veredito` : ''}.`,
    stackedChart: (title, count) =>
      `Gráfico de barras empilhadas 100%${title ? `: ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'barra' : 'barras'}` : ''}.`,
    stackedBar: (category, parts) => `${category}: ${parts.map((p) => `${p.name} ${p.share}`).join(', ')}.`,
    moreBars: (count) => (count === 1 ? 'E mais 1 barra.' : `E mais ${count} barras.`),
    waffleChart: (title) => `Gráfico de waffle${title ? `: ${title}` : ''}.`,
    waffleShare: (category, share, squares) => `${category}: ${share} (${squares} de 100 quadrados).`,
    surveyResults: (title, count) =>
      `Resultados da pesquisa${title ? `: ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'resposta' : 'respostas'}` : ''}.`,
    respondents: (count) => `Pessoas entrevistadas: ${count}`,
    respondentsRange: (low, high) => `Pessoas entrevistadas por resposta: ${low}–${high}`,
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
