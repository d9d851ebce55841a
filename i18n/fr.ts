import { listing, quoted } from '../core/lists.js';
import type { LayoutName } from '../core/layouts.js';
import type { RoleType } from '../core/roles.js';
import { conventions, type DateNames } from '../core/known-locales.js';
import type { BadCell, ErrorStrings, KitTranslation, Place } from './strings.js';

const place = (where: Place) =>
  where === 'inline' ? 'Le texte de données placé dans le graphique' : where === 'table' ? 'Le tableau placé dans le graphique' : `Le fichier "${where.file}"`;
const list = (items: readonly string[], max = 12) => listing(items, max, (count) => ` et ${count} autres`);
const columnsAre = (columns: readonly string[]) => `Vos données ont ces colonnes : ${list(quoted(columns))}.`;
const cell = ([row, text]: BadCell) => `la ligne ${row} contient "${text}"`;
const number = (value: number) => value.toLocaleString('fr');
const aggregateFirst = 'Regroupez (agrégez) d’abord les données, par exemple une ligne par région ou par année,';
const TYPES: Record<RoleType, string> = { nominal: 'noms ou libellés', quantitative: 'nombres', temporal: 'dates ou années', geo: 'noms ou codes de pays' };
const LAYOUTS: Record<LayoutName, string> = {
  'un-sdg': 'les colonnes d’un export de la Base de données mondiale des ODD de l’ONU (SeriesCode, GeoAreaName, TimePeriod, Value)',
  'world-bank': 'un téléchargement de la Banque mondiale (Country Name, Country Code, Indicator Name et une colonne par année)',
  'open-sdg': 'un fichier Open SDG (Year en premier, Value en dernier, avec des lignes où toutes les ventilations sont vides)',
  sdmx: 'un fichier SDMX-CSV (REF_AREA ou geo, TIME_PERIOD, OBS_VALUE)',
  owid: 'un fichier Our World in Data (Entity, Code, Year, puis les valeurs)',
  eurostat: 'un téléchargement en masse d’Eurostat (une première colonne comme unit,geo\\time, puis une colonne par année)',
  wide: 'des colonnes nommées d’après des années (2015, 2016, …)',
  tidy: 'n’importe quel tableau',
};

const SEP = { ',': 'virgule', ';': 'point-virgule', '\t': 'tabulation' } as const;

const SHAPES_ADVICE = 'geoBoundaries, HDX et les instituts nationaux de statistique publient des limites en fichiers .geojson ou .topojson.';
const SHAPES_SIMPLIFY = 'Simplifiez-le d’abord, par exemple sur mapshaper.org (Simplify, puis Export en TopoJSON), ou utilisez le fichier « simplified » de geoBoundaries.';

const errors: ErrorStrings = {
  notText: (where) => `${place(where)} n’est pas un fichier texte. Utilisez un fichier CSV, TSV ou JSON.`,
  webPage: (where) =>
    `${place(where)} est une page web, pas un fichier de données. Faites pointer src vers le fichier .csv, .tsv ou .json lui-même ` +
    `(pour une feuille Google Sheets : Fichier → Partager → Publier sur le Web → CSV).`,
  emptyFile: (where) => `${place(where)} est vide. Ajoutez une ligne d’en-tête et au moins une ligne de données.`,
  headerOnly: (where) => `${place(where)} a une ligne d’en-tête mais aucune ligne de données. Ajoutez au moins une ligne sous l’en-tête.`,
  badJson: (where, detail) => `${place(where)} n’est pas du JSON valide (${detail}). Vérifiez qu’il ne manque pas une virgule, un guillemet ou un crochet.`,
  notJsonRows: (where) => `${place(where)} doit être une liste JSON de lignes, comme [{"category": "North", "value": 70}].`,
  unclosedQuote: (where, line) =>
    `${place(where)} contient un guillemet (") à la ligne ${line} qui n’est jamais fermé : tout ce qui suit serait lu comme une seule cellule. ` +
    `Ajoutez le guillemet fermant, ou supprimez celui-ci.`,
  textAfterQuote: (where, line, cell, after, separator) =>
    `${place(where)} : à la ligne ${line}, la cellule entre guillemets ${cell} est suivie de "${after}" avant la ${SEP[separator]} suivante. ` +
    `Mettez toute la cellule entre les guillemets, ou retirez les guillemets.`,
  tooManyCells: (where, line, cells, columns, value) =>
    `${place(where)} : la ligne ${line} a ${cells} cellules, mais l’en-tête en a ${columns}. ` +
    (value
      ? `C’est sans doute un nombre écrit avec une virgule (${value}) : mettez-le entre guillemets ("${value}") ou retirez la virgule (${value.replace(/,/g, '')}).`
      : `Mettez entre guillemets une cellule qui contient le séparateur, ou ajoutez le nom de colonne manquant à l’en-tête.`),

  tooSlow: (src, seconds) =>
    `Le fichier de données "${src}" a mis trop de temps à se charger (plus de ${number(seconds)} ${seconds < 2 ? 'seconde' : 'secondes'}). Vérifiez l’adresse, ou réessayez plus tard.`,
  cors: (host, src) =>
    `Le site ${host} ne permet pas aux autres sites de lire "${src}". Hébergez le fichier sur votre propre site, ` +
    `ou collez les données dans le graphique avec un <table> ou un <script type="text/csv">.`,
  hostUnreachable: (host, src) =>
    `Le fichier de données "${src}" n’a pas pu être chargé : rien n’a répondu à ${host}. Vérifiez l’adresse (son orthographe et son numéro de port) et que le site est en ligne.`,
  corsRedirect: (src) =>
    `L’adresse "${src}" renvoie le navigateur vers un autre site (une redirection), et ce site ne permet pas aux autres sites de lire le fichier. ` +
    `Hébergez le fichier sur votre propre site, ou collez les données dans le graphique avec un <table> ou un <script type="text/csv">.`,
  redirectUnreachable: (src) =>
    `L’adresse "${src}" renvoie le navigateur vers une autre adresse (une redirection), où rien n’a répondu. Mettez dans src l’adresse finale du fichier, et vérifiez qu’il est en ligne.`,
  insecureAddress: (src) =>
    `Le fichier de données "${src}" commence par http:// alors que cette page est servie en https://, donc le navigateur le bloque. Utilisez l’adresse https:// du fichier.`,
  fileTooLarge: (src, megabytes, max) =>
    `Le fichier de données "${src}" fait ${number(megabytes)} Mo ; un graphique lit des fichiers de ${number(max)} Mo au plus. ` +
    `${aggregateFirst} ou gardez seulement les lignes et les colonnes utiles au graphique, et enregistrez-les dans un fichier plus petit.`,
  fileOverLimit: (src, max) =>
    `Le fichier de données "${src}" dépasse ${number(max)} Mo, le maximum qu’un graphique lit : sa lecture a été arrêtée. ` +
    `${aggregateFirst} ou gardez seulement les lignes et les colonnes utiles au graphique, et enregistrez-les dans un fichier plus petit.`,
  connectionFailed: (src) => `Le fichier de données "${src}" n’a pas pu être chargé : la connexion a échoué. Vérifiez l’adresse et votre connexion.`,
  serverAnswered: (src, status) =>
    `Le fichier de données "${src}" n’a pas pu être chargé (le serveur a répondu ${status}). ` +
    (status === 404
      ? 'Aucun fichier n’a été trouvé à cette adresse : vérifiez l’orthographe de src et que le fichier a bien été mis en ligne.'
      : status === 401 || status === 403
        ? 'Le serveur n’autorise pas à le lire : rendez le fichier public.'
        : 'Vérifiez l’adresse, ou réessayez plus tard.'),

  noSuchColumn: (asked, role, columns) =>
    `Il n’y a pas de colonne "${asked}" (demandée par ${role}-column="${asked}"). ${columnsAre(columns)} Remplacez ${role}-column par l’une d’elles.`,
  needsColumn: (role, type, _meaning, columns, suggestion) =>
    `Ce graphique a besoin d’une colonne de ${TYPES[type]} (${role}). ${columnsAre(columns)} ` +
    `Nommez cette colonne "${role}", ou ajoutez ${role}-column="${suggestion ?? 'nom de votre colonne'}" au graphique.`,
  oneBound: (given, column, missing) =>
    `Le graphique a des bornes ${given === 'lower' ? 'inférieures' : 'supérieures'} (colonne "${column}") mais pas de bornes ${missing === 'lower' ? 'inférieures' : 'supérieures'} : ` +
    `ajoutez ${missing}-column="…" avec le nom de leur colonne, ou retirez ${given}-column. Un intervalle a besoin de ses deux bornes.`,
  duplicateColumn: (column) =>
    `Vos données ont plusieurs colonnes nommées "${column}" : le graphique ne peut pas savoir laquelle utiliser. Renommez les copies pour que chaque colonne ait un nom différent.`,
  notNumbers: (column, cells, more) =>
    `La colonne "${column}" devrait contenir des nombres, mais ${cells.map(cell).join(' ; ')}${more > 0 ? ` (et ${more} autres)` : ''}. ` +
    `Écrivez les nombres comme 70 ou 69,5 (le signe % est accepté), et laissez la case vide quand la valeur manque.`,
  mixedDecimals: (column) =>
    `La colonne "${column}" mélange points et virgules décimales (par exemple "1.5" et "1,5"). ` +
    `Écrivez tous ses nombres de la même façon, ou ajoutez decimal="." ou decimal="," au graphique.`,
  ambiguousDecimal: (column, example) =>
    `La colonne "${column}" contient des nombres comme "${example}", qui peuvent se lire avec un séparateur de milliers ou avec une virgule décimale. ` +
    `Ajoutez decimal="." si la virgule sépare les milliers, ou decimal="," si la virgule est la virgule décimale.`,
  notDates: (column, bad) =>
    `La colonne "${column}" devrait contenir des années ou des dates, mais ${cell(bad)}. Écrivez les années comme 2015 ou les dates comme 2015-06-30.`,

  outOfRange: (attribute, value, min, max, integer) =>
    `${attribute}="${value}" est hors limites : écrivez ${integer ? 'un nombre entier' : 'un nombre'} de ${min} à ${max}.`,
  notANumber: (attribute, value) => `${attribute}="${value}" n’est pas un nombre. Écrivez-le comme ${attribute}="42.5".`,
  unknownValue: (attribute, value, known) => `${attribute}="${value}" n’est pas une valeur que ce graphique connaît. Utilisez l’une de celles-ci : ${known.join(', ')}.`,

  unknownTemplate: (name, known) => `Il n’y a pas de modèle de graphique appelé "${name}". Utilisez l’un de ceux-ci : ${known.join(', ')}.`,
  tooManyColumns: (count, max) =>
    `Les données ont ${number(count)} colonnes ; un graphique peut en lire au plus ${number(max)}. ` +
    'Gardez seulement les colonnes dont le graphique a besoin (par exemple une colonne de noms et une de nombres), ou mettez les années ou les groupes en lignes plutôt qu’en colonnes.',
  tooManyRows: (count, max) =>
    `Les données ont ${number(count)} lignes ; un graphique peut en afficher au plus ${number(max)}. ` +
    `${aggregateFirst} ou affichez moins de lignes avec series-code, countries, years ou where.`,
  templateTooManyRows: (_name, id, max, count) =>
    `Ce graphique (template="${id}") peut afficher au plus ${number(max)} lignes, et ces données en ont ${number(count)}. ` +
    `${aggregateFirst} ou gardez seulement les lignes utiles à votre propos.`,
  dataNotList: (example) => `La propriété data doit être une liste de lignes, comme ${example}.`,
  dataEmptyList: () => 'La propriété data est une liste vide. Donnez-lui au moins une ligne.',
  dataListUnreadable: (example) =>
    `La propriété data n’a pas pu être lue (sa lecture a provoqué une erreur). Donnez-lui une simple liste de lignes, comme ${example}.`,
  dataHole: (row) =>
    `La ligne ${row} de la propriété data manque : la liste a un trou à cet endroit. Donnez chaque ligne sous forme d’objet, comme {"category": "Nord", "value": 70}, ou supprimez le trou.`,
  dataBigInt: (row, column) =>
    `La ligne ${row} de la propriété data contient un BigInt dans la colonne « ${column} », qu’un graphique ne peut pas dessiner. Mettez-y un nombre ordinaire (par exemple Number(valeur)).`,
  dataCycle: (row, column) =>
    `La ligne ${row} de la propriété data contient, dans la colonne « ${column} », un objet qui se contient lui-même, qu’un graphique ne peut pas lire. Mettez-y du texte ou un nombre.`,
  dataUnreadable: (row) =>
    `La ligne ${row} de la propriété data n’a pas pu être lue (sa lecture a provoqué une erreur). Donnez des lignes simples : des objets de textes et de nombres, sans accesseurs ni proxys qui échouent.`,
  noData: () =>
    'Ce graphique n’a pas encore de données. Ajoutez src="votre-fichier.csv", ou placez dans le graphique un <table> ou un <script type="text/csv"> avec vos données.',
  noValues: (column) =>
    `La colonne « ${column} » n’a aucun nombre à dessiner : chaque case est vide ou marquée comme manquante. ` +
    `Vérifiez que c’est le bon fichier, ou choisissez une autre colonne avec value-column="…".`,
  cardNoNumber: () =>
    'Cet encadré n’a pas encore de nombre. Ajoutez value="30" (et label="dialogues nationaux"), ou donnez-lui des données avec src="votre-fichier.csv".',
  cardRepeatedYear: (year, values) =>
    `Les données ont ${values.length} lignes pour ${year} avec des nombres différents (${values.join(', ')}), et la ligne d’un encadré montre un nombre par année. ` +
    'Gardez une ligne par année : par exemple, les lignes d’un seul pays ou d’un seul groupe.',
  cardNoNumbers: (column) => `Les données n’ont aucun nombre dans la colonne "${column}". Ajoutez au moins un nombre.`,
  shapesNotJson: (src) => `Le fichier de limites "${src}" (de shapes) n’est pas du JSON : ce n’est donc pas un fichier GeoJSON ou TopoJSON. ${SHAPES_ADVICE}`,
  shapesNotGeo: (src, found) =>
    `Le fichier de limites "${src}" (de shapes) est du JSON, mais pas du GeoJSON ni du TopoJSON${found ? ` (son type est "${found}")` : ''} : ` +
    `une carte a besoin d’une FeatureCollection ou d’une Topology de zones. ${SHAPES_ADVICE}`,
  shapesNotGiven: (src) => `Le fichier de limites "${src}" (de shapes) n’a pas pu être lu. Vérifiez son chemin.`,
  shapesEmpty: (src) => `Le fichier de limites "${src}" (de shapes) n’a aucune zone (polygone) à dessiner. Vérifiez que c’est le bon fichier.`,
  shapesTooLarge: (src, megabytes, limit) =>
    `Le fichier de limites "${src}" fait ${number(megabytes)} Mo : trop détaillé pour une page web (la limite est de ${number(limit)} Mo). ${SHAPES_SIMPLIFY}`,
  shapesTooDetailed: (src, points, limit) =>
    `Le fichier de limites "${src}" a ${number(points)} points : trop détaillé pour une page web (la limite est de ${number(limit)}). ${SHAPES_SIMPLIFY}`,
  shapeKeyMissing: (key, src, properties) => `shape-key="${key}" ne nomme aucune propriété des zones de "${src}". Leurs propriétés sont : ${list(quoted(properties))}.`,
  noAreaMatches: (key, src, areas, rows) =>
    `Aucune ligne des données ne nomme une zone de "${src}" (comparée à sa propriété "${key}"). Les zones du fichier sont : ${list(areas, 8)} ; ` +
    `les données ont : ${list(rows, 8)}. Écrivez les zones comme le fichier, ou choisissez une autre propriété avec shape-key.`,
  sameArea: (area, rows) =>
    `${area} apparaît ${rows.length} fois avec des valeurs différentes : ${list(rows.map((row) => `${row.geo} (${row.value})`))}. Gardez une ligne par zone.`,
  tooManyPanels: (column, max) =>
    `facet-column="${column}" dessinerait plus de ${max} petits graphiques, trop petits pour être lus. ` +
    `Gardez ceux dont parle votre récit avec countries="…", where="${column}=…" ou years="…", ou dessinez un seul graphique sans facet-column.`,
  facetTemplate: (template, supported) =>
    `facet-column ne fonctionne pas avec template="${template}". Utilisez-le avec ${supported.join(', ')}, ou retirez facet-column.`,
  internal: (detail) =>
    `Un problème est survenu dans le graphique (${detail}). C’est une erreur de lnob-charts : merci de la signaler en joignant votre fichier de données.`,

  unknownLayout: (asked, known) => `layout="${asked}" n’est pas une disposition que ce graphique connaît. Utilisez l’une de celles-ci : ${known.join(', ')}.`,
  layoutMismatch: (layout, columns) =>
    `layout="${layout}" attend ${LAYOUTS[layout]}, mais les colonnes du fichier sont : ${columns.join(', ')}. ` +
    `Retirez l’attribut layout pour que le graphique la reconnaisse seul, ou vérifiez que c’est bien le bon fichier.`,
  noSeriesColumn: (seriesCode, columns) =>
    `series-code="${seriesCode}" a besoin d’une colonne de codes de séries (SeriesCode, Indicator Code ou Series), et ce fichier n’en a pas. ` +
    `Ses colonnes sont : ${list(columns)}. Retirez series-code, ou utilisez where="Colonne=valeur".`,
  badWhere: (where) =>
    `where="${where}" n’est pas compris. Écrivez chaque condition sous la forme Colonne=valeur, séparées par ";", comme where="Sex=Female; Location=Rural".`,
  noWhereColumn: (asked, where, columns) => `Il n’y a pas de colonne "${asked}" (demandée par where="${where}"). Les colonnes du fichier sont : ${list(columns, 40)}.`,
  countriesNeedColumn: (countries) =>
    `countries="${countries}" a besoin d’une colonne de noms ou de codes de pays. Ajoutez geo-column="votre colonne" au graphique.`,
  noCountryRows: (missing, countries, column, values) =>
    `Aucune ligne pour ${missing.join('; ')} (demandé par countries="${countries}") ; le fichier a ${column} = ${list(values)}. ` +
    `Écrivez les noms comme le fichier les écrit, ou des codes ISO comme KEN.`,
  yearsNeedColumn: (years) => `years="${years}" a besoin d’une colonne d’années. Ajoutez time-column="votre colonne" au graphique.`,
  noYearRows: (years, span) =>
    `Aucune ligne pour years=${years} ; le fichier a ${span ? `des années de ${span[0]} à ${span[1]}` : 'aucune année'}. Choisissez pour years une période comprise dans celle du fichier.`,
  badYears: (years) => `years="${years}" n’est pas compris. Écrivez les années comme years="2000-2022", years="2015; 2020" ou years="2015-".`,
  badAggregates: (aggregates) =>
    `aggregates="${aggregates}" n’est pas compris. Écrivez aggregates="exclude" pour retirer les régions et les groupes de revenu, ` +
    `aggregates="only" pour ne garder qu’eux, ou aggregates="include" pour tout garder.`,
  aggregatesNeedColumn: () => 'aggregates a besoin d’une colonne de noms ou de codes de pays. Ajoutez geo-column="votre colonne" au graphique.',
  onlyAggregates: (values) =>
    `Chaque ligne est une région ou un groupe (${list(values)}) : avec aggregates="exclude", il ne reste rien à afficher. Retirez-le.`,
  noAggregates: (values) =>
    `Aucune ligne n’est une région ou un groupe de revenu (le fichier a ${list(values)}) : avec aggregates="only", il ne reste rien à afficher. Retirez-le.`,
  noRows: (asked, column, values) => `Aucune ligne pour ${asked} ; le fichier a ${column} = ${list(values)}. Choisissez l’une de ces valeurs.`,
  ambiguousRows: (mark, count, differing) =>
    `Il y a ${count} lignes pour ${mark}, et le graphique ne choisit pas l’une d’elles et ne les additionne pas. Elles diffèrent par ` +
    `${differing.map((d) => `${d.column} (${list(d.values)})`).join(', ')}. ` +
    `Choisissez-en une avec where="${differing.map((d) => `${d.column}=${d.values[0]}`).join('; ')}".`,
  repeatedRows: (mark, values) =>
    `Il y a ${values.length} lignes pour ${mark} avec des valeurs différentes (${list(values)}), et rien dans le fichier ne les distingue : ` +
    `le graphique ne peut pas savoir laquelle est juste. Gardez une seule ligne pour ${mark} dans le fichier.`,
  sameCountry: (country, rows) =>
    `${country} apparaît ${rows.length === 2 ? 'deux fois' : `${rows.length} fois`} : ${list(rows.map((row) => `${row.geo} (${row.value})`))}. ` +
    `Gardez une seule ligne par pays.`,
  severalValues: (column, values, attribute) =>
    `Le fichier a plusieurs valeurs de ${column} (${list(values)}), et un graphique n’en montre qu’une. ` +
    `Choisissez avec ${attribute === 'series-code' ? `series-code="${values[0]}"` : `where="${column}=${values[0]}"`}.`,
  noFilledRows: (column, values) =>
    `Aucune ligne pour ${column} (toutes les cases sont vides) ; le fichier a ${column} = ${list(values)}. Choisissez l’une de ces valeurs.`,

  surveyRange: () =>
    'Les réponses à une enquête sont des pourcentages de personnes interrogées, entre 0 et 100, mais la colonne des valeurs contient des nombres hors de cet intervalle. ' +
    'Donnez le pourcentage de chaque réponse (comme 34), ou utilisez ranked-bar pour d’autres nombres.',
  stackedNegative: () =>
    'Un graphique des parts d’un tout ne peut pas montrer de valeurs négatives : chaque partie est une part de sa barre. Vérifiez la colonne des valeurs, ou utilisez ranked-bar.',
  pyramidGroups: (groups) =>
    `Une pyramide des âges compare deux groupes dos à dos (par exemple Femmes et Hommes), et les données en ont ${groups.length} : ${list(quoted(groups))}. ` +
    `Gardez les lignes de deux groupes, ou utilisez disaggregation pour en comparer davantage.`,
  pyramidNegative: (category) =>
    `Une pyramide des âges montre des effectifs ou des parts, qui ne peuvent pas être négatifs, et la ligne "${category}" a une valeur négative. Vérifiez la colonne des valeurs.`,
  slopeOneTime: (time) =>
    `Un graphique de pente compare deux années, et les données n’ont de valeurs que pour une seule (${time}). ` +
    'Ajoutez les lignes d’une deuxième année, ou choisissez-en deux avec `years="2015; 2022"` si le fichier en a davantage ; utilisez ranked-bar pour une seule année.',
  waffleTooMany: (max, count) =>
    `Un graphique en gaufre montre au plus ${max} parts, et ces données en ont ${count}. Utilisez ranked-bar pour comparer de nombreux lieux, ou gardez seulement les lignes utiles à votre propos.`,
  waffleRange: () =>
    'Un graphique en gaufre montre une part entre 0 % et 100 %, mais la colonne des valeurs contient des nombres hors de cet intervalle. Donnez des pourcentages (comme 50) ou des fractions (comme 0,5).',
  unknownIndicator: (code, known) =>
    `Il n’y a pas de préréglage pour l’indicateur ODD "${code}". Utilisez l’un de ceux-ci : ${known.join(', ')}, ` +
    `ou retirez indicator="${code}" et indiquez vous-même le titre, les notes et la cible.`,
};

/** Numbers and dates as Intl writes them in this language and its regions (core/known-locales.ts). */
const FR: DateNames = {
  days: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  shortDays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  shortMonths: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};
const fr = conventions(',', '\u202f', FR, '%d/%m/%Y', ['AM', 'PM']);

/** Français. */
export const strings: KitTranslation = {
  formats: { fr, 'fr-FR': fr },
  lang: 'fr',
  dir: 'ltr',
  cannotShow: 'Ce graphique ne peut pas être affiché.',
  cannotShowCard: 'Cet encadré ne peut pas être affiché.',
  source: 'Source :',
  credit: 'Graphique :',
  stat: {
    since: (when) => `depuis ${when}`,
    up: (change) => `En hausse de ${change}`,
    down: (change) => `En baisse de ${change}`,
    noChange: (change) => `Pas de changement : ${change}`,
    trend: (from, to) => `Évolution : de ${from} à ${to}.`,
    inYear: (value, when) => `${value} en ${when}`,
  },
  period: (years, latest) => (latest ? `Dernières données, ${years}.` : `Données de ${years}.`),
  choices: {
    bothSexes: 'les deux sexes',
    allAges: 'tous âges',
    allAreas: 'toutes zones (urbaines et rurales)',
    allWealth: 'tous les groupes de richesse',
    allOf: (column) => `ensemble de ${column}`,
    separator: ', ',
    headline: (columns) => `Totaux, sans ventilation par ${columns}.`,
    globalFigures: 'Chiffres établis pour le suivi mondial (Reporting Type G).',
    latestYear: (year) => `Dernière année disponible : ${year}.`,
    latestYears: (years) => `Chaque valeur est celle de la dernière année disponible (${years} ; l’année varie d’une ligne à l’autre).`,
    differentYears: (years) => `Les valeurs datent d’années différentes (${years}).`,
  },
  table: {
    show: 'Afficher les données en tableau',
    hide: 'Masquer le tableau',
    more: (shown, total) => `Affichage des ${shown} premières lignes sur ${total}.`,
    download: 'Télécharger toutes les lignes (CSV)',
  },
  summary: {
    highest: (name, value) => `Valeur la plus élevée : ${name}, ${value}.`,
    lowest: (name, value) => `Valeur la plus basse : ${name}, ${value}.`,
    noValues: 'Aucune valeur à afficher.',
    percentagePoints: (amount) => `${amount} points de pourcentage`,
    points: (amount) => `${amount} points`,
    lineChart: (title, lines, from, to) =>
      `Graphique en courbes${title ? ` : ${title}` : ''}${lines !== undefined ? `, ${lines} ${lines === 1 ? 'courbe' : 'courbes'}` : ''}${from !== undefined ? `, ${from}–${to}` : ''}.`,
  },
  menu: {
    button: 'Partager',
    label: 'Partager ou télécharger ce graphique',
    png: 'Télécharger l’image (PNG)',
    svg: 'Télécharger l’image vectorielle (SVG)',
    csv: 'Télécharger les données (CSV)',
    square: 'Image pour les réseaux sociaux : carrée',
    portrait: 'Image pour les réseaux sociaux : portrait',
    landscape: 'Image pour les réseaux sociaux : paysage',
    embed: 'Copier le code d’intégration',
    copied: 'Copié',
    copyYourself: 'Copiez ce code pour mettre le graphique sur votre page',
    imageBlocked: 'La politique de sécurité de ce site bloque le téléchargement d’images ; voici le SVG à la place.',
    close: 'Fermer',
    fileName: 'graphique',
  },
  years: {
    year: 'Année',
    play: 'Lecture',
    pause: 'Pause',
    next: 'Année suivante',
    shown: (year) => `Année affichée : ${year}.`,
    caption: (title, year) => `${title}, ${year}`,
  },
  a11y: {
    chart: 'graphique interactif',
    keys: 'Flèches pour parcourir les données, Début et Fin pour la première et la dernière, Échap pour sortir, L pour écouter.',
    keysMap: 'Flèches pour parcourir les pays, de la valeur la plus élevée à la plus basse, ou tapez une lettre pour trouver un pays ; Échap pour sortir.',
    marks: { rect: 'barre', symbol: 'point', line: 'ligne', shape: 'pays', text: 'valeur' },
    position: (index, count) => `${index} sur ${count}`,
    highest: 'la plus élevée',
    lowest: 'la plus basse',
    at: (value, when) => `${value} en ${when}`,
    line: (name, from, to, change, lowest, highest) => `${name} : de ${from} à ${to}, ${change} ; minimum ${lowest}, maximum ${highest}.`,
    up: (amount) => `en hausse de ${amount}`,
    down: (amount) => `en baisse de ${amount}`,
    unchanged: 'inchangé',
    gap: (amount) => `écart : ${amount}`,
    projected: (when, value) => `projection pour ${when} : ${value}`,
    target: (value) => `cible : ${value}`,
    listen: 'Écouter le graphique',
    listening: 'Lecture du graphique en sons. Espace pour la pause, Échap pour arrêter.',
    paused: 'En pause.',
    stopped: 'Arrêté.',
    toneOn: 'Son activé : chaque point atteint joue sa note.',
    toneOff: 'Son désactivé.',
    speed: (times) => `Vitesse : ×${times}`,
  },
  errors,
};
export default strings;
