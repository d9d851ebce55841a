import type { UiStrings } from './strings.js';

/** Español. */
export const strings: UiStrings = {
  lang: 'es',
  dir: 'ltr',
  cannotShow: 'Este gráfico no se puede mostrar.',
  source: 'Fuente:',
  credit: 'Gráfico:',
  table: {
    show: 'Mostrar los datos como tabla',
    hide: 'Ocultar la tabla',
    more: (shown, total) => `Se muestran las primeras ${shown} de ${total} filas.`,
    download: 'Descargar todas las filas (CSV)',
  },
  summary: {
    noData: 'Sin datos',
    target: (year) => `Meta ${year}`,
    onTrack: 'en camino',
    offTrack: 'fuera de camino',
    highest: (name, value) => `Valor más alto: ${name}, ${value}.`,
    lowest: (name, value) => `Valor más bajo: ${name}, ${value}.`,
    barChart: (title, count) => `Gráfico de barras${title ? `: ${title}` : ''}, ${count} ${count === 1 ? 'barra' : 'barras'}.`,
    noValues: 'No hay valores para mostrar.',
    percentagePoints: (amount) => `${amount} puntos porcentuales`,
    dotChart: (title, counts) =>
      `Gráfico de puntos${title ? `: ${title}` : ''}${counts ? `, ${counts.categories} ${counts.categories === 1 ? 'categoría' : 'categorías'}, ${counts.groups} ${counts.groups === 1 ? 'grupo' : 'grupos'}` : ''}.`,
    noGaps: 'Sin brechas: los grupos tienen el mismo valor en cada categoría.',
    largestGap: (category, gap, ahead, aheadValue, behind, behindValue) => `Mayor brecha: ${category}, ${gap} entre ${ahead} (${aheadValue}) y ${behind} (${behindValue}).`,
    isBehind: (group) => `${group} se está quedando atrás.`,
    lineChart: (title, lines, from, to) =>
      `Gráfico de líneas${title ? `: ${title}` : ''}${lines !== undefined ? `, ${lines} ${lines === 1 ? 'línea' : 'líneas'}` : ''}${from !== undefined ? `, ${from}–${to}` : ''}.`,
    oneYearOnly: 'Cada línea tiene un valor de un solo año, así que no se puede mostrar ningún cambio.',
    lineChange: (name, rose, amount, from, to, most) => {
      const who = name || 'La línea';
      const what = `${rose ? 'subió' : 'bajó'} ${amount}, de ${from} a ${to}.`;
      return most ? `Mayor cambio: ${who}, que ${what}` : `${who} ${what}`;
    },
    lineSteady: (name, value, most) => {
      const who = name || 'La línea';
      return most ? `Mayor cambio: ${who}, que se mantuvo en ${value}.` : `${who} se mantuvo en ${value}.`;
    },
    latestValue: (series, value, year) => (series === null ? `Último valor: ${value} (${year}).` : `${series}: último valor ${value} (${year}).`),
    unnamed: 'Sin nombre',
    relativeTarget: (factor, times, year, value) =>
      `${factor === 0.5 ? 'la mitad del' : factor === 0.25 ? 'la cuarta parte del' : factor === 2 ? 'el doble del' : `${times} veces el`} valor de ${year}, ${value}`,
    targetIs: (label, value, relative) => `${label}: ${value}${relative ? ` (${relative})` : ''}.`,
    projection: (baselineYear, fromFirstValue, projected, targetYear, verdict) =>
      `Al ritmo de cambio desde ${baselineYear}${fromFirstValue ? ' (sin valores desde el año de referencia, así que desde el primer valor)' : ''}, llegaría a ${projected} en ${targetYear}: ${verdict}.`,
    reached: (reached, year, verdict) => `${reached ? 'Alcanzada' : 'No alcanzada'} en ${year}: ${verdict}.`,
    noVerdict: (reason) => `Sin veredicto: ${reason}.`,
    reasonNoValues: 'no tiene valores',
    reasonTwoYears: (baselineYear) => `necesita valores de al menos dos años desde ${baselineYear}`,
    reasonGrowth: 'una tasa de crecimiento necesita valores mayores que cero',
    noTarget: 'No hay una meta fijada, así que no hay veredicto.',
    verdictCounts: (on, names, more, off, none) =>
      `${on} en camino${names.length ? ` (${names.join(', ')}${more ? ', …' : ''})` : ''}; ${off} fuera de camino${none ? `; ${none} sin veredicto` : ''}.`,
    stackedChart: (title, count) =>
      `Gráfico de barras apiladas al 100 %${title ? `: ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'barra' : 'barras'}` : ''}.`,
    stackedBar: (category, parts) => `${category}: ${parts.map((p) => `${p.name} ${p.share}`).join(', ')}.`,
    moreBars: (count) => (count === 1 ? 'Y 1 barra más.' : `Y ${count} barras más.`),
    waffleChart: (title) => `Gráfico de waffle${title ? `: ${title}` : ''}.`,
    waffleShare: (category, share, squares) => `${category}: ${share} (${squares} de 100 cuadrados).`,
    surveyResults: (title, count) =>
      `Resultados de la encuesta${title ? `: ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'respuesta' : 'respuestas'}` : ''}.`,
    respondents: (count) => `Personas encuestadas: ${count}`,
    respondentsRange: (low, high) => `Personas encuestadas por respuesta: ${low}–${high}`,
  },
  menu: {
    button: 'Compartir',
    label: 'Compartir o descargar este gráfico',
    png: 'Descargar imagen (PNG)',
    svg: 'Descargar imagen vectorial (SVG)',
    csv: 'Descargar datos (CSV)',
    square: 'Imagen para redes sociales: cuadrada',
    portrait: 'Imagen para redes sociales: vertical',
    landscape: 'Imagen para redes sociales: horizontal',
    embed: 'Copiar código para insertar',
    copied: 'Copiado',
    copyYourself: 'Copie este código para poner el gráfico en su página',
    close: 'Cerrar',
    fileName: 'grafico',
  },
};
export default strings;
