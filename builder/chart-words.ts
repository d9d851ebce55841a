/**
 * The words the builder shows for the kit's charts — kinds of chart, columns' roles, options and their values,
 * themes — in plain language, in English beside the code; `chart-words.<lang>.ts` hold the other languages. A chart
 * or option these files do not know yet (a template added later) falls back to the registry's English, so nothing
 * is ever blank.
 */
import type { ChartTemplate, OptionDef } from "../templates/types.js";

export interface ChartWords {
  /** Template id → its name ("Ranked bars"). */
  readonly templates: Readonly<Record<string, string>>;
  /** Role → what it is called ("Category"). */
  readonly roleNames: Readonly<Record<string, string>>;
  /** `template.role` → what the column holds, for that kind of chart (or `role`, the same for every chart). */
  readonly roles: Readonly<Record<string, string>>;
  /** Option attribute (or `template.attribute` when the meaning differs) → its label and a one-line hint. */
  readonly options: Readonly<
    Record<string, { readonly label: string; readonly hint: string }>
  >;
  /** `attribute.value` → what the value means ("Largest first"). */
  readonly values: Readonly<Record<string, string>>;
  /** Theme name → its name in the language. */
  readonly themes: Readonly<Record<string, string>>;
}

export const englishChartWords: ChartWords = {
  templates: {},
  roleNames: {
    category: "Category",
    group: "Group",
    value: "Value",
    series: "Series",
    time: "Year",
    geo: "Country or area",
    n: "Number of respondents",
    lower: "Lower bound",
    upper: "Upper bound",
  },
  roles: {},
  options: {
    sort: {
      label: "Order",
      hint: "Largest first, smallest first, or as in your data.",
    },
    "disaggregation.sort": {
      label: "Order",
      hint: "Largest gap first, smallest gap first, or as in your data.",
    },
    direction: {
      label: "Which way is better",
      hint: "Higher is better (e.g. school completion) or lower is better (e.g. poverty).",
    },
    highlight: {
      label: "Highlight",
      hint: "Names to highlight, as in your data, separated by ;",
    },
    "highlight-label": {
      label: "Meaning of the highlight",
      hint: "Shown in the legend, e.g. “National dialogue held”.",
    },
    reference: {
      label: "Reference value",
      hint: "A value to mark with a dashed line, e.g. the national average.",
    },
    "reference-label": {
      label: "Label of the reference line",
      hint: "E.g. “National average”.",
    },
    target: {
      label: "Target value",
      hint: "The value to reach by the target year. Without a target there is no verdict.",
    },
    "target-relative": {
      label: "Target relative to the baseline",
      hint: "0.5 means half the baseline value (e.g. halve poverty).",
    },
    "target-year": { label: "Target year", hint: "Usually 2030." },
    "target-label": {
      label: "Label of the target",
      hint: "E.g. “2030 target”.",
    },
    "baseline-year": {
      label: "Baseline year",
      hint: "The first value at or after this year is the baseline (usually 2015).",
    },
    outline: {
      label: "Outline for comparison",
      hint: "A value of the series column (e.g. 2050) drawn as an outline over the bars.",
    },
    shapes: {
      label: "Boundaries file",
      hint: "Address of a GeoJSON or TopoJSON file of your country’s regions, instead of the world.",
    },
    "shape-key": {
      label: "Name field in the boundaries",
      hint: "Which field of the boundaries file matches your data’s names or codes.",
    },
    "shapes-source": {
      label: "Source of the boundaries",
      hint: "Shown under the map, e.g. “Boundaries: geoBoundaries, CC BY 4.0”.",
    },
  },
  values: {
    "sort.descending": "Largest first",
    "sort.ascending": "Smallest first",
    "sort.none": "As in your data",
    "direction.increase": "Higher is better",
    "direction.decrease": "Lower is better",
  },
  themes: {
    default: "Default",
    sdg: "SDG",
    dark: "Dark",
    "high-contrast": "High contrast",
  },
};

/** The kind of chart's name in the builder's language, else the registry's. */
export function templateName(
  words: ChartWords,
  template: ChartTemplate | undefined,
  id: string
): string {
  return words.templates[id] ?? template?.name ?? id;
}

/** "Category: the name of each bar", in the builder's language (the registry's English when not translated). */
export function roleWords(
  words: ChartWords,
  template: ChartTemplate,
  role: { readonly name: string; readonly meaning: string }
): { name: string; meaning: string } {
  return {
    name:
      words.roleNames[role.name] ??
      englishChartWords.roleNames[role.name] ??
      role.name,
    meaning:
      words.roles[`${template.id}.${role.name}`] ??
      words.roles[role.name] ??
      role.meaning.replace(/`/g, ""),
  };
}

/** An option's label and hint: its words for this template, its general words, or its attribute and the registry's description. */
export function optionWords(
  words: ChartWords,
  template: ChartTemplate,
  option: OptionDef
): { label: string; hint: string } {
  const key = `${template.id}.${option.attribute}`;
  const own = words.options[key] ?? words.options[option.attribute];
  if (own) return own;
  const english =
    englishChartWords.options[key] ??
    englishChartWords.options[option.attribute];
  return (
    english ?? {
      label: option.attribute,
      hint: option.description.replace(/`/g, ""),
    }
  );
}

/** An option value's meaning ("Largest first"), else the value as the snippet writes it. */
export function valueLabel(
  words: ChartWords,
  attribute: string,
  value: string
): string {
  return (
    words.values[`${attribute}.${value}`] ??
    englishChartWords.values[`${attribute}.${value}`] ??
    value
  );
}

export function themeName(words: ChartWords, theme: string): string {
  return words.themes[theme] ?? englishChartWords.themes[theme] ?? theme;
}
