import { listing, quoted } from '../core/lists.js';
import type { LayoutName } from '../core/layouts.js';
import type { RoleType } from '../core/roles.js';
import { conventions, type DateNames } from '../core/known-locales.js';
import type { BadCell, ErrorStrings, KitTranslation, Place } from './strings.js';

const place = (where: Place) =>
  where === 'inline' ? 'O texto de dados dentro do gráfico' : where === 'table' ? 'O quadro de dados (<table>) dentro do gráfico' : `O arquivo "${where.file}"`;
const list = (items: readonly string[], max = 12) => listing(items, max, (count) => ` e mais ${count}`);
const columnsAre = (columns: readonly string[]) => `Seus dados têm estas colunas: ${list(quoted(columns))}.`;
const cell = ([row, text]: BadCell) => `a linha ${row} tem "${text}"`;
const number = (value: number) => value.toLocaleString('pt');
const aggregateFirst = 'Some (agregue) os dados antes, por exemplo uma linha por região ou por ano,';
const TYPES: Record<RoleType, string> = { nominal: 'nomes ou rótulos', quantitative: 'números', temporal: 'datas ou anos', geo: 'nomes ou códigos de país' };
const LAYOUTS: Record<LayoutName, string> = {
  'un-sdg': 'as colunas de uma exportação da Base de Dados Global dos ODS da ONU (SeriesCode, GeoAreaName, TimePeriod, Value)',
  'world-bank': 'um download do Banco Mundial (Country Name, Country Code, Indicator Name e uma coluna por ano)',
  'open-sdg': 'um arquivo Open SDG (Year primeiro, Value por último, com algumas linhas em que todas as desagregações estão vazias)',
  sdmx: 'um arquivo SDMX-CSV (REF_AREA ou geo, TIME_PERIOD, OBS_VALUE)',
  owid: 'um arquivo do Our World in Data (Entity, Code, Year e depois os valores)',
  eurostat: 'um download em massa do Eurostat (uma primeira coluna como unit,geo\\time e depois uma coluna por ano)',
  wide: 'colunas com nomes de anos (2015, 2016, …)',
  tidy: 'qualquer tabela',
};

const SEP = { ',': 'vírgula', ';': 'ponto e vírgula', '\t': 'tabulação' } as const;

const SHAPES_ADVICE = 'geoBoundaries, HDX e os institutos nacionais de estatística publicam limites como arquivos .geojson ou .topojson.';
const SHAPES_SIMPLIFY = 'Simplifique-o antes, por exemplo em mapshaper.org (Simplify e depois Export como TopoJSON), ou use o arquivo “simplified” do geoBoundaries.';

const errors: ErrorStrings = {
  notText: (where) => `${place(where)} não é um arquivo de texto. Use um arquivo CSV, TSV ou JSON.`,
  webPage: (where) =>
    `${place(where)} é uma página da web, não um arquivo de dados. Faça src apontar diretamente para o arquivo .csv, .tsv ou .json ` +
    `(para uma planilha Google: Arquivo → Compartilhar → Publicar na Web → CSV).`,
  emptyFile: (where) => `${place(where)} está vazio. Adicione uma linha de cabeçalho e pelo menos uma linha de dados.`,
  headerOnly: (where) => `${place(where)} tem cabeçalho, mas nenhuma linha de dados. Adicione pelo menos uma linha abaixo do cabeçalho.`,
  badJson: (where, detail) => `${place(where)} não é um JSON válido (${detail}). Verifique se falta uma vírgula, uma aspa ou um colchete.`,
  notJsonRows: (where) => `${place(where)} deve ser uma lista JSON de linhas, como [{"category": "North", "value": 70}].`,
  unclosedQuote: (where, line) =>
    `${place(where)} tem aspas (") na linha ${line} que nunca são fechadas: tudo o que vem depois seria lido como uma única célula. ` +
    `Adicione as aspas de fechamento, ou remova estas.`,
  textAfterQuote: (where, line, cell, after, separator) =>
    `${place(where)}: na linha ${line}, a célula entre aspas ${cell} é seguida de "${after}" antes do próximo separador (${SEP[separator]}). ` +
    `Coloque a célula inteira dentro das aspas, ou remova as aspas.`,
  tooManyCells: (where, line, cells, columns, value) =>
    `${place(where)}: a linha ${line} tem ${cells} células, mas o cabeçalho tem ${columns}. ` +
    (value
      ? `Provavelmente é um número escrito com vírgula (${value}): coloque-o entre aspas ("${value}") ou remova a vírgula (${value.replace(/,/g, '')}).`
      : `Coloque entre aspas a célula que contém o separador, ou adicione ao cabeçalho o nome da coluna que falta.`),

  tooSlow: (src, seconds) =>
    `O arquivo de dados "${src}" demorou demais para carregar (mais de ${number(seconds)} ${seconds < 2 ? 'segundo' : 'segundos'}). Verifique o endereço ou tente de novo mais tarde.`,
  cors: (host, src) =>
    `O site ${host} não permite que outros sites leiam "${src}". Hospede o arquivo no seu próprio site, ` +
    `ou cole os dados dentro do gráfico com um <table> ou um <script type="text/csv">.`,
  hostUnreachable: (host, src) =>
    `Não foi possível carregar o arquivo de dados "${src}": nada respondeu em ${host}. Verifique o endereço (a grafia e o número da porta) e se o site está no ar.`,
  corsRedirect: (src) =>
    `O endereço "${src}" envia o navegador para outro site (um redirecionamento), e esse site não permite que outros sites leiam o arquivo. ` +
    `Hospede o arquivo no seu próprio site, ou cole os dados dentro do gráfico com um <table> ou um <script type="text/csv">.`,
  redirectUnreachable: (src) =>
    `O endereço "${src}" envia o navegador para outro endereço (um redirecionamento), onde nada respondeu. Ponha em src o endereço final do arquivo e verifique se ele está no ar.`,
  insecureAddress: (src) =>
    `O arquivo de dados "${src}" começa com http://, mas esta página é servida por https://, por isso o navegador o bloqueia. Use o endereço https:// do arquivo.`,
  fileTooLarge: (src, megabytes, max) =>
    `O arquivo de dados "${src}" tem ${number(megabytes)} MB; um gráfico lê arquivos de até ${number(max)} MB. ` +
    `${aggregateFirst} ou fique só com as linhas e colunas de que o gráfico precisa, e salve-as num arquivo menor.`,
  fileOverLimit: (src, max) =>
    `O arquivo de dados "${src}" passa dos ${number(max)} MB que um gráfico lê no máximo, por isso a leitura foi interrompida. ` +
    `${aggregateFirst} ou fique só com as linhas e colunas de que o gráfico precisa, e salve-as num arquivo menor.`,
  connectionFailed: (src) => `Não foi possível carregar o arquivo de dados "${src}": a conexão falhou. Verifique o endereço e a sua conexão.`,
  serverAnswered: (src, status) =>
    `Não foi possível carregar o arquivo de dados "${src}" (o servidor respondeu ${status}). ` +
    (status === 404
      ? 'Nenhum arquivo foi encontrado nesse endereço: verifique a grafia de src e se o arquivo foi enviado.'
      : status === 401 || status === 403
        ? 'O servidor não permite lê-lo: torne o arquivo público.'
        : 'Verifique o endereço ou tente de novo mais tarde.'),

  noSuchColumn: (asked, role, columns) =>
    `Não existe a coluna "${asked}" (pedida em ${role}-column="${asked}"). ${columnsAre(columns)} Troque ${role}-column por uma delas.`,
  needsColumn: (role, type, _meaning, columns, suggestion) =>
    `Este gráfico precisa de uma coluna de ${TYPES[type]} (${role}). ${columnsAre(columns)} ` +
    `Dê a essa coluna o nome "${role}", ou adicione ${role}-column="${suggestion ?? 'nome da sua coluna'}" ao gráfico.`,
  oneBound: (given, column, missing) =>
    `O gráfico tem limites ${given === 'lower' ? 'inferiores' : 'superiores'} (coluna "${column}") mas não limites ${missing === 'lower' ? 'inferiores' : 'superiores'}: ` +
    `adicione ${missing}-column="…" com o nome da sua coluna, ou retire ${given}-column. Um intervalo precisa dos seus dois limites.`,
  duplicateColumn: (column) =>
    `Seus dados têm mais de uma coluna chamada "${column}", então o gráfico não sabe qual usar. Renomeie as cópias para que cada coluna tenha um nome diferente.`,
  notNumbers: (column, cells, more) =>
    `A coluna "${column}" deveria ter números, mas ${cells.map(cell).join('; ')}${more > 0 ? ` (e mais ${more})` : ''}. ` +
    `Escreva os números como 70 ou 69,5 (o sinal % pode ficar) e deixe a célula vazia quando faltar o valor.`,
  mixedDecimals: (column) =>
    `A coluna "${column}" mistura pontos e vírgulas decimais (por exemplo "1.5" e "1,5"). ` +
    `Escreva todos os números do mesmo jeito, ou adicione decimal="." ou decimal="," ao gráfico.`,
  ambiguousDecimal: (column, example) =>
    `A coluna "${column}" tem números como "${example}", que podem ser lidos com separador de milhares ou com vírgula decimal. ` +
    `Adicione decimal="." se a vírgula separa os milhares, ou decimal="," se a vírgula é a vírgula decimal.`,
  notDates: (column, bad) =>
    `A coluna "${column}" deveria ter anos ou datas, mas ${cell(bad)}. Escreva os anos como 2015 ou as datas como 2015-06-30.`,

  outOfRange: (attribute, value, min, max, integer) =>
    `${attribute}="${value}" está fora do intervalo: escreva ${integer ? 'um número inteiro' : 'um número'} de ${min} a ${max}.`,
  notANumber: (attribute, value) => `${attribute}="${value}" não é um número. Escreva como ${attribute}="42.5".`,
  unknownValue: (attribute, value, known) => `${attribute}="${value}" não é um valor que este gráfico conheça. Use um destes: ${known.join(', ')}.`,

  unknownTemplate: (name, known) => `Não existe um modelo de gráfico chamado "${name}". Use um destes: ${known.join(', ')}.`,
  tooManyColumns: (count, max) =>
    `Os dados têm ${number(count)} colunas; um gráfico pode ler no máximo ${number(max)}. ` +
    'Mantenha só as colunas de que o gráfico precisa (por exemplo uma coluna de nomes e uma de números), ou coloque os anos ou os grupos em linhas em vez de colunas.',
  tooManyRows: (count, max) =>
    `Os dados têm ${number(count)} linhas; um gráfico pode desenhar no máximo ${number(max)}. ` +
    `${aggregateFirst} ou desenhe menos linhas com series-code, countries, years ou where.`,
  templateTooManyRows: (_name, id, max, count) =>
    `Este gráfico (template="${id}") pode mostrar no máximo ${number(max)} linhas, e estes dados têm ${number(count)}. ` +
    `${aggregateFirst} ou fique só com as linhas de que a sua mensagem trata.`,
  dataNotList: (example) => `A propriedade data deve ser uma lista de linhas, como ${example}.`,
  dataEmptyList: () => 'A propriedade data é uma lista vazia. Dê a ela pelo menos uma linha.',
  dataListUnreadable: (example) =>
    `Não foi possível ler a propriedade data (a leitura gerou um erro). Dê a ela uma lista simples de linhas, como ${example}.`,
  dataHole: (row) =>
    `Falta a linha ${row} da propriedade data: a lista tem uma lacuna aí. Dê cada linha como um objeto, como {"category": "Norte", "value": 70}, ou remova a lacuna.`,
  dataBigInt: (row, column) =>
    `A linha ${row} da propriedade data tem um BigInt na coluna "${column}", que um gráfico não consegue desenhar. Coloque ali um número comum (por exemplo Number(valor)).`,
  dataCycle: (row, column) =>
    `A linha ${row} da propriedade data tem, na coluna "${column}", um objeto que contém a si mesmo, que um gráfico não consegue ler. Coloque ali texto ou um número.`,
  dataUnreadable: (row) =>
    `Não foi possível ler a linha ${row} da propriedade data (a leitura gerou um erro). Dê linhas simples: objetos de textos e números, sem getters nem proxies que falhem.`,
  noData: () =>
    'Este gráfico ainda não tem dados. Adicione src="seu-arquivo.csv", ou coloque dentro do gráfico um <table> ou um <script type="text/csv"> com os seus dados.',
  noValues: (column) =>
    `A coluna "${column}" não tem números para desenhar: todas as células estão vazias ou marcadas como ausentes. ` +
    `Verifique se é o arquivo certo, ou escolha outra coluna com value-column="…".`,
  cardNoNumber: () =>
    'Este cartão ainda não tem um número. Adicione value="30" (e label="diálogos nacionais"), ou dê dados a ele com src="seu-arquivo.csv".',
  cardRepeatedYear: (year, values) =>
    `Os dados têm ${values.length} linhas para ${year} com números diferentes (${values.join(', ')}), e a linha de um cartão mostra um número por ano. ` +
    'Deixe uma linha por ano: por exemplo, só as linhas de um país ou de um grupo.',
  cardNoNumbers: (column) => `Os dados não têm nenhum número na coluna "${column}". Adicione pelo menos um número.`,
  shapesNotJson: (src) => `O arquivo de limites "${src}" (de shapes) não é JSON, então não é um arquivo GeoJSON nem TopoJSON. ${SHAPES_ADVICE}`,
  shapesNotGeo: (src, found) =>
    `O arquivo de limites "${src}" (de shapes) é JSON, mas não GeoJSON nem TopoJSON${found ? ` (seu tipo é "${found}")` : ''}: ` +
    `um mapa precisa de uma FeatureCollection ou de uma Topology de áreas. ${SHAPES_ADVICE}`,
  shapesNotGiven: (src) => `Não foi possível ler o arquivo de limites "${src}" (de shapes). Verifique o caminho.`,
  shapesEmpty: (src) => `O arquivo de limites "${src}" (de shapes) não tem áreas (polígonos) para desenhar. Verifique se é o arquivo certo.`,
  shapesTooLarge: (src, megabytes, limit) =>
    `O arquivo de limites "${src}" tem ${number(megabytes)} MB: detalhado demais para uma página web (o limite é ${number(limit)} MB). ${SHAPES_SIMPLIFY}`,
  shapesTooDetailed: (src, points, limit) =>
    `O arquivo de limites "${src}" tem ${number(points)} pontos: detalhado demais para uma página web (o limite é ${number(limit)}). ${SHAPES_SIMPLIFY}`,
  shapeKeyMissing: (key, src, properties) => `shape-key="${key}" não nomeia nenhuma propriedade das áreas de "${src}". As propriedades são: ${list(quoted(properties))}.`,
  noAreaMatches: (key, src, areas, rows) =>
    `Nenhuma linha dos dados nomeia uma área de "${src}" (comparada com a propriedade "${key}"). As áreas do arquivo são: ${list(areas, 8)}; ` +
    `os dados têm: ${list(rows, 8)}. Escreva as áreas como o arquivo, ou escolha outra propriedade com shape-key.`,
  sameArea: (area, rows) =>
    `${area} aparece ${rows.length} vezes com valores diferentes: ${list(rows.map((row) => `${row.geo} (${row.value})`))}. Deixe uma linha por área.`,
  tooManyPanels: (column, max) =>
    `facet-column="${column}" desenharia mais de ${max} gráficos pequenos, pequenos demais para serem lidos. ` +
    `Mantenha os que a sua história conta com countries="…", where="${column}=…" ou years="…", ou desenhe um único gráfico sem facet-column.`,
  facetTemplate: (template, supported) =>
    `facet-column não funciona com template="${template}". Use-o com ${supported.join(', ')}, ou retire facet-column.`,
  internal: (detail) =>
    `Algo deu errado dentro do gráfico (${detail}). É um erro do lnob-charts: por favor, avise-nos e envie o seu arquivo de dados.`,

  unknownLayout: (asked, known) => `layout="${asked}" não é um formato que este gráfico conheça. Use um destes: ${known.join(', ')}.`,
  layoutMismatch: (layout, columns) =>
    `layout="${layout}" espera ${LAYOUTS[layout]}, mas as colunas do arquivo são: ${columns.join(', ')}. ` +
    `Retire o atributo layout para o gráfico detectar sozinho, ou verifique se este é o arquivo certo.`,
  noSeriesColumn: (seriesCode, columns) =>
    `series-code="${seriesCode}" precisa de uma coluna de códigos de série (SeriesCode, Indicator Code ou Series), e este arquivo não tem nenhuma. ` +
    `As colunas dele são: ${list(columns)}. Retire series-code, ou use where="Coluna=valor".`,
  badWhere: (where) =>
    `where="${where}" não foi entendido. Escreva cada condição como Coluna=valor, separadas por ";", como where="Sex=Female; Location=Rural".`,
  noWhereColumn: (asked, where, columns) => `Não existe a coluna "${asked}" (pedida em where="${where}"). As colunas do arquivo são: ${list(columns, 40)}.`,
  countriesNeedColumn: (countries) =>
    `countries="${countries}" precisa de uma coluna de nomes ou códigos de país. Adicione geo-column="sua coluna" ao gráfico.`,
  noCountryRows: (missing, countries, column, values) =>
    `Não há linhas para ${missing.join('; ')} (pedido em countries="${countries}"); o arquivo tem ${column} = ${list(values)}. ` +
    `Escreva os nomes como o arquivo escreve, ou códigos ISO como KEN.`,
  yearsNeedColumn: (years) => `years="${years}" precisa de uma coluna de anos. Adicione time-column="sua coluna" ao gráfico.`,
  noYearRows: (years, span) =>
    `Não há linhas para years=${years}; o arquivo tem ${span ? `anos de ${span[0]} a ${span[1]}` : 'nenhum ano'}. Troque years por um período dentro desse.`,
  badYears: (years) => `years="${years}" não foi entendido. Escreva os anos como years="2000-2022", years="2015; 2020" ou years="2015-".`,
  badAggregates: (aggregates) =>
    `aggregates="${aggregates}" não foi entendido. Escreva aggregates="exclude" para retirar as regiões e os grupos de renda, ` +
    `aggregates="only" para ficar só com eles, ou aggregates="include" para manter todas as linhas.`,
  aggregatesNeedColumn: () => 'aggregates precisa de uma coluna de nomes ou códigos de países. Adicione geo-column="sua coluna" ao gráfico.',
  onlyAggregates: (values) =>
    `Todas as linhas são regiões ou grupos (${list(values)}), então com aggregates="exclude" não sobra nada para desenhar. Retire-o.`,
  noAggregates: (values) =>
    `Nenhuma linha é uma região ou um grupo de renda (o arquivo tem ${list(values)}), então com aggregates="only" não sobra nada para desenhar. Retire-o.`,
  noRows: (asked, column, values) => `Não há linhas para ${asked}; o arquivo tem ${column} = ${list(values)}. Troque por um desses valores.`,
  ambiguousRows: (mark, count, differing) =>
    `Há ${count} linhas para ${mark}, e o gráfico não escolhe uma nem as soma. Elas diferem em ` +
    `${differing.map((d) => `${d.column} (${list(d.values)})`).join(', ')}. ` +
    `Escolha uma com where="${differing.map((d) => `${d.column}=${d.values[0]}`).join('; ')}".`,
  repeatedRows: (mark, values) =>
    `Há ${values.length} linhas para ${mark} com valores diferentes (${list(values)}), e nada no arquivo as distingue, ` +
    `então o gráfico não pode saber qual está certa. Deixe uma só linha para ${mark} no arquivo.`,
  sameCountry: (country, rows) =>
    `${country} aparece ${rows.length === 2 ? 'duas vezes' : `${rows.length} vezes`}: ${list(rows.map((row) => `${row.geo} (${row.value})`))}. ` +
    `Mantenha uma única linha por país.`,
  severalValues: (column, values, attribute) =>
    `O arquivo tem vários valores de ${column} (${list(values)}), e um gráfico mostra só um. ` +
    `Escolha com ${attribute === 'series-code' ? `series-code="${values[0]}"` : `where="${column}=${values[0]}"`}.`,
  noFilledRows: (column, values) =>
    `Não há linhas para ${column} (todas as células estão vazias); o arquivo tem ${column} = ${list(values)}. Troque por um desses valores.`,

  surveyRange: () =>
    'As respostas de uma pesquisa são porcentagens de pessoas entrevistadas, entre 0 e 100, mas a coluna de valores tem números fora desse intervalo. ' +
    'Dê a porcentagem de cada resposta (como 34), ou use ranked-bar para outros números.',
  stackedNegative: () =>
    'Um gráfico de partes de um todo não pode mostrar valores negativos: cada parte é uma fatia da sua barra. Verifique a coluna de valores, ou use ranked-bar.',
  pyramidGroups: (groups) =>
    `Uma pirâmide etária compara dois grupos lado a lado (por exemplo Mulheres e Homens), e os dados têm ${groups.length}: ${list(quoted(groups))}. ` +
    `Deixe as linhas de dois grupos, ou use disaggregation para comparar mais.`,
  pyramidNegative: (category) =>
    `Uma pirâmide etária mostra contagens ou proporções, que não podem ser negativas, e a linha "${category}" tem um valor negativo. Verifique a coluna de valores.`,
  slopeOneTime: (time) =>
    `Um gráfico de inclinação compara dois anos, e os dados só têm valores para um (${time}). ` +
    'Acrescente as linhas de um segundo ano, ou escolha dois com `years="2015; 2022"` se o arquivo tiver mais; use ranked-bar para mostrar um só ano.',
  waffleTooMany: (max, count) =>
    `Um gráfico de waffle mostra no máximo ${max} proporções, e estes dados têm ${count}. Use ranked-bar para comparar muitos lugares, ou fique só com as linhas de que a sua mensagem trata.`,
  waffleRange: () =>
    'Um gráfico de waffle mostra uma proporção entre 0% e 100%, mas a coluna de valores tem números fora desse intervalo. Dê porcentagens (como 50) ou frações (como 0,5).',
  unknownIndicator: (code, known) =>
    `Não existe uma predefinição para o indicador dos ODS "${code}". Use uma destas: ${known.join(', ')}, ` +
    `ou retire indicator="${code}" e defina você mesmo o título, as notas e a meta.`,
};

/** Numbers and dates as Intl writes them in this language and its regions (core/known-locales.ts). */
const PT: DateNames = {
  days: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
  shortDays: ['dom.', 'seg.', 'ter.', 'qua.', 'qui.', 'sex.', 'sáb.'],
  months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  shortMonths: ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
};
const pt = conventions(',', '.', PT, '%d/%m/%Y', ['AM', 'PM']);
const PT_PT: DateNames = { ...PT, shortDays: ['domingo', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado'] };

/** Português. */
export const strings: KitTranslation = {
  formats: { pt, 'pt-BR': pt, 'pt-PT': conventions(',', '\u00a0', PT_PT, '%d/%m/%Y', ['a.m.', 'p.m.']) },
  lang: 'pt',
  dir: 'ltr',
  cannotShow: 'Este gráfico não pode ser exibido.',
  cannotShowCard: 'Este cartão não pode ser exibido.',
  source: 'Fonte:',
  credit: 'Gráfico:',
  stat: {
    since: (when) => `desde ${when}`,
    up: (change) => `Subiu ${change}`,
    down: (change) => `Desceu ${change}`,
    noChange: (change) => `Sem alteração: ${change}`,
    trend: (from, to) => `Tendência: de ${from} para ${to}.`,
    inYear: (value, when) => `${value} em ${when}`,
  },
  period: (years, latest) => (latest ? `Dados mais recentes, ${years}.` : `Dados de ${years}.`),
  choices: {
    bothSexes: 'ambos os sexos',
    allAges: 'todas as idades',
    allAreas: 'todas as áreas (urbanas e rurais)',
    allWealth: 'todos os grupos de riqueza',
    allOf: (column) => `total de ${column}`,
    separator: ', ',
    headline: (columns) => `Totais, sem desagregação por ${columns}.`,
    globalFigures: 'Números compilados para o acompanhamento global (Reporting Type G).',
    latestYear: (year) => `Último ano disponível: ${year}.`,
    latestYears: (years) => `Cada valor é o do último ano disponível (${years}; o ano varia de uma linha para outra).`,
    differentYears: (years) => `Os valores são de anos diferentes (${years}).`,
  },
  table: {
    show: 'Mostrar os dados em tabela',
    hide: 'Ocultar a tabela',
    more: (shown, total) => `Mostrando as primeiras ${shown} de ${total} linhas.`,
    download: 'Baixar todas as linhas (CSV)',
  },
  summary: {
    highest: (name, value) => `Maior valor: ${name}, ${value}.`,
    lowest: (name, value) => `Menor valor: ${name}, ${value}.`,
    noValues: 'Não há valores para mostrar.',
    percentagePoints: (amount) => `${amount} pontos percentuais`,
    points: (amount) => `${amount} pontos`,
    lineChart: (title, lines, from, to) =>
      `Gráfico de linhas${title ? `: ${title}` : ''}${lines !== undefined ? `, ${lines} ${lines === 1 ? 'linha' : 'linhas'}` : ''}${from !== undefined ? `, ${from}–${to}` : ''}.`,
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
    imageBlocked: 'A política de segurança deste site bloqueia o download de imagens; aqui está o SVG no lugar.',
    close: 'Fechar',
    fileName: 'grafico',
  },
  years: {
    year: 'Ano',
    play: 'Reproduzir',
    pause: 'Pausar',
    next: 'Ano seguinte',
    shown: (year) => `Ano apresentado: ${year}.`,
    caption: (title, year) => `${title}, ${year}`,
  },
  a11y: {
    chart: 'gráfico interativo',
    keys: 'Use as setas para percorrer os dados, Home e End para o primeiro e o último, Esc para sair, L para ouvir.',
    keysMap: 'Use as setas para percorrer os países, do valor mais alto ao mais baixo, ou digite uma letra para encontrar um país; Esc para sair.',
    marks: { rect: 'barra', symbol: 'ponto', line: 'linha', shape: 'país', text: 'valor' },
    position: (index, count) => `${index} de ${count}`,
    highest: 'o mais alto',
    lowest: 'o mais baixo',
    at: (value, when) => `${value} em ${when}`,
    line: (name, from, to, change, lowest, highest) => `${name}: de ${from} a ${to}, ${change}; mínimo ${lowest}, máximo ${highest}.`,
    up: (amount) => `subiu ${amount}`,
    down: (amount) => `caiu ${amount}`,
    unchanged: 'sem mudança',
    gap: (amount) => `diferença: ${amount}`,
    projected: (when, value) => `projeção para ${when}: ${value}`,
    target: (value) => `meta: ${value}`,
    listen: 'Ouvir o gráfico',
    listening: 'Tocando o gráfico como som. Espaço pausa, Esc para.',
    paused: 'Em pausa.',
    stopped: 'Parado.',
    toneOn: 'Som ligado: cada ponto para onde você vai toca sua nota.',
    toneOff: 'Som desligado.',
    speed: (times) => `Velocidade: ×${times}`,
  },
  errors,
};
export default strings;
