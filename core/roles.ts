/**
 * Roles: the columns a template reads, by meaning (`category`, `value`, …).
 * Data is normalised to these names on load, templates declare which they
 * need, and messages name them: every layer shares this vocabulary.
 */

/** How a role's column is typed: the role decides, the data is never guessed. */
export type RoleType = 'nominal' | 'quantitative' | 'temporal' | 'geo';
/** `lower` and `upper`: the bounds of each value's uncertainty (e.g. a survey's 95% confidence interval), templates/uncertainty/. */
export type RoleName = 'category' | 'value' | 'group' | 'series' | 'time' | 'geo' | 'n' | 'lower' | 'upper';
export const ROLE_NAMES: readonly RoleName[] = ['category', 'value', 'group', 'series', 'time', 'geo', 'n', 'lower', 'upper'];

export interface RoleDef {
  readonly name: RoleName;
  readonly type: RoleType;
  readonly required: boolean;
  /** What the column holds, in plain words, for messages ("the name of each bar"). */
  readonly meaning: string;
}
