/**
 * The 17 Sustainable Development Goals: official colours (UN SDG
 * communications guidelines) and short names as the UN writes them
 * (un.org/sustainabledevelopment), in sentence case.
 */
export interface SdgGoal {
  readonly goal: number;
  /** The official colour, for fills. On some backgrounds it needs an outline or a darker text variant (see contrast.ts). */
  readonly color: string;
  readonly name: string;
  /** "Goal 3: Good health and well-being". */
  readonly label: string;
}

const GOALS: readonly (readonly [string, string])[] = [
  ['#E5243B', 'No poverty'],
  ['#DDA63A', 'Zero hunger'],
  ['#4C9F38', 'Good health and well-being'],
  ['#C5192D', 'Quality education'],
  ['#FF3A21', 'Gender equality'],
  ['#26BDE2', 'Clean water and sanitation'],
  ['#FCC30B', 'Affordable and clean energy'],
  ['#A21942', 'Decent work and economic growth'],
  ['#FD6925', 'Industry, innovation and infrastructure'],
  ['#DD1367', 'Reduced inequalities'],
  ['#FD9D24', 'Sustainable cities and communities'],
  ['#BF8B2E', 'Responsible consumption and production'],
  ['#3F7E44', 'Climate action'],
  ['#0A97D9', 'Life below water'],
  ['#56C02B', 'Life on land'],
  ['#00689D', 'Peace, justice and strong institutions'],
  ['#19486A', 'Partnerships for the goals'],
];

export const SDG_GOALS: readonly SdgGoal[] = GOALS.map(([color, name], i) => ({
  goal: i + 1,
  color,
  name,
  label: `Goal ${i + 1}: ${name}`,
}));

/** The goal for `goal="3"`, `3` or `"Goal 3"`; undefined for anything that is not 1–17. */
export function sdgGoal(value: string | number | null | undefined): SdgGoal | undefined {
  if (value === null || value === undefined) return undefined;
  const match = /^\s*(?:goal\s*|sdg\s*)?(\d{1,2})\s*$/i.exec(String(value));
  const n = match ? Number(match[1]) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 17 ? SDG_GOALS[n - 1] : undefined;
}
