// Shared by the label tests and the screenshots people look at.

/** Kenya's county groups as the KNBS tables write them: long, and alike until their last word. */
export const COUNTY_GROUPS = [
  'Groups of Counties : North Eastern',
  'Groups of Counties : North Western',
  'Groups of Counties : South Eastern',
  'Groups of Counties : South Western',
  'Groups of Counties : Central Rift',
  'Groups of Counties : Central',
  'Nairobi City',
];
