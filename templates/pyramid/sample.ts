import type { Sample, TemplateCatalogue } from '../samples/types.js';

/**
 * Hamilton (Ontario, Canada), census of 2016: people by five-year age group and sex, as the 2016 Census Profile
 * gives them (rows "0 to 4 years" … "85 years and over"), read from the copy in the hamiltonwi/hamilton repository
 * (hamCensusData.js, commit 0d4aad4). Figures unchanged; labels shortened ("0 to 4 years" → "0–4").
 */
export const hamiltonByAgeAndSex: Sample = {
  id: 'hamilton-age-sex-2016',
  template: 'pyramid',
  csv: 'age,sex,people\n0–4,Female,13710\n0–4,Male,14565\n5–9,Female,14335\n5–9,Male,15020\n10–14,Female,14260\n10–14,Male,15230\n15–19,Female,15515\n15–19,Male,16610\n20–24,Female,17840\n20–24,Male,18875\n25–29,Female,17805\n25–29,Male,17915\n30–34,Female,17525\n30–34,Male,17200\n35–39,Female,16615\n35–39,Male,15785\n40–44,Female,16900\n40–44,Male,15855\n45–49,Female,18655\n45–49,Male,17690\n50–54,Female,21315\n50–54,Male,20630\n55–59,Female,20350\n55–59,Male,19725\n60–64,Female,17765\n60–64,Male,16315\n65–69,Female,15480\n65–69,Male,13860\n70–74,Female,11130\n70–74,Male,9920\n75–79,Female,8805\n75–79,Male,7305\n80–84,Female,7270\n80–84,Male,5200\n85+,Female,9115\n85+,Male,4815\n',
  attributes: {
    title: 'More older women than older men',
    subtitle: 'People by age and sex, Hamilton (Canada), 2016',
    'category-column': 'age',
    'group-column': 'sex',
    'value-column': 'people',
  },
  source: 'Statistics Canada, Census Profile 2016 (Hamilton, census subdivision)',
  sourceUrl: 'https://www12.statcan.gc.ca/census-recensement/2016/dp-pd/prof/index.cfm',
  illustrative: false,
  notes: 'Aged 65 and over: 51,805 women and 41,100 men.',
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'pyramid',
  question: 'Who is left behind?',
  samples: [hamiltonByAgeAndSex],
};
