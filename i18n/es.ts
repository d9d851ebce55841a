import { listing, quoted } from '../core/lists.js';
import type { LayoutName } from '../core/layouts.js';
import type { RoleType } from '../core/roles.js';
import { conventions, type DateNames } from '../core/known-locales.js';
import type { BadCell, ErrorStrings, KitTranslation, Place } from './strings.js';

const place = (where: Place) =>
  where === 'inline' ? 'El texto de datos dentro del gráfico' : where === 'table' ? 'El cuadro de datos (<table>) dentro del gráfico' : `El archivo "${where.file}"`;
const list = (items: readonly string[], max = 12) => listing(items, max, (count) => ` y ${count} más`);
const columnsAre = (columns: readonly string[]) => `Sus datos tienen estas columnas: ${list(quoted(columns))}.`;
const cell = ([row, text]: BadCell) => `la fila ${row} tiene "${text}"`;
const number = (value: number) => value.toLocaleString('es');
const aggregateFirst = 'Sume (agregue) antes los datos, por ejemplo una fila por región o por año,';
const TYPES: Record<RoleType, string> = { nominal: 'nombres o etiquetas', quantitative: 'números', temporal: 'fechas o años', geo: 'nombres o códigos de país' };
const LAYOUTS: Record<LayoutName, string> = {
  'un-sdg': 'las columnas de una exportación de la Base de Datos Mundial de los ODS de la ONU (SeriesCode, GeoAreaName, TimePeriod, Value)',
  'world-bank': 'una descarga del Banco Mundial (Country Name, Country Code, Indicator Name y una columna por año)',
  'open-sdg': 'un archivo de Open SDG (Year primero, Value al final, con algunas filas en las que todos los desgloses están vacíos)',
  sdmx: 'un archivo SDMX-CSV (REF_AREA o geo, TIME_PERIOD, OBS_VALUE)',
  owid: 'un archivo de Our World in Data (Entity, Code, Year y luego los valores)',
  eurostat: 'una descarga masiva de Eurostat (una primera columna como unit,geo\\time y luego una columna por año)',
  wide: 'columnas con nombres de años (2015, 2016, …)',
  tidy: 'cualquier tabla',
};

const SEP = { ',': 'coma', ';': 'punto y coma', '\t': 'tabulación' } as const;

const SHAPES_ADVICE = 'geoBoundaries, HDX y los institutos nacionales de estadística publican límites como archivos .geojson o .topojson.';
const SHAPES_SIMPLIFY = 'Simplifíquelo antes, por ejemplo en mapshaper.org (Simplify y luego Export como TopoJSON), o use el archivo «simplified» de geoBoundaries.';

const errors: ErrorStrings = {
  notText: (where) => `${place(where)} no es un archivo de texto. Use un archivo CSV, TSV o JSON.`,
  webPage: (where) =>
    `${place(where)} es una página web, no un archivo de datos. Haga que src apunte directamente al archivo .csv, .tsv o .json ` +
    `(para una hoja de Google: Archivo → Compartir → Publicar en la Web → CSV).`,
  emptyFile: (where) => `${place(where)} está vacío. Añada una fila de encabezado y al menos una fila de datos.`,
  headerOnly: (where) => `${place(where)} tiene encabezado pero ninguna fila de datos. Añada al menos una fila debajo del encabezado.`,
  badJson: (where, detail) => `${place(where)} no es JSON válido (${detail}). Compruebe que no falte una coma, unas comillas o un corchete.`,
  notJsonRows: (where) => `${place(where)} debe ser una lista JSON de filas, como [{"category": "North", "value": 70}].`,
  unclosedQuote: (where, line) =>
    `${place(where)} tiene unas comillas (") en la línea ${line} que nunca se cierran: todo lo que sigue se leería como una sola celda. ` +
    `Añada las comillas de cierre, o quite estas.`,
  textAfterQuote: (where, line, cell, after, separator) =>
    `${place(where)}: en la línea ${line}, la celda entre comillas ${cell} va seguida de "${after}" antes del siguiente separador (${SEP[separator]}). ` +
    `Ponga toda la celda dentro de las comillas, o quite las comillas.`,
  tooManyCells: (where, line, cells, columns, value) =>
    `${place(where)}: la línea ${line} tiene ${cells} celdas, pero el encabezado tiene ${columns}. ` +
    (value
      ? `Probablemente es un número escrito con una coma (${value}): póngalo entre comillas ("${value}") o quite la coma (${value.replace(/,/g, '')}).`
      : `Ponga entre comillas la celda que contiene el separador, o añada al encabezado el nombre de columna que falta.`),

  tooSlow: (src, seconds) =>
    `El archivo de datos "${src}" tardó demasiado en cargarse (más de ${number(seconds)} ${seconds === 1 ? 'segundo' : 'segundos'}). Compruebe la dirección o inténtelo de nuevo más tarde.`,
  cors: (host, src) =>
    `El sitio web ${host} no permite que otros sitios lean "${src}". Aloje el archivo en su propio sitio, ` +
    `o pegue los datos dentro del gráfico con un <table> o un <script type="text/csv">.`,
  hostUnreachable: (host, src) =>
    `No se pudo cargar el archivo de datos "${src}": nada respondió en ${host}. Compruebe la dirección (cómo está escrita y su número de puerto) y que el sitio esté en línea.`,
  corsRedirect: (src) =>
    `La dirección "${src}" envía el navegador a otro sitio web (una redirección), y ese sitio no permite que otros sitios lean el archivo. ` +
    `Aloje el archivo en su propio sitio, o pegue los datos dentro del gráfico con un <table> o un <script type="text/csv">.`,
  redirectUnreachable: (src) =>
    `La dirección "${src}" envía el navegador a otra dirección (una redirección), donde nada respondió. Ponga en src la dirección final del archivo y compruebe que esté en línea.`,
  insecureAddress: (src) =>
    `El archivo de datos "${src}" empieza por http:// pero esta página se sirve por https://, así que el navegador lo bloquea. Use la dirección https:// del archivo.`,
  fileTooLarge: (src, megabytes, max) =>
    `El archivo de datos "${src}" ocupa ${number(megabytes)} MB; un gráfico lee archivos de hasta ${number(max)} MB. ` +
    `${aggregateFirst} o quédese solo con las filas y columnas que necesita el gráfico, y guárdelas en un archivo más pequeño.`,
  fileOverLimit: (src, max) =>
    `El archivo de datos "${src}" supera los ${number(max)} MB que un gráfico lee como máximo, así que se dejó de leer. ` +
    `${aggregateFirst} o quédese solo con las filas y columnas que necesita el gráfico, y guárdelas en un archivo más pequeño.`,
  connectionFailed: (src) => `No se pudo cargar el archivo de datos "${src}": falló la conexión. Compruebe la dirección y su conexión.`,
  serverAnswered: (src, status) =>
    `No se pudo cargar el archivo de datos "${src}" (el servidor respondió ${status}). ` +
    (status === 404
      ? 'No hay ningún archivo en esa dirección: compruebe cómo está escrito src y que el archivo esté subido.'
      : status === 401 || status === 403
        ? 'El servidor no permite leerlo: haga público el archivo.'
        : 'Compruebe la dirección o inténtelo de nuevo más tarde.'),

  noSuchColumn: (asked, role, columns) =>
    `No hay ninguna columna "${asked}" (pedida con ${role}-column="${asked}"). ${columnsAre(columns)} Cambie ${role}-column por una de ellas.`,
  needsColumn: (role, type, _meaning, columns, suggestion) =>
    `Este gráfico necesita una columna de ${TYPES[type]} (${role}). ${columnsAre(columns)} ` +
    `Llame "${role}" a esa columna, o añada ${role}-column="${suggestion ?? 'nombre de su columna'}" al gráfico.`,
  oneBound: (given, column, missing) =>
    `El gráfico tiene límites ${given === 'lower' ? 'inferiores' : 'superiores'} (columna "${column}") pero no límites ${missing === 'lower' ? 'inferiores' : 'superiores'}: ` +
    `añada ${missing}-column="…" con el nombre de su columna, o quite ${given}-column. Un intervalo necesita sus dos límites.`,
  duplicateColumn: (column) =>
    `Sus datos tienen más de una columna llamada "${column}", así que el gráfico no sabe cuál usar. Cambie el nombre de las copias para que cada columna tenga un nombre distinto.`,
  notNumbers: (column, cells, more) =>
    `La columna "${column}" debería tener números, pero ${cells.map(cell).join('; ')}${more > 0 ? ` (y ${more} más)` : ''}. ` +
    `Escriba los números como 70 o 69,5 (el signo % está bien) y deje la celda vacía cuando falte el valor.`,
  mixedDecimals: (column) =>
    `La columna "${column}" mezcla puntos y comas decimales (por ejemplo "1.5" y "1,5"). ` +
    `Escriba todos sus números de la misma manera, o añada decimal="." o decimal="," al gráfico.`,
  ambiguousDecimal: (column, example) =>
    `La columna "${column}" tiene números como "${example}", que pueden leerse con separador de miles o con coma decimal. ` +
    `Añada decimal="." si la coma separa los miles, o decimal="," si la coma es la coma decimal.`,
  notDates: (column, bad) =>
    `La columna "${column}" debería tener años o fechas, pero ${cell(bad)}. Escriba los años como 2015 o las fechas como 2015-06-30.`,

  outOfRange: (attribute, value, min, max, integer) =>
    `${attribute}="${value}" está fuera de rango: escriba ${integer ? 'un número entero' : 'un número'} de ${min} a ${max}.`,
  notANumber: (attribute, value) => `${attribute}="${value}" no es un número. Escríbalo como ${attribute}="42.5".`,
  unknownValue: (attribute, value, known) => `${attribute}="${value}" no es un valor que este gráfico conozca. Use uno de estos: ${known.join(', ')}.`,

  unknownTemplate: (name, known) => `No hay ninguna plantilla de gráfico llamada "${name}". Use una de estas: ${known.join(', ')}.`,
  tooManyColumns: (count, max) =>
    `Los datos tienen ${number(count)} columnas; un gráfico puede leer como máximo ${number(max)}. ` +
    'Deje solo las columnas que el gráfico necesita (por ejemplo una columna de nombres y una de números), o ponga los años o los grupos en filas en lugar de columnas.',
  tooManyRows: (count, max) =>
    `Los datos tienen ${number(count)} filas; un gráfico puede dibujar como máximo ${number(max)}. ` +
    `${aggregateFirst} o dibuje menos filas con series-code, countries, years o where.`,
  templateTooManyRows: (_name, id, max, count) =>
    `Este gráfico (template="${id}") puede mostrar como máximo ${number(max)} filas, y estos datos tienen ${number(count)}. ` +
    `${aggregateFirst} o quédese solo con las filas de las que trata su mensaje.`,
  dataNotList: (example) => `La propiedad data debe ser una lista de filas, como ${example}.`,
  dataEmptyList: () => 'La propiedad data es una lista vacía. Dele al menos una fila.',
  dataListUnreadable: (example) =>
    `No se pudo leer la propiedad data (al leerla se produjo un error). Dele una lista simple de filas, como ${example}.`,
  dataHole: (row) =>
    `Falta la fila ${row} de la propiedad data: la lista tiene un hueco ahí. Dé cada fila como un objeto, como {"category": "Norte", "value": 70}, o quite el hueco.`,
  dataBigInt: (row, column) =>
    `La fila ${row} de la propiedad data tiene un BigInt en la columna «${column}», que un gráfico no puede dibujar. Ponga ahí un número normal (por ejemplo Number(valor)).`,
  dataCycle: (row, column) =>
    `La fila ${row} de la propiedad data tiene, en la columna «${column}», un objeto que se contiene a sí mismo, que un gráfico no puede leer. Ponga ahí texto o un número.`,
  dataUnreadable: (row) =>
    `No se pudo leer la fila ${row} de la propiedad data (al leerla se produjo un error). Dé filas simples: objetos de textos y números, sin getters ni proxies que fallen.`,
  noData: () =>
    'Este gráfico todavía no tiene datos. Añada src="su-archivo.csv", o ponga dentro del gráfico un <table> o un <script type="text/csv"> con sus datos.',
  noValues: (column) =>
    `La columna "${column}" no tiene números que dibujar: todas las celdas están vacías o marcadas como faltantes. ` +
    `Compruebe que es el archivo correcto, o elija otra columna con value-column="…".`,
  cardNoNumber: () =>
    'Esta tarjeta todavía no tiene ningún número. Añada value="30" (y label="diálogos nacionales"), o dele datos con src="su-archivo.csv".',
  cardRepeatedYear: (year, values) =>
    `Los datos tienen ${values.length} filas para ${year} con números distintos (${values.join(', ')}), y la línea de una tarjeta muestra un número por año. ` +
    'Deje una fila por año: por ejemplo, solo las filas de un país o de un grupo.',
  cardNoNumbers: (column) => `Los datos no tienen ningún número en la columna "${column}". Añada al menos un número.`,
  shapesNotJson: (src) => `El archivo de límites "${src}" (de shapes) no es JSON, así que no es un archivo GeoJSON ni TopoJSON. ${SHAPES_ADVICE}`,
  shapesNotGeo: (src, found) =>
    `El archivo de límites "${src}" (de shapes) es JSON, pero no GeoJSON ni TopoJSON${found ? ` (su tipo es "${found}")` : ''}: ` +
    `un mapa necesita una FeatureCollection o una Topology de zonas. ${SHAPES_ADVICE}`,
  shapesNotGiven: (src) => `No se pudo leer el archivo de límites "${src}" (de shapes). Compruebe su ruta.`,
  shapesEmpty: (src) => `El archivo de límites "${src}" (de shapes) no tiene zonas (polígonos) que dibujar. Compruebe que es el archivo correcto.`,
  shapesTooLarge: (src, megabytes, limit) =>
    `El archivo de límites "${src}" tiene ${number(megabytes)} MB: demasiado detallado para una página web (el límite es ${number(limit)} MB). ${SHAPES_SIMPLIFY}`,
  shapesTooDetailed: (src, points, limit) =>
    `El archivo de límites "${src}" tiene ${number(points)} puntos: demasiado detallado para una página web (el límite es ${number(limit)}). ${SHAPES_SIMPLIFY}`,
  shapeKeyMissing: (key, src, properties) => `shape-key="${key}" no nombra ninguna propiedad de las zonas de "${src}". Sus propiedades son: ${list(quoted(properties))}.`,
  noAreaMatches: (key, src, areas, rows) =>
    `Ninguna fila de los datos nombra una zona de "${src}" (comparada con su propiedad "${key}"). Las zonas del archivo son: ${list(areas, 8)}; ` +
    `los datos tienen: ${list(rows, 8)}. Escriba las zonas como el archivo, o elija otra propiedad con shape-key.`,
  sameArea: (area, rows) =>
    `${area} aparece ${rows.length} veces con valores distintos: ${list(rows.map((row) => `${row.geo} (${row.value})`))}. Deje una fila por zona.`,
  tooManyPanels: (column, max) =>
    `facet-column="${column}" dibujaría más de ${max} gráficos pequeños, demasiado pequeños para leerlos. ` +
    `Deje los que cuenta su historia con countries="…", where="${column}=…" o years="…", o dibuje un solo gráfico sin facet-column.`,
  facetTemplate: (template, supported) =>
    `facet-column no funciona con template="${template}". Úselo con ${supported.join(', ')}, o quite facet-column.`,
  internal: (detail) =>
    `Algo falló dentro del gráfico (${detail}). Es un error de lnob-charts: por favor, infórmenos junto con su archivo de datos.`,

  unknownLayout: (asked, known) => `layout="${asked}" no es un formato que este gráfico conozca. Use uno de estos: ${known.join(', ')}.`,
  layoutMismatch: (layout, columns) =>
    `layout="${layout}" espera ${LAYOUTS[layout]}, pero las columnas del archivo son: ${columns.join(', ')}. ` +
    `Quite el atributo layout para que el gráfico lo detecte solo, o compruebe que este es el archivo que quería.`,
  noSeriesColumn: (seriesCode, columns) =>
    `series-code="${seriesCode}" necesita una columna de códigos de serie (SeriesCode, Indicator Code o Series), y este archivo no tiene ninguna. ` +
    `Sus columnas son: ${list(columns)}. Quite series-code, o use where="Columna=valor".`,
  badWhere: (where) =>
    `No se entiende where="${where}". Escriba cada condición como Columna=valor, separadas por ";", como where="Sex=Female; Location=Rural".`,
  noWhereColumn: (asked, where, columns) => `No hay ninguna columna "${asked}" (pedida con where="${where}"). Las columnas del archivo son: ${list(columns, 40)}.`,
  countriesNeedColumn: (countries) =>
    `countries="${countries}" necesita una columna de nombres o códigos de país. Añada geo-column="su columna" al gráfico.`,
  noCountryRows: (missing, countries, column, values) =>
    `No hay filas para ${missing.join('; ')} (pedido con countries="${countries}"); el archivo tiene ${column} = ${list(values)}. ` +
    `Escriba los nombres como los escribe el archivo, o códigos ISO como KEN.`,
  yearsNeedColumn: (years) => `years="${years}" necesita una columna de años. Añada time-column="su columna" al gráfico.`,
  noYearRows: (years, span) =>
    `No hay filas para years=${years}; el archivo tiene ${span ? `años de ${span[0]} a ${span[1]}` : 'ningún año'}. Cambie years por un periodo dentro de ese.`,
  badYears: (years) => `No se entiende years="${years}". Escriba los años como years="2000-2022", years="2015; 2020" o years="2015-".`,
  badAggregates: (aggregates) =>
    `No se entiende aggregates="${aggregates}". Escriba aggregates="exclude" para quitar las regiones y los grupos de ingresos, ` +
    `aggregates="only" para quedarse solo con ellos, o aggregates="include" para conservar todas las filas.`,
  aggregatesNeedColumn: () => 'aggregates necesita una columna de nombres o códigos de país. Añada geo-column="su columna" al gráfico.',
  onlyAggregates: (values) =>
    `Todas las filas son regiones o grupos (${list(values)}), así que con aggregates="exclude" no queda nada que dibujar. Quítelo.`,
  noAggregates: (values) =>
    `Ninguna fila es una región o un grupo de ingresos (el archivo tiene ${list(values)}), así que con aggregates="only" no queda nada que dibujar. Quítelo.`,
  noRows: (asked, column, values) => `No hay filas para ${asked}; el archivo tiene ${column} = ${list(values)}. Cámbielo por uno de esos valores.`,
  ambiguousRows: (mark, count, differing) =>
    `Hay ${count} filas para ${mark}, y el gráfico no elige una ni las suma. Se diferencian en ` +
    `${differing.map((d) => `${d.column} (${list(d.values)})`).join(', ')}. ` +
    `Elija una con where="${differing.map((d) => `${d.column}=${d.values[0]}`).join('; ')}".`,
  repeatedRows: (mark, values) =>
    `Hay ${values.length} filas para ${mark} con valores distintos (${list(values)}), y nada en el archivo las distingue, ` +
    `así que el gráfico no puede saber cuál es la correcta. Deje una sola fila para ${mark} en el archivo.`,
  sameCountry: (country, rows) =>
    `${country} aparece ${rows.length === 2 ? 'dos veces' : `${rows.length} veces`}: ${list(rows.map((row) => `${row.geo} (${row.value})`))}. ` +
    `Deje una sola fila por país.`,
  severalValues: (column, values, attribute) =>
    `El archivo tiene varios valores de ${column} (${list(values)}), y un gráfico muestra solo uno. ` +
    `Elija con ${attribute === 'series-code' ? `series-code="${values[0]}"` : `where="${column}=${values[0]}"`}.`,
  noFilledRows: (column, values) =>
    `No hay filas para ${column} (todas las celdas están vacías); el archivo tiene ${column} = ${list(values)}. Cámbielo por uno de esos valores.`,

  surveyRange: () =>
    'Las respuestas de una encuesta son porcentajes de personas encuestadas, entre 0 y 100, pero la columna de valores tiene números fuera de ese rango. ' +
    'Dé el porcentaje de cada respuesta (como 34), o use ranked-bar para otros números.',
  stackedNegative: () =>
    'Un gráfico de partes de un todo no puede mostrar valores negativos: cada parte es una porción de su barra. Compruebe la columna de valores, o use ranked-bar.',
  pyramidGroups: (groups) =>
    `Una pirámide de población compara dos grupos espalda con espalda (por ejemplo Mujeres y Hombres), y los datos tienen ${groups.length}: ${list(quoted(groups))}. ` +
    `Deje las filas de dos grupos, o use disaggregation para comparar más.`,
  pyramidNegative: (category) =>
    `Una pirámide de población muestra cantidades o porcentajes, que no pueden ser negativos, y la fila "${category}" tiene un valor negativo. Revise la columna de valores.`,
  slopeOneTime: (time) =>
    `Un gráfico de pendiente compara dos años, y los datos solo tienen valores para uno (${time}). ` +
    'Añada las filas de un segundo año, o elija dos con `years="2015; 2022"` si el archivo tiene más; use ranked-bar para mostrar un solo año.',
  waffleTooMany: (max, count) =>
    `Un gráfico de waffle muestra como máximo ${max} proporciones, y estos datos tienen ${count}. Use ranked-bar para comparar muchos lugares, o quédese solo con las filas de las que trata su mensaje.`,
  waffleRange: () =>
    'Un gráfico de waffle muestra una proporción entre 0 % y 100 %, pero la columna de valores tiene números fuera de ese rango. Dé porcentajes (como 50) o fracciones (como 0,5).',
  unknownIndicator: (code, known) =>
    `No hay ningún ajuste predefinido para el indicador de los ODS "${code}". Use uno de estos: ${known.join(', ')}, ` +
    `o quite indicator="${code}" e indique usted el título, las notas y la meta.`,
};

/** Numbers and dates as Intl writes them in this language and its regions (core/known-locales.ts). */
const ES: DateNames = {
  days: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  shortDays: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  shortMonths: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};
const es = conventions(',', '.', ES, '%d/%m/%Y', ['a. m.', 'p. m.']);

/** Español. */
export const strings: KitTranslation = {
  formats: { es, 'es-ES': es },
  lang: 'es',
  dir: 'ltr',
  cannotShow: 'Este gráfico no se puede mostrar.',
  cannotShowCard: 'Esta tarjeta no se puede mostrar.',
  source: 'Fuente:',
  credit: 'Gráfico:',
  stat: {
    since: (when) => `desde ${when}`,
    up: (change) => `Sube ${change}`,
    down: (change) => `Baja ${change}`,
    noChange: (change) => `Sin cambios: ${change}`,
    trend: (from, to) => `Tendencia: de ${from} a ${to}.`,
    inYear: (value, when) => `${value} en ${when}`,
  },
  period: (years, latest) => (latest ? `Últimos datos, ${years}.` : `Datos de ${years}.`),
  choices: {
    bothSexes: 'ambos sexos',
    allAges: 'todas las edades',
    allAreas: 'todas las zonas (urbanas y rurales)',
    allWealth: 'todos los grupos de riqueza',
    allOf: (column) => `total de ${column}`,
    separator: ', ',
    headline: (columns) => `Totales, sin desglose por ${columns}.`,
    globalFigures: 'Cifras elaboradas para el seguimiento mundial (Reporting Type G).',
    latestYear: (year) => `Último año disponible: ${year}.`,
    latestYears: (years) => `Cada valor es el del último año disponible (${years}; el año varía de una fila a otra).`,
    differentYears: (years) => `Los valores son de años distintos (${years}).`,
  },
  table: {
    show: 'Mostrar los datos como tabla',
    hide: 'Ocultar la tabla',
    more: (shown, total) => `Se muestran las primeras ${shown} de ${total} filas.`,
    download: 'Descargar todas las filas (CSV)',
  },
  summary: {
    highest: (name, value) => `Valor más alto: ${name}, ${value}.`,
    lowest: (name, value) => `Valor más bajo: ${name}, ${value}.`,
    noValues: 'No hay valores para mostrar.',
    percentagePoints: (amount) => `${amount} puntos porcentuales`,
    points: (amount) => `${amount} puntos`,
    lineChart: (title, lines, from, to) =>
      `Gráfico de líneas${title ? `: ${title}` : ''}${lines !== undefined ? `, ${lines} ${lines === 1 ? 'línea' : 'líneas'}` : ''}${from !== undefined ? `, ${from}–${to}` : ''}.`,
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
    imageBlocked: 'La política de seguridad de este sitio bloquea la descarga de imágenes; aquí tiene el SVG en su lugar.',
    close: 'Cerrar',
    fileName: 'grafico',
  },
  years: {
    year: 'Año',
    play: 'Reproducir',
    pause: 'Pausa',
    next: 'Año siguiente',
    shown: (year) => `Año mostrado: ${year}.`,
    caption: (title, year) => `${title}, ${year}`,
  },
  a11y: {
    chart: 'gráfico interactivo',
    keys: 'Use las flechas para recorrer los datos, Inicio y Fin para el primero y el último, Escape para salir, L para escuchar.',
    keysMap: 'Use las flechas para recorrer los países, del valor más alto al más bajo, o escriba una letra para buscar un país; Escape para salir.',
    marks: { rect: 'barra', symbol: 'punto', line: 'línea', shape: 'país', text: 'valor' },
    position: (index, count) => `${index} de ${count}`,
    highest: 'el más alto',
    lowest: 'el más bajo',
    at: (value, when) => `${value} en ${when}`,
    line: (name, from, to, change, lowest, highest) => `${name}: de ${from} a ${to}, ${change}; mínimo ${lowest}, máximo ${highest}.`,
    up: (amount) => `sube ${amount}`,
    down: (amount) => `baja ${amount}`,
    unchanged: 'sin cambios',
    gap: (amount) => `brecha: ${amount}`,
    projected: (when, value) => `proyección para ${when}: ${value}`,
    target: (value) => `meta: ${value}`,
    listen: 'Escuchar el gráfico',
    listening: 'Reproduciendo el gráfico como sonido. Espacio pausa, Escape detiene.',
    paused: 'En pausa.',
    stopped: 'Detenido.',
    toneOn: 'Sonido activado: cada punto al que se mueve suena.',
    toneOff: 'Sonido desactivado.',
    speed: (times) => `Velocidad: ×${times}`,
  },
  errors,
};
export default strings;
