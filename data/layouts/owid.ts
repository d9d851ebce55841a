import type { Cell, RawTable } from '../table.js';
import { findColumn } from './columns.js';
import { matchesOwid } from './detect.js';
import type { AuthorHint, Layout } from './types.js';

/**
 * Our World in Data grapher downloads: `Entity, Code, Year, <indicator>`.
 * Entity names the place (the bars, the lines), Code its ISO alpha-3 code
 * (the map); regions and groups have an empty code or an `OWID_…` one. The
 * value is the first column after Year, whose header is the indicator's
 * name: it becomes the chart's title unless the page gives one. A file with
 * several value columns draws the first; `value-column` picks another.
 */
export const owid: Layout = {
  id: 'owid',
  matches: matchesOwid,
  arrange(input) {
    const [entity, code, time] = input.columns as [string, string, string];
    const values = input.columns.slice(3).filter((c) => c !== '');
    const value = values[0]!;
    // The header is the indicator's name: a column holding it lets the provenance read it as it reads any title.
    const titleColumn = findColumn(input.columns, 'indicator') === undefined ? 'Indicator' : '_indicator';
    const rows = input.rows.map((row): Cell[] => [...row, value]);
    const table: RawTable = { ...input, columns: [...input.columns, titleColumn], rows };
    const hints: AuthorHint[] =
      values.length > 1
        ? [
            {
              code: 'value-columns',
              message: `The file has ${values.length} value columns; the chart draws the first, "${value}". Others: ${values
                .slice(1)
                .map((v) => `"${v}"`)
                .join(', ')}. Choose one with value-column="…".`,
            },
          ]
        : [];
    return {
      layout: 'owid',
      table,
      roles: { category: entity, series: entity, geo: code, time, value },
      time,
      areaName: entity,
      areaCode: code,
      dimensions: [],
      totals: 'none',
      single: [],
      titleColumn,
      notes: [],
      hints,
    };
  },
  describe(arranged) {
    return (
      `Read as an Our World in Data grapher file (columns ${arranged.areaName}, ${arranged.areaCode}, ${arranged.time}; values from "${arranged.roles.value}"). ` +
      'Write layout="tidy" to read it as a plain table.'
    );
  },
};
