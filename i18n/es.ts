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
