/**
 * World Bank aggregates: the codes of regions, income groups and lending
 * groups that World Bank downloads mix in with countries. The World Bank
 * publishes them in its country list (https://api.worldbank.org/v2/country,
 * where each aggregate's region is "Aggregates"); the codes below are those
 * of the current list plus older ones still found in saved downloads (e.g.
 * "EAP" East Asia & Pacific (developing only), "NOC"/"OEC" high income
 * non-OECD/OECD). A country code never collides with one of these.
 */
export const WORLD_BANK_AGGREGATES: ReadonlySet<string> = new Set([
  'AFE', 'AFR', 'AFW', 'ARB', 'CEB', 'CSS', 'EAP', 'EAR', 'EAS', 'ECA', 'ECS', 'EMU', 'EUU', 'FCS', 'HIC', 'HPC',
  'IBD', 'IBT', 'IDA', 'IDB', 'IDX', 'INX', 'LAC', 'LCN', 'LDC', 'LIC', 'LMC', 'LMY', 'LTE', 'MEA', 'MIC', 'MNA',
  'NAC', 'NOC', 'OEC', 'OED', 'OSS', 'PRE', 'PSS', 'PST', 'SAS', 'SSA', 'SSF', 'SST', 'TEA', 'TEC', 'TLA', 'TMN',
  'TSA', 'TSS', 'UMC', 'WLD',
]);
