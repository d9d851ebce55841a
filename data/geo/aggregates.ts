/**
 * The one maintained list of groups of countries: regions, sub-regions, income
 * and lending groups, and the other groupings that real-world files mix in with
 * countries. `aggregates="exclude|only|include"` and the map read it (through
 * `resolveGeo` in `./countries.ts`): a map never draws a group, and never
 * calls one a misspelt country. Data only; loaded with the country codes, on
 * demand (a chart that neither maps nor slices by country never downloads it).
 *
 * A value is a group when it is (in this order, see `resolveGeo`):
 * - a code in one of the tables below (M49 numbers, World Bank, WHO and OWID codes, `WORLD`, `GLOBAL`);
 * - a code with an organisation's prefix (`UNICEF_WCA`, `UNSDG_LDC`, `WB_HI`, `WHO_AFRO`, `GBD_…`, `SDGRC_…`):
 *   UNICEF's data warehouse and OWID's region list name every group this way, and no country code has `_`;
 * - a name in `AGGREGATE_NAMES` (compared as `normaliseName` does: case, accents, `&`/`and` and
 *   bracketed notes do not matter, so "Sub-Saharan Africa (excluding high income)" and "Europe (excl. EU-27)"
 *   are found by their head);
 * - a name ending in a source tag, OWID's way of naming other organisations' regions: "Africa (WB)",
 *   "Micronesia (UN M49)", "Europe (WHO)".
 *
 * Sources, one per list:
 * - UN M49, "Standard country or area codes for statistical use", geographic regions (the region,
 *   sub-region and intermediate-region columns of the overview, https://unstats.un.org/unsd/methodology/m49/overview/,
 *   checked against the copy in test/fixtures/geo/m49-overview.csv) and other groupings (`199` LDCs, `432` LLDCs,
 *   `722` SIDS); `003` North America and `420` Latin America from the M49 page's list of codes.
 * - UN SDG regional groupings used in the SDG Global Database (https://unstats.un.org/sdgs/indicators/regional-groups/),
 *   with the codes and names of UNICEF's mapping of them (`UNSDG_REGION_GLOBAL` in
 *   https://github.com/unicef-drp/Country-and-Region-Metadata, output/codebook_of_region_code_and_name.csv,
 *   commit f943b66): `62`, `513`, `543`, `747`, `753`, and `514`/`515` developed/developing regions. M49 keeps
 *   900–999 for each database's own groups (`resolveGeo` treats any of them as a group).
 * - World Bank: the rows whose region is "Aggregates" in the country list of the API
 *   (https://api.worldbank.org/v2/country?per_page=400), the same codes and names as the WDI downloads
 *   (`EAS`, `SSF`, `LMY`, `HIC`, `IDX` "IDA only", `SSA` "Sub-Saharan Africa (excluding high income)"…).
 * - WHO regions, with the codes of the Global Health Observatory (https://www.who.int/data/gho/info/gho-odata-api:
 *   dimension `REGION`): `AFR`, `AMR`, `SEAR`, `EUR`, `EMR`, `WPR`, and their names as WHO writes them.
 * - Our World in Data: the `OWID_*` codes and the names of the aggregates, continents and income groups in OWID's
 *   regions file (https://github.com/owid/etl, etl/steps/data/garden/regions/2023-01-01/regions.yml and
 *   regions.codes.csv, commit c1a4ca0), with the income groups' codes (`OWID_HIC`…) as grapher downloads write
 *   them. Not every `OWID_` code is a group: `OWID_KOS` is Kosovo (a country, see `./countries.ts`) and
 *   `OWID_USS`, `OWID_CZS`… are former countries (no shape on today's map: reported as such, not as groups).
 * - UNICEF's data warehouse (`REF_AREA` of its SDMX files): the programme, reporting and other regions of
 *   https://github.com/unicef-drp/Country-and-Region-Metadata (output/codebook_of_region_code_and_name.csv, commit
 *   f943b66: `UNICEF_EAP`, `UNICEF_WCARO`, `UNSDG_…`, `WB_HI`, `WHO_AFRO`, `AU_…`, `SDGRC_…`), and `WORLD`.
 * - SDSN, Sustainable Development Report / SDG Index (https://dashboards.sdgindex.org): the regions and income
 *   groups its downloads list beside the countries ("East & South Asia", "Eastern Europe & Central Asia",
 *   "OECD members", "Small Island Developing States"…). Names only: its region rows have no ISO code.
 *
 * None of the World Bank, WHO or OWID codes is an ISO 3166-1 alpha-3 code, and no M49 group code is an ISO
 * 3166-1 numeric code (test/geo/aggregates.test.ts checks both), so groups and countries are told apart
 * without context.
 */

/** UN M49 region and grouping codes (numeric, without leading zeros) → English name. */
export const M49_AGGREGATES: Readonly<Record<string, string>> = {
  1: 'World',
  2: 'Africa',
  15: 'Northern Africa',
  202: 'Sub-Saharan Africa',
  14: 'Eastern Africa',
  17: 'Middle Africa',
  18: 'Southern Africa',
  11: 'Western Africa',
  19: 'Americas',
  419: 'Latin America and the Caribbean',
  420: 'Latin America',
  29: 'Caribbean',
  13: 'Central America',
  5: 'South America',
  3: 'North America',
  21: 'Northern America',
  142: 'Asia',
  143: 'Central Asia',
  30: 'Eastern Asia',
  35: 'South-eastern Asia',
  34: 'Southern Asia',
  145: 'Western Asia',
  150: 'Europe',
  151: 'Eastern Europe',
  154: 'Northern Europe',
  39: 'Southern Europe',
  155: 'Western Europe',
  830: 'Channel Islands',
  9: 'Oceania',
  53: 'Australia and New Zealand',
  54: 'Melanesia',
  57: 'Micronesia',
  61: 'Polynesia',
  // Other groupings
  199: 'Least developed countries (LDCs)',
  432: 'Landlocked developing countries (LLDCs)',
  722: 'Small island developing States (SIDS)',
  // SDG regional groupings
  62: 'Central and Southern Asia',
  513: 'Europe and Northern America',
  514: 'Developed regions',
  515: 'Developing regions',
  543: 'Oceania (excluding Australia and New Zealand)',
  747: 'Northern Africa and Western Asia',
  753: 'Eastern and South-Eastern Asia',
};

/** World Bank aggregate codes (World Development Indicators) → English name. */
export const WORLD_BANK_AGGREGATES: Readonly<Record<string, string>> = {
  AFE: 'Africa Eastern and Southern',
  AFW: 'Africa Western and Central',
  ARB: 'Arab World',
  CEB: 'Central Europe and the Baltics',
  CSS: 'Caribbean small states',
  EAP: 'East Asia & Pacific (excluding high income)',
  EAR: 'Early-demographic dividend',
  EAS: 'East Asia & Pacific',
  ECA: 'Europe & Central Asia (excluding high income)',
  ECS: 'Europe & Central Asia',
  EMU: 'Euro area',
  EUU: 'European Union',
  FCS: 'Fragile and conflict affected situations',
  HIC: 'High income',
  HPC: 'Heavily indebted poor countries (HIPC)',
  IBD: 'IBRD only',
  IBT: 'IDA & IBRD total',
  IDA: 'IDA total',
  IDB: 'IDA blend',
  IDX: 'IDA only',
  INX: 'Not classified',
  LAC: 'Latin America & Caribbean (excluding high income)',
  LCN: 'Latin America & Caribbean',
  LDC: 'Least developed countries: UN classification',
  LIC: 'Low income',
  LMC: 'Lower middle income',
  LMY: 'Low & middle income',
  LTE: 'Late-demographic dividend',
  MEA: 'Middle East & North Africa',
  MIC: 'Middle income',
  MNA: 'Middle East & North Africa (excluding high income)',
  NAC: 'North America',
  OED: 'OECD members',
  OSS: 'Other small states',
  PRE: 'Pre-demographic dividend',
  PSS: 'Pacific island small states',
  PST: 'Post-demographic dividend',
  SAS: 'South Asia',
  SSA: 'Sub-Saharan Africa (excluding high income)',
  SSF: 'Sub-Saharan Africa',
  SST: 'Small states',
  TEA: 'East Asia & Pacific (IDA & IBRD countries)',
  TEC: 'Europe & Central Asia (IDA & IBRD countries)',
  TLA: 'Latin America & the Caribbean (IDA & IBRD countries)',
  TMN: 'Middle East & North Africa (IDA & IBRD countries)',
  TSA: 'South Asia (IDA & IBRD)',
  TSS: 'Sub-Saharan Africa (IDA & IBRD countries)',
  UMC: 'Upper middle income',
  WLD: 'World',
};

/** WHO regions: Global Health Observatory codes → WHO's names. */
export const WHO_AGGREGATES: Readonly<Record<string, string>> = {
  AFR: 'African Region',
  AMR: 'Region of the Americas',
  SEAR: 'South-East Asia Region',
  EUR: 'European Region',
  EMR: 'Eastern Mediterranean Region',
  WPR: 'Western Pacific Region',
};

/** OWID codes of groups (only these: other `OWID_` codes are countries or former countries). */
export const OWID_AGGREGATES: Readonly<Record<string, string>> = {
  OWID_WRL: 'World',
  OWID_AFR: 'Africa',
  OWID_ASI: 'Asia',
  OWID_EUR: 'Europe',
  OWID_NAM: 'North America',
  OWID_SAM: 'South America',
  OWID_OCE: 'Oceania',
  OWID_EU27: 'European Union (27)',
  OWID_MNS: 'Melanesia',
  OWID_PYA: 'Polynesia',
  OWID_CIS: 'Channel Islands',
  OWID_NH: 'Northern Hemisphere',
  OWID_SH: 'Southern Hemisphere',
  OWID_HIC: 'High-income countries',
  OWID_UMC: 'Upper-middle-income countries',
  OWID_LMC: 'Lower-middle-income countries',
  OWID_LIC: 'Low-income countries',
};

/**
 * Other codes of groups: the whole world in UNICEF's data warehouse (`WORLD`) and WHO's GHO (`GLOBAL`), and the
 * World Bank's `CHI`, the Channel Islands (Jersey and Guernsey together: M49's intermediate region `830`).
 */
export const OTHER_AGGREGATES: Readonly<Record<string, string>> = { WORLD: 'World', GLOBAL: 'Global', CHI: 'Channel Islands' };

/**
 * Codes of groups by the organisation that made them, as UNICEF's data warehouse and OWID write them:
 * `UNICEF_WCA`, `UNSDG_LDC`, `WB_HI`, `WHO_AFRO`, `GBD_…`, `AU_AFRICA`, `SDGRC_ECA_ALL`, `UNM49_SSA`, `FAO_LIFDC`.
 */
export const GROUP_CODE = /^(?:UNICEF|UNSDG|SDGRC|AUREC|AU|WB|WHO|GBD|IHME|UNM49|UN|FAO|ILO|UNFPA|WPP|PEW|IEA|MADDISON|WID|EI|EMBER)_[A-Z0-9_]+$/i;

/** A name ending in a source in brackets, OWID's way of naming others' regions: "Africa (WB)", "Micronesia (UN M49)". */
export const GROUP_SOURCE_TAG = /\((?:WB|World Bank|WHO|UN|UN M49|UN SDG|UNSD|UNICEF|FAO|ILO|IHME GBD|GBD|Pew|IEA|Maddison|WID|EI|Ember|GCP|BP|EIA|Shift|African Union)\)\s*$/i;

/** Names of groups as files without codes write them (matched like country names, after the countries). */
export const AGGREGATE_NAMES: readonly string[] = [
  ...Object.values(M49_AGGREGATES),
  ...Object.values(WORLD_BANK_AGGREGATES),
  ...Object.values(WHO_AGGREGATES),
  ...Object.values(OWID_AGGREGATES),
  // UN SDG Global Database spellings
  'Least Developed Countries (LDCs)',
  'Landlocked developing countries (LLDCs)',
  'Oceania (exc. Australia and New Zealand)',
  'Developed regions',
  'Developing regions',
  // WHO (GHO display names)
  'Americas',
  'South-East Asia',
  'Eastern Mediterranean',
  'Western Pacific',
  'Global',
  // UNICEF regions (programme and reporting)
  'East Asia and Pacific',
  'Eastern and Southern Africa',
  'West and Central Africa',
  'Europe and Central Asia',
  'Eastern Europe and Central Asia',
  'Latin America and Caribbean',
  'Middle East and North Africa',
  'South Asia',
  'North America',
  'Western Europe',
  // World Bank regions as UNICEF and the SDG database write them
  'Middle East, North Africa, Afghanistan and Pakistan',
  'World Bank (high income)',
  'World Bank (low income)',
  'World Bank (lower middle income)',
  'World Bank (upper middle income)',
  // SDSN SDG Index
  'East & South Asia',
  'Eastern Europe & Central Asia',
  'Latin America & the Caribbean',
  'Middle East & North Africa',
  'OECD members',
  'Small Island Developing States',
  'Low-income Countries',
  'Lower-middle-income Countries',
  'Upper-middle-income Countries',
  'High-income Countries',
];
