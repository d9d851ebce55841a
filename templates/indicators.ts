/**
 * SDG indicator presets: what `indicator="3.2.1"` fills in for a chart.
 *
 * This file is data. To add an indicator, copy one entry of `INDICATORS`,
 * change its code and fields, and cite where each fact comes from in
 * `source`. Rules for every entry:
 *
 * - `name` is the indicator's official name, copied from the UN's own list in
 *   that language (the global indicator framework, A/RES/71/313 and its
 *   annual refinements). Never translate a name yourself: when no official
 *   translation was found, leave that language out and English is shown.
 * - `title` is the same official name, cut before its disaggregation clause
 *   ("…, by sex and age") so it fits above a chart. It must be the start of
 *   `name`, word for word (a test checks it).
 * - `unitLabel`, `notes` and target labels are the kit's own plain words
 *   (not official text), in English, French and Spanish.
 *   Keep target labels to 17 characters or fewer: they sit beside the target
 *   line of `progress` and are cut with "…" beyond that.
 * - `target2030` is the number the `progress` template draws and judges
 *   against: `value` (a level), `relative` (a share of a baseline year's
 *   value) or `none` (the target sets no number: no line, no verdict).
 *
 * Nothing here knows about the DOM: `presetDefaults()` is a pure function the
 * element calls to fill in what the page did not set.
 */
import { failIndicator } from '../i18n/errors/indicators.en.js';
import type { OptionValue } from './types.js';

/** The languages official names are kept in. */
export const PRESET_LANGUAGES = ['en', 'fr', 'es'] as const;
export type PresetLanguage = (typeof PRESET_LANGUAGES)[number];

/** Text in several languages: English always, French and Spanish when known. */
export type Localized = { readonly en: string } & { readonly [L in Exclude<PresetLanguage, 'en'>]?: string };

export type Target2030 =
  /** Reach a level, e.g. at most 25 deaths per 1,000 live births. */
  | { readonly kind: 'value'; readonly value: number; readonly label?: Localized }
  /** Reach a share of a baseline year's value, e.g. half of the 2015 value. */
  | { readonly kind: 'relative'; readonly factor: number; readonly baselineYear: number; readonly label?: Localized }
  /** The target sets no number for 2030: no target line, no verdict. */
  | { readonly kind: 'none' };

export type Disaggregation = 'sex' | 'age' | 'disability' | 'location' | 'income';

export interface IndicatorPreset {
  /** The indicator's number, e.g. `3.2.1`. */
  readonly code: string;
  /** The SDG it belongs to, 1–17. */
  readonly goal: number;
  /** The target it measures, e.g. `3.2`. */
  readonly target: string;
  /** The target's official English wording (A/RES/70/1), for reference. */
  readonly targetText: string;
  /** The official indicator name. */
  readonly name: Localized;
  /** The official name without its disaggregation clause: the chart's default title. */
  readonly title: Localized;
  /** Written after each number in labels: `%`, or `''` for rates whose unit is said in `unitLabel`. */
  readonly unit: string;
  /** What the numbers count, shown as the default subtitle. */
  readonly unitLabel: Localized;
  /** Decimals shown in labels. */
  readonly decimals: number;
  /** Is a higher value progress? (Sets the `progress` template's `direction`.) */
  readonly higherIsBetter: boolean;
  readonly target2030: Target2030;
  /** What a reader must know to read the target line right, shown as the chart's notes. */
  readonly notes: Localized;
  /** Typical breakdowns: those the official name asks for, and others UN reporting commonly uses. */
  readonly disaggregations?: readonly Disaggregation[];
  /** Where every fact above comes from. */
  readonly source: string;
}

// ── Where the facts come from ───────────────────────────────────────────────
const FRAMEWORK =
  'Global indicator framework for the SDGs, UN General Assembly resolution A/RES/71/313 (annex), as refined by the ' +
  'UN Statistical Commission through the 2020 comprehensive review and its annual refinements';
const TARGETS = 'Target wording: Transforming our world: the 2030 Agenda for Sustainable Development, A/RES/70/1';
const NAMES_FR_ES =
  'French and Spanish names: the UN’s official French and Spanish versions of the indicator list, as compiled in ' +
  'open-sdg/sdg-translations (translations/fr and translations/es, global_indicators.yml)';
const UNSD_METADATA = 'UN SDG indicator metadata (unstats.un.org/sdgs/metadata)';

/** Everything a campaigner needs to know, one entry per indicator. */
export const INDICATORS: readonly IndicatorPreset[] = [
  {
    code: '1.1.1',
    goal: 1,
    target: '1.1',
    targetText:
      'By 2030, eradicate extreme poverty for all people everywhere, currently measured as people living on less than $1.25 a day',
    name: {
      en: 'Proportion of the population living below the international poverty line by sex, age, employment status and geographic location (urban/rural)',
      fr: 'Proportion de la population vivant au-dessous du seuil de pauvreté fixé au niveau international, par sexe, âge, situation dans l’emploi et lieu de résidence (zone urbaine/zone rurale)',
      es: 'Proporción de la población que vive por debajo del umbral internacional de pobreza, desglosada por sexo, edad, situación laboral y ubicación geográfica (urbana o rural)',
    },
    title: {
      en: 'Proportion of the population living below the international poverty line',
      fr: 'Proportion de la population vivant au-dessous du seuil de pauvreté fixé au niveau international',
      es: 'Proporción de la población que vive por debajo del umbral internacional de pobreza',
    },
    unit: '%',
    unitLabel: {
      en: '% of the population living on less than $3.00 a day (2021 prices)',
      fr: '% de la population vivant avec moins de 3,00 dollars par jour (prix de 2021)',
      es: '% de la población que vive con menos de 3,00 dólares al día (precios de 2021)',
    },
    decimals: 1,
    higherIsBetter: false,
    target2030: {
      kind: 'value',
      value: 3,
      label: { en: 'Ended: below 3%', fr: 'Éliminée : < 3 %', es: 'Erradicada: < 3 %' },
    },
    notes: {
      en:
        'Target 1.1: eradicate extreme poverty by 2030. The target’s text says $1.25 a day; the World Bank’s international ' +
        'poverty line is now $3.00 a day in 2021 prices (since June 2025), and the World Bank treats a rate below 3% as ' +
        'ending extreme poverty. The target line shows that 3%.',
      fr:
        'Cible 1.1 : éliminer l’extrême pauvreté d’ici à 2030. Le texte de la cible dit 1,25 dollar par jour ; le seuil ' +
        'international de pauvreté de la Banque mondiale est désormais de 3,00 dollars par jour aux prix de 2021 (depuis ' +
        'juin 2025), et la Banque mondiale considère qu’un taux inférieur à 3 % met fin à l’extrême pauvreté. La ligne ' +
        'de la cible montre ces 3 %.',
      es:
        'Meta 1.1: erradicar la pobreza extrema para 2030. El texto de la meta dice 1,25 dólares al día; el umbral ' +
        'internacional de pobreza del Banco Mundial es ahora de 3,00 dólares al día a precios de 2021 (desde junio de ' +
        '2025), y el Banco Mundial considera que una tasa inferior al 3 % pone fin a la pobreza extrema. La línea de la ' +
        'meta muestra ese 3 %.',
    },
    disaggregations: ['sex', 'age', 'location'],
    source:
      `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}. Poverty line: World Bank, “June 2025 Update to Global Poverty Lines” ` +
      '($3.00 a day in 2021 PPP, replacing $2.15 in 2017 PPP). 3% threshold: World Bank Group goal to reduce extreme ' +
      'poverty to no more than 3% by 2030.',
  },
  {
    code: '1.2.1',
    goal: 1,
    target: '1.2',
    targetText:
      'By 2030, reduce at least by half the proportion of men, women and children of all ages living in poverty in all its dimensions according to national definitions',
    name: {
      en: 'Proportion of population living below the national poverty line, by sex and age',
      fr: 'Proportion de la population vivant au-dessous du seuil national de pauvreté, par sexe et âge',
      es: 'Proporción de la población que vive por debajo del umbral nacional de pobreza, desglosada por sexo y edad',
    },
    title: {
      en: 'Proportion of population living below the national poverty line',
      fr: 'Proportion de la population vivant au-dessous du seuil national de pauvreté',
      es: 'Proporción de la población que vive por debajo del umbral nacional de pobreza',
    },
    unit: '%',
    unitLabel: {
      en: '% of the population below the national poverty line',
      fr: '% de la population sous le seuil national de pauvreté',
      es: '% de la población por debajo del umbral nacional de pobreza',
    },
    decimals: 1,
    higherIsBetter: false,
    target2030: {
      kind: 'relative',
      factor: 0.5,
      baselineYear: 2015,
      label: { en: 'Half the baseline', fr: 'Moitié de la base', es: 'Mitad de la base' },
    },
    notes: {
      en:
        'Target 1.2: at least halve poverty by national definitions by 2030. The target line is half the 2015 value; ' +
        'when the data has no 2015 value, half the first value after 2015, and the chart says which year it used.',
      fr:
        'Cible 1.2 : réduire au moins de moitié la pauvreté selon les définitions nationales d’ici à 2030. La ligne de ' +
        'la cible est la moitié de la valeur de 2015 ; sans valeur pour 2015, la moitié de la première valeur après ' +
        '2015, et le graphique indique l’année retenue.',
      es:
        'Meta 1.2: reducir al menos a la mitad la pobreza según las definiciones nacionales para 2030. La línea de la ' +
        'meta es la mitad del valor de 2015; si no hay valor para 2015, la mitad del primer valor posterior a 2015, y el ' +
        'gráfico indica el año utilizado.',
    },
    disaggregations: ['sex', 'age'],
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}.`,
  },
  {
    code: '2.2.1',
    goal: 2,
    target: '2.2',
    targetText:
      'By 2030, end all forms of malnutrition, including achieving, by 2025, the internationally agreed targets on stunting and wasting in children under 5 years of age, and address the nutritional needs of adolescent girls, pregnant and lactating women and older persons',
    name: {
      en: 'Prevalence of stunting (height for age <-2 standard deviation from the median of the World Health Organization (WHO) Child Growth Standards) among children under 5 years of age',
      fr: 'Prévalence du retard de croissance (indice taille/âge inférieur à -2 écarts types par rapport à la médiane des normes de croissance de l’enfant définies par l’OMS) chez les enfants de moins de 5 ans',
      es: 'Prevalencia del retraso del crecimiento (estatura para la edad, desviación típica < -2 de la mediana de los patrones de crecimiento infantil de la Organización Mundial de la Salud (OMS)) entre los niños menores de 5 años',
    },
    title: {
      en: 'Prevalence of stunting',
      fr: 'Prévalence du retard de croissance',
      es: 'Prevalencia del retraso del crecimiento',
    },
    unit: '%',
    unitLabel: {
      en: '% of children under 5 who are stunted (too short for their age)',
      fr: '% des enfants de moins de 5 ans présentant un retard de croissance',
      es: '% de los niños menores de 5 años con retraso del crecimiento',
    },
    decimals: 1,
    higherIsBetter: false,
    target2030: { kind: 'none' },
    notes: {
      en: 'Target 2.2 sets no number for stunting in 2030 (its agreed stunting targets were for 2025), so no target line or verdict is shown.',
      fr: 'La cible 2.2 ne fixe aucun chiffre pour le retard de croissance en 2030 (ses objectifs chiffrés portaient sur 2025) : aucune ligne de cible ni aucun verdict ne sont donc affichés.',
      es: 'La meta 2.2 no fija ninguna cifra de retraso del crecimiento para 2030 (sus metas acordadas eran para 2025), por lo que no se muestra línea de meta ni veredicto.',
    },
    disaggregations: ['sex', 'age', 'location', 'income'],
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}.`,
  },
  {
    code: '3.1.1',
    goal: 3,
    target: '3.1',
    targetText: 'By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births',
    name: { en: 'Maternal mortality ratio', fr: 'Taux de mortalité maternelle', es: 'Tasa de mortalidad materna' },
    title: { en: 'Maternal mortality ratio', fr: 'Taux de mortalité maternelle', es: 'Tasa de mortalidad materna' },
    unit: '',
    unitLabel: {
      en: 'Maternal deaths per 100,000 live births',
      fr: 'Décès maternels pour 100 000 naissances vivantes',
      es: 'Muertes maternas por cada 100.000 nacidos vivos',
    },
    decimals: 0,
    higherIsBetter: false,
    target2030: {
      kind: 'value',
      value: 70,
      label: { en: 'Global target: 70', fr: 'Cible mondiale 70', es: 'Meta mundial: 70' },
    },
    notes: {
      en: 'Target 3.1 is global: below 70 per 100,000 live births worldwide. For a single country it is a benchmark, not that country’s own target.',
      fr: 'La cible 3.1 est mondiale : moins de 70 pour 100 000 naissances vivantes dans le monde. Pour un seul pays, c’est un repère, pas la cible propre à ce pays.',
      es: 'La meta 3.1 es mundial: menos de 70 por cada 100.000 nacidos vivos en todo el mundo. Para un solo país es una referencia, no la meta propia de ese país.',
    },
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}; ${UNSD_METADATA}, indicator 3.1.1.`,
  },
  {
    code: '3.2.1',
    goal: 3,
    target: '3.2',
    targetText:
      'By 2030, end preventable deaths of newborns and children under 5 years of age, with all countries aiming to reduce neonatal mortality to at least as low as 12 per 1,000 live births and under-5 mortality to at least as low as 25 per 1,000 live births',
    name: { en: 'Under-5 mortality rate', fr: 'Taux de mortalité des enfants de moins de 5 ans', es: 'Tasa de mortalidad de niños menores de 5 años' },
    title: { en: 'Under-5 mortality rate', fr: 'Taux de mortalité des enfants de moins de 5 ans', es: 'Tasa de mortalidad de niños menores de 5 años' },
    unit: '',
    unitLabel: {
      en: 'Deaths before age 5 per 1,000 live births',
      fr: 'Décès avant 5 ans pour 1 000 naissances vivantes',
      es: 'Muertes antes de los 5 años por cada 1.000 nacidos vivos',
    },
    decimals: 1,
    higherIsBetter: false,
    target2030: {
      kind: 'value',
      value: 25,
      label: { en: '2030 target: 25', fr: 'Cible 2030 : 25', es: 'Meta 2030: 25' },
    },
    notes: {
      en: 'Target 3.2: every country aims to bring under-5 mortality down to 25 per 1,000 live births or lower by 2030.',
      fr: 'Cible 3.2 : chaque pays vise à ramener la mortalité des moins de 5 ans à 25 pour 1 000 naissances vivantes au plus d’ici à 2030.',
      es: 'Meta 3.2: todos los países intentan reducir la mortalidad de menores de 5 años a 25 por cada 1.000 nacidos vivos como máximo para 2030.',
    },
    disaggregations: ['sex', 'location', 'income'],
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}; ${UNSD_METADATA}, indicator 3.2.1 (custodian: UNICEF).`,
  },
  {
    code: '3.2.2',
    goal: 3,
    target: '3.2',
    targetText:
      'By 2030, end preventable deaths of newborns and children under 5 years of age, with all countries aiming to reduce neonatal mortality to at least as low as 12 per 1,000 live births and under-5 mortality to at least as low as 25 per 1,000 live births',
    name: { en: 'Neonatal mortality rate', fr: 'Taux de mortalité néonatale', es: 'Tasa de mortalidad neonatal' },
    title: { en: 'Neonatal mortality rate', fr: 'Taux de mortalité néonatale', es: 'Tasa de mortalidad neonatal' },
    unit: '',
    unitLabel: {
      en: 'Deaths in the first 28 days per 1,000 live births',
      fr: 'Décès au cours des 28 premiers jours pour 1 000 naissances vivantes',
      es: 'Muertes en los primeros 28 días por cada 1.000 nacidos vivos',
    },
    decimals: 1,
    higherIsBetter: false,
    target2030: {
      kind: 'value',
      value: 12,
      label: { en: '2030 target: 12', fr: 'Cible 2030 : 12', es: 'Meta 2030: 12' },
    },
    notes: {
      en: 'Target 3.2: every country aims to bring neonatal mortality down to 12 per 1,000 live births or lower by 2030.',
      fr: 'Cible 3.2 : chaque pays vise à ramener la mortalité néonatale à 12 pour 1 000 naissances vivantes au plus d’ici à 2030.',
      es: 'Meta 3.2: todos los países intentan reducir la mortalidad neonatal a 12 por cada 1.000 nacidos vivos como máximo para 2030.',
    },
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}; ${UNSD_METADATA}, indicator 3.2.2 (custodian: UNICEF).`,
  },
  {
    code: '4.1.2',
    goal: 4,
    target: '4.1',
    targetText:
      'By 2030, ensure that all girls and boys complete free, equitable and quality primary and secondary education leading to relevant and effective learning outcomes',
    // No official French name found for this indicator (added in the 2020 comprehensive review): English is shown.
    name: {
      en: 'Completion rate (primary education, lower secondary education, upper secondary education)',
      es: 'Índice de finalización (enseñanza primaria, primer ciclo de enseñanza secundaria y segundo ciclo de enseñanza secundaria)',
    },
    title: {
      en: 'Completion rate (primary education, lower secondary education, upper secondary education)',
      es: 'Índice de finalización (enseñanza primaria, primer ciclo de enseñanza secundaria y segundo ciclo de enseñanza secundaria)',
    },
    unit: '%',
    unitLabel: {
      en: '% of young people who completed the level',
      fr: '% des jeunes ayant achevé le niveau',
      es: '% de jóvenes que completaron el nivel',
    },
    decimals: 1,
    higherIsBetter: true,
    target2030: { kind: 'value', value: 100 },
    notes: {
      en: 'Target 4.1: all girls and boys complete primary and secondary education by 2030, shown as 100%.',
      fr: 'Cible 4.1 : toutes les filles et tous les garçons achèvent le primaire et le secondaire d’ici à 2030, soit 100 %.',
      es: 'Meta 4.1: todas las niñas y todos los niños terminan la enseñanza primaria y secundaria para 2030, es decir, el 100 %.',
    },
    disaggregations: ['sex', 'location', 'income'],
    source: `${FRAMEWORK} (indicator added in the 2020 comprehensive review); ${TARGETS}; ${NAMES_FR_ES} (Spanish only).`,
  },
  {
    code: '5.5.1',
    goal: 5,
    target: '5.5',
    targetText:
      'Ensure women’s full and effective participation and equal opportunities for leadership at all levels of decision-making in political, economic and public life',
    name: {
      en: 'Proportion of seats held by women in (a) national parliaments and (b) local governments',
      fr: 'Proportion de sièges occupés par des femmes dans a) les parlements nationaux et b) les administrations locales',
      es: 'Proporción de escaños ocupados por mujeres en a) los parlamentos nacionales y b) los gobiernos locales',
    },
    title: {
      en: 'Proportion of seats held by women',
      fr: 'Proportion de sièges occupés par des femmes',
      es: 'Proporción de escaños ocupados por mujeres',
    },
    unit: '%',
    unitLabel: { en: '% of seats held by women', fr: '% des sièges occupés par des femmes', es: '% de escaños ocupados por mujeres' },
    decimals: 1,
    higherIsBetter: true,
    target2030: {
      kind: 'value',
      value: 50,
      // The chart's label is short (it must fit beside the line); the notes say it is one reading of "equal participation".
      label: { en: 'Parity: 50%', fr: 'Parité : 50 %', es: 'Paridad: 50 %' },
    },
    notes: {
      en: 'Target 5.5 asks for women’s full and effective participation and equal opportunities for leadership; it sets no number or year. The line at 50% is parity, one reading of it, drawn at 2030.',
      fr: 'La cible 5.5 demande la participation entière et effective des femmes et l’égalité des chances d’accès aux fonctions de direction ; elle ne fixe ni chiffre ni année. La ligne à 50 % est la parité, une lecture de la cible, placée en 2030.',
      es: 'La meta 5.5 pide la participación plena y efectiva de las mujeres y la igualdad de oportunidades de liderazgo; no fija cifra ni año. La línea del 50 % es la paridad, una lectura de la meta, situada en 2030.',
    },
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}. Parity at 50% is this kit’s reading, not part of the target’s text.`,
  },
  {
    code: '6.1.1',
    goal: 6,
    target: '6.1',
    targetText: 'By 2030, achieve universal and equitable access to safe and affordable drinking water for all',
    name: {
      en: 'Proportion of population using safely managed drinking water services',
      fr: 'Proportion de la population utilisant des services d’alimentation en eau potable gérés en toute sécurité',
      es: 'Proporción de la población que utiliza servicios de suministro de agua potable gestionados sin riesgos',
    },
    title: {
      en: 'Proportion of population using safely managed drinking water services',
      fr: 'Proportion de la population utilisant des services d’alimentation en eau potable gérés en toute sécurité',
      es: 'Proporción de la población que utiliza servicios de suministro de agua potable gestionados sin riesgos',
    },
    unit: '%',
    unitLabel: {
      en: '% of the population using safely managed drinking water',
      fr: '% de la population utilisant une eau potable gérée en toute sécurité',
      es: '% de la población que utiliza agua potable gestionada sin riesgos',
    },
    decimals: 1,
    higherIsBetter: true,
    target2030: { kind: 'value', value: 100 },
    notes: {
      en: 'Target 6.1: universal access to safe and affordable drinking water by 2030, shown as 100%.',
      fr: 'Cible 6.1 : accès universel à l’eau potable, à un coût abordable, d’ici à 2030, soit 100 %.',
      es: 'Meta 6.1: acceso universal al agua potable segura y asequible para 2030, es decir, el 100 %.',
    },
    disaggregations: ['location', 'income'],
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}; ${UNSD_METADATA}, indicator 6.1.1 (custodians: WHO, UNICEF).`,
  },
  {
    code: '7.1.1',
    goal: 7,
    target: '7.1',
    targetText: 'By 2030, ensure universal access to affordable, reliable and modern energy services',
    name: {
      en: 'Proportion of population with access to electricity',
      fr: 'Proportion de la population ayant accès à l’électricité',
      es: 'Proporción de la población que tiene acceso a la electricidad',
    },
    title: {
      en: 'Proportion of population with access to electricity',
      fr: 'Proportion de la population ayant accès à l’électricité',
      es: 'Proporción de la población que tiene acceso a la electricidad',
    },
    unit: '%',
    unitLabel: {
      en: '% of the population with access to electricity',
      fr: '% de la population ayant accès à l’électricité',
      es: '% de la población con acceso a la electricidad',
    },
    decimals: 1,
    higherIsBetter: true,
    target2030: { kind: 'value', value: 100 },
    notes: {
      en: 'Target 7.1: universal access to affordable, reliable and modern energy by 2030, shown as 100%.',
      fr: 'Cible 7.1 : accès universel à des services énergétiques fiables, modernes et abordables d’ici à 2030, soit 100 %.',
      es: 'Meta 7.1: acceso universal a servicios energéticos asequibles, fiables y modernos para 2030, es decir, el 100 %.',
    },
    disaggregations: ['location'],
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}.`,
  },
  {
    code: '8.5.2',
    goal: 8,
    target: '8.5',
    targetText:
      'By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value',
    name: {
      en: 'Unemployment rate, by sex, age and persons with disabilities',
      fr: 'Taux de chômage, par sexe, âge et situation au regard du handicap',
      es: 'Tasa de desempleo, desglosada por sexo, edad y personas con discapacidad',
    },
    title: { en: 'Unemployment rate', fr: 'Taux de chômage', es: 'Tasa de desempleo' },
    unit: '%',
    unitLabel: { en: '% of the labour force', fr: '% de la population active', es: '% de la población activa' },
    decimals: 1,
    higherIsBetter: false,
    target2030: { kind: 'none' },
    notes: {
      en: 'Target 8.5 (full and productive employment and decent work for all) sets no number for 2030, so no target line or verdict is shown. The indicator is usually broken down by sex, age and disability.',
      fr: 'La cible 8.5 (plein emploi productif et travail décent pour tous) ne fixe aucun chiffre pour 2030 : aucune ligne de cible ni aucun verdict ne sont donc affichés. L’indicateur est en général ventilé par sexe, âge et handicap.',
      es: 'La meta 8.5 (empleo pleno y productivo y trabajo decente para todos) no fija ninguna cifra para 2030, por lo que no se muestra línea de meta ni veredicto. El indicador suele desglosarse por sexo, edad y discapacidad.',
    },
    disaggregations: ['sex', 'age', 'disability'],
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}; ${UNSD_METADATA}, indicator 8.5.2 (custodian: ILO).`,
  },
  {
    code: '10.2.1',
    goal: 10,
    target: '10.2',
    targetText:
      'By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status',
    name: {
      en: 'Proportion of people living below 50 per cent of median income, by sex, age and persons with disabilities',
      fr: 'Proportion de personnes vivant avec moins de la moitié du revenu médian, par sexe, âge et situation au regard du handicap',
      es: 'Proporción de personas que viven por debajo del 50% de la mediana de los ingresos, desglosada por sexo, edad y personas con discapacidad',
    },
    title: {
      en: 'Proportion of people living below 50 per cent of median income',
      fr: 'Proportion de personnes vivant avec moins de la moitié du revenu médian',
      es: 'Proporción de personas que viven por debajo del 50% de la mediana de los ingresos',
    },
    unit: '%',
    unitLabel: {
      en: '% of people living below half the median income',
      fr: '% des personnes vivant avec moins de la moitié du revenu médian',
      es: '% de personas que viven por debajo de la mitad de la mediana de los ingresos',
    },
    decimals: 1,
    higherIsBetter: false,
    target2030: { kind: 'none' },
    notes: {
      en: 'Target 10.2 (the inclusion of all, irrespective of age, sex, disability or other status) sets no number for 2030, so no target line or verdict is shown. The indicator is usually broken down by sex, age and disability.',
      fr: 'La cible 10.2 (l’intégration de tous, sans distinction d’âge, de sexe, de handicap ou autre) ne fixe aucun chiffre pour 2030 : aucune ligne de cible ni aucun verdict ne sont donc affichés. L’indicateur est en général ventilé par sexe, âge et handicap.',
      es: 'La meta 10.2 (la inclusión de todas las personas, independientemente de su edad, sexo, discapacidad u otra condición) no fija ninguna cifra para 2030, por lo que no se muestra línea de meta ni veredicto. El indicador suele desglosarse por sexo, edad y discapacidad.',
    },
    disaggregations: ['sex', 'age', 'disability'],
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}.`,
  },
  {
    code: '16.9.1',
    goal: 16,
    target: '16.9',
    targetText: 'By 2030, provide legal identity for all, including birth registration',
    name: {
      en: 'Proportion of children under 5 years of age whose births have been registered with a civil authority, by age',
      fr: 'Proportion d’enfants de moins de 5 ans ayant été enregistrés par une autorité d’état civil, par âge',
      es: 'Proporción de niños menores de 5 años cuyo nacimiento se ha registrado ante una autoridad civil, desglosada por edad',
    },
    title: {
      en: 'Proportion of children under 5 years of age whose births have been registered with a civil authority',
      fr: 'Proportion d’enfants de moins de 5 ans ayant été enregistrés par une autorité d’état civil',
      es: 'Proporción de niños menores de 5 años cuyo nacimiento se ha registrado ante una autoridad civil',
    },
    unit: '%',
    unitLabel: {
      en: '% of children under 5 whose birth is registered',
      fr: '% des enfants de moins de 5 ans dont la naissance est enregistrée',
      es: '% de niños menores de 5 años cuyo nacimiento está registrado',
    },
    decimals: 1,
    higherIsBetter: true,
    target2030: { kind: 'value', value: 100 },
    notes: {
      en: 'Target 16.9: legal identity for all, including birth registration, by 2030, shown as 100%.',
      fr: 'Cible 16.9 : une identité juridique pour tous, notamment grâce à l’enregistrement des naissances, d’ici à 2030, soit 100 %.',
      es: 'Meta 16.9: identidad jurídica para todos, en particular mediante el registro de nacimientos, para 2030, es decir, el 100 %.',
    },
    disaggregations: ['age', 'sex', 'location', 'income'],
    source: `${FRAMEWORK}; ${TARGETS}; ${NAMES_FR_ES}; ${UNSD_METADATA}, indicator 16.9.1 (custodian: UNICEF).`,
  },
];

// ── Look-ups ────────────────────────────────────────────────────────────────

/** `3.2.1`, `3-2-1`, `SDG 3.2.1` and ` 3.2.1 ` all name the same indicator. */
export function normaliseCode(code: string): string {
  return code
    .trim()
    .toLowerCase()
    .replace(/^(sdg|odd|ods)\s*/, '')
    .replace(/[-_\s]+/g, '.');
}

const BY_CODE = new Map(INDICATORS.map((preset) => [preset.code, preset]));

export function indicatorCodes(): string[] {
  return INDICATORS.map((preset) => preset.code);
}

export function getIndicator(code: string): IndicatorPreset | undefined {
  return BY_CODE.get(normaliseCode(code));
}

/** The preset language for a BCP 47 tag: `fr-CA` → `fr`; anything else → `en`. */
export function presetLanguage(lang: string | null | undefined): PresetLanguage {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (PRESET_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as PresetLanguage) : 'en';
}

/** Text in `lang`, else English. */
export function localize(text: Localized, lang: PresetLanguage): string {
  return text[lang] ?? text.en;
}

/** What a preset fills in for a chart, in the chart's language. */
export interface PresetDefaults {
  readonly code: string;
  /** The official short name (default title). */
  readonly title: string;
  /** The language `title` is actually in (English when no official translation exists). */
  readonly titleLanguage: PresetLanguage;
  /** The language of `subtitle`, `notes` and the target label (English for languages the presets do not cover). */
  readonly textLanguage: PresetLanguage;
  /** What the numbers count (default subtitle). */
  readonly subtitle: string;
  /** Written after each number when the data carries no unit of its own. */
  readonly unit: string;
  readonly decimals: number;
  readonly notes: string;
  readonly goal: number;
  readonly higherIsBetter: boolean;
  /** Default values for the `progress` template's options, by attribute name. */
  readonly options: Readonly<Record<string, OptionValue>>;
}

/** The `progress` template's options for a preset's 2030 target. */
export function progressOptions(preset: IndicatorPreset, lang: PresetLanguage): Record<string, OptionValue> {
  const options: Record<string, OptionValue> = { direction: preset.higherIsBetter ? 'increase' : 'decrease' };
  const target = preset.target2030;
  if (target.kind === 'none') return options;
  options['target-year'] = 2030;
  if (target.kind === 'value') options['target'] = target.value;
  else {
    options['target-relative'] = target.factor;
    options['baseline-year'] = target.baselineYear;
  }
  if (target.label) options['target-label'] = localize(target.label, lang);
  return options;
}

/**
 * Everything `indicator="…"` fills in, in the chart's language. An unknown
 * code is an `unsupported` error that lists the codes the kit knows.
 */
export function presetDefaults(code: string, lang?: string | null): PresetDefaults {
  const preset = getIndicator(code);
  if (!preset) {
    throw failIndicator('unsupported', 'unknownIndicator', code.trim(), indicatorCodes());
  }
  const language = presetLanguage(lang);
  return {
    code: preset.code,
    title: localize(preset.title, language),
    titleLanguage: preset.title[language] !== undefined ? language : 'en',
    textLanguage: language,
    subtitle: localize(preset.unitLabel, language),
    unit: preset.unit,
    decimals: preset.decimals,
    notes: localize(preset.notes, language),
    goal: preset.goal,
    higherIsBetter: preset.higherIsBetter,
    options: progressOptions(preset, language),
  };
}
