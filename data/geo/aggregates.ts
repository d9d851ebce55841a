/**
 * Codes that name a group of countries rather than one country. Real-world
 * files (the UN SDG Global Database, the World Bank's World Development
 * Indicators) mix such rows in with the countries; a map skips them quietly
 * instead of calling them errors.
 *
 * Sources:
 * - UN M49 "Standard country or area codes for statistical use", geographic
 *   regions and other groupings: https://unstats.un.org/unsd/methodology/m49/
 *   (`001` World … `419` Latin America and the Caribbean, `199` LDCs, `432`
 *   LLDCs, `722` SIDS), and the SDG regional groupings used by the UN SDG
 *   Global Database (https://unstats.un.org/sdgs/dataportal): `62`, `513`,
 *   `514`, `515`, `543`, `747`, `753`. M49 keeps 900–999 for private use
 *   (e.g. `910` "High income economies (WB)" in the SDG database).
 * - World Bank aggregate codes in the World Development Indicators (the rows
 *   whose region is "Aggregates" in https://api.worldbank.org/v2/country, and
 *   the groups listed at https://datahelpdesk.worldbank.org/knowledgebase/articles/906519):
 *   regions (`EAS`, `SSF`…), income groups (`LIC`, `LMC`…), lending groups
 *   (`IDA`, `IBD`…) and others (`WLD` World, `EMU` Euro area…).
 *
 * None of the World Bank codes is an ISO 3166-1 alpha-3 code, and no M49
 * region code is an ISO 3166-1 numeric code (the test checks both), so they
 * can be told apart from countries without context.
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

/** Names of groups as they appear in files that have no codes, matched like country names. */
export const AGGREGATE_NAMES: readonly string[] = [
  ...new Set([...Object.values(M49_AGGREGATES), ...Object.values(WORLD_BANK_AGGREGATES)]),
];
