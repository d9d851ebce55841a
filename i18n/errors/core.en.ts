/**
 * English error messages of the code every chart runs (reading, parsing and
 * typing the data, the attributes, the elements, the built-in templates). The English text of an error
 * is written here once: `ChartError.message` comes from it, and each other
 * language translates every key in the `errors` section of its file (typed by
 * `ErrorStrings`). Lives with the code that throws, so it costs a page nothing
 * more than the messages did inline.
 *
 * Parameters are plain data: what the page wrote (column names, attribute
 * values, addresses) is passed as it is and shown verbatim in every language.
 */
import { failWith } from '../../core/errors.js';
import { quoteList } from '../../core/lists.js';
import type { RoleName, RoleType } from '../../core/roles.js';

/** Where the data was read from, named in messages about it. */
export type Place = { readonly file: string } | 'inline' | 'table';

/** A cell that is not what its column should hold: its row as a spreadsheet numbers it (the header is row 1), and its text. */
export type BadCell = readonly [row: number, text: string];

/** The character between cells of a delimited file. */
export type Separator = ',' | ';' | '\t';
const SEPARATORS: Record<Separator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

const place = (where: Place): string =>
  where === 'inline' ? 'The data inside the chart' : where === 'table' ? 'The table inside the chart' : `The file "${where.file}"`;

const TYPE_WORDS: Record<RoleType, string> = { nominal: 'names or labels', quantitative: 'numbers', temporal: 'dates or years', geo: 'country names or codes' };

const columnsAre = (columns: readonly string[]) => `Your data has these columns: ${quoteList(columns)}.`;
const cell = ([row, text]: BadCell) => `row ${row} has "${text}"`;
const aggregateFirst = 'Add up (aggregate) the data first, for example one row per region or per year,';

export const coreErrors = {
  notText: (where: Place) => `${place(where)} is not a text file. Use a CSV, TSV or JSON file.`,
  webPage: (where: Place) =>
    `${place(where)} is a web page, not a data file. Point src at the .csv, .tsv or .json file itself ` +
    `(for a Google Sheet: File → Share → Publish to web → CSV).`,
  emptyFile: (where: Place) => `${place(where)} is empty. Add a header row and at least one row of data.`,
  headerOnly: (where: Place) => `${place(where)} has a header but no rows of data. Add at least one row under the header.`,
  /** `detail` is the browser's own description of the mistake. */
  badJson: (where: Place, detail: string) => `${place(where)} is not valid JSON (${detail}). Check for a missing comma, quote or bracket.`,
  notJsonRows: (where: Place) => `${place(where)} must be a JSON list of rows, like [{"category": "North", "value": 70}].`,
  /** A quote that never closes; `line` counts the file's lines from 1. */
  unclosedQuote: (where: Place, line: number) =>
    `${place(where)} has a quotation mark (") on line ${line} that is never closed, so everything after it would be read as one cell. ` +
    `Add the closing quote, or remove this one.`,
  /** Text between a closing quote and the next separator, as in `"B"x,2`: `cell` is the quoted cell, `after` the text. */
  textAfterQuote: (where: Place, line: number, cell: string, after: string, separator: Separator) =>
    `${place(where)}: on line ${line}, the quoted cell ${cell} is followed by "${after}" before the next ${SEPARATORS[separator]}. ` +
    `Put the whole cell inside the quotes, or remove the quotes.`,
  /** A row with more cells than the header; `number` is the number it probably holds, written with a thousands comma (`1,234`). */
  tooManyCells: (where: Place, line: number, cells: number, columns: number, number: string | undefined) =>
    `${place(where)}: line ${line} has ${cells} cells but the header has ${columns}. ` +
    (number
      ? `It is probably a number written with a comma (${number}): put it in quotes ("${number}") or remove the comma (${number.replace(/,/g, '')}).`
      : `Put quotes around a cell that contains the separator, or add the missing column name to the header.`),

  tooSlow: (src: string, seconds: number) =>
    `The data file "${src}" took too long to load (over ${seconds} ${seconds === 1 ? 'second' : 'seconds'}). Check the address, or try again later.`,
  cors: (host: string, src: string) =>
    `The website at ${host} does not let other websites read "${src}". Host the file on your own site, ` +
    `or paste the data inside the chart with a <table> or <script type="text/csv">.`,
  /** A server that does not answer at all: nothing listens at that address and port, or the name does not exist. */
  hostUnreachable: (host: string, src: string) =>
    `The data file "${src}" could not be loaded: nothing answered at ${host}. Check the address (its spelling and port number) and that the website is online.`,
  /** An address that redirects (sends the browser on) to another website, which does not let other websites read it. */
  corsRedirect: (src: string) =>
    `The address "${src}" sends the browser on to another website (a redirect), and that website does not let other websites read the file. ` +
    `Host the file on your own site, or paste the data inside the chart with a <table> or <script type="text/csv">.`,
  /** An address that redirects to a place where nothing answers. */
  redirectUnreachable: (src: string) =>
    `The address "${src}" sends the browser on to another address (a redirect), where nothing answered. Use the file's final address in src, and check that it is online.`,
  /** An http:// file on an https:// page: browsers block it. */
  insecureAddress: (src: string) =>
    `The data file "${src}" starts with http:// but this page is served over https://, so the browser blocks it. Use the file's https:// address.`,
  /** A file bigger than the limit, by its declared size; both sizes in megabytes (1 MB = 1,000,000 bytes). */
  fileTooLarge: (src: string, megabytes: number, max: number) =>
    `The data file "${src}" is ${megabytes.toLocaleString('en')} MB; a chart reads files of up to ${max.toLocaleString('en')} MB. ` +
    `${aggregateFirst} or keep only the rows and columns the chart needs, and save that as a smaller file.`,
  /** A file that passed the limit while it was read (its size was not known in advance); `max` in megabytes. */
  fileOverLimit: (src: string, max: number) =>
    `The data file "${src}" is larger than ${max.toLocaleString('en')} MB, the most a chart reads, so it stopped reading it. ` +
    `${aggregateFirst} or keep only the rows and columns the chart needs, and save that as a smaller file.`,
  connectionFailed: (src: string) => `The data file "${src}" could not be loaded: the connection failed. Check the address and your connection.`,
  serverAnswered: (src: string, status: number) =>
    `The data file "${src}" could not be loaded (the server answered ${status}). ` +
    (status === 404
      ? 'No file was found at that address: check the spelling of src and that the file is uploaded.'
      : status === 401 || status === 403
        ? 'The server does not allow reading it: make the file public.'
        : 'Check the address, or try again later.'),

  noSuchColumn: (asked: string, role: RoleName, columns: readonly string[]) =>
    `There is no column "${asked}" (from ${role}-column="${asked}"). ${columnsAre(columns)} Change ${role}-column to one of them.`,
  /** `meaning` is the template's English description of the column ("the name of each bar"); other languages may go by `type`. */
  needsColumn: (role: RoleName, type: RoleType, meaning: string, columns: readonly string[], suggestion: string | undefined) =>
    `This chart needs a column with ${meaning} (${TYPE_WORDS[type]}). ${columnsAre(columns)} ` +
    `Name that column "${role}", or add ${role}-column="${suggestion ?? 'your column name'}" to the chart.`,
  /** `given`: the bound whose column is set (`lower`/`upper`); `missing`: the other one, whose attribute is missing. */
  oneBound: (given: 'lower' | 'upper', column: string, missing: 'lower' | 'upper') =>
    `The chart has ${given} bounds (column "${column}") but no ${missing} bounds: add ${missing}-column="…" naming the column of ${missing} bounds, ` +
    `or remove ${given}-column. A range needs both ends.`,
  duplicateColumn: (column: string) =>
    `Your data has more than one column named "${column}", so the chart cannot tell which to use. Rename the copies so each column name is different.`,
  /** `cells`: the first few; `more`: how many others. */
  notNumbers: (column: string, cells: readonly BadCell[], more: number) =>
    `The column "${column}" should hold numbers, but ${cells.map(cell).join('; ')}${more > 0 ? ` (and ${more} more)` : ''}. ` +
    `Write numbers like 70 or 69.5 (a % sign is fine), and leave a cell empty when the value is missing.`,
  mixedDecimals: (column: string) =>
    `The column "${column}" mixes decimal points and decimal commas (for example "1.5" and "1,5"). ` +
    `Write all its numbers the same way, or add decimal="." or decimal="," to the chart.`,
  ambiguousDecimal: (column: string, example: string) =>
    `The column "${column}" has numbers like "${example}" that could mean a thousands separator or a decimal mark. ` +
    `Add decimal="." if the comma separates thousands, or decimal="," if the comma is the decimal mark.`,
  notDates: (column: string, bad: BadCell) =>
    `The column "${column}" should hold years or dates, but ${cell(bad)}. Write years like 2015 or dates like 2015-06-30.`,

  /** A number option outside its declared range (e.g. a year of 99999). */
  outOfRange: (attribute: string, value: string, min: number, max: number, integer: boolean) =>
    `${attribute}="${value}" is out of range: write ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`,
  notANumber: (attribute: string, value: string) => `${attribute}="${value}" is not a number. Write it like ${attribute}="42.5".`,
  unknownValue: (attribute: string, value: string, known: readonly string[]) =>
    `${attribute}="${value}" is not something this chart knows. Use one of: ${known.join(', ')}.`,

  unknownTemplate: (name: string, known: readonly string[]) => `There is no chart template called "${name}". Use one of: ${known.join(', ')}.`,
  tooManyColumns: (count: number, max: number) =>
    `The data has ${count.toLocaleString('en')} columns; a chart reads at most ${max.toLocaleString('en')}. Keep only the columns the chart needs.`,
  tooManyRows: (count: number, max: number) =>
    `The data has ${count.toLocaleString('en')} rows; a chart can draw at most ${max.toLocaleString('en')}. ` +
    `${aggregateFirst} or draw fewer rows with series-code, countries, years or where.`,
  /** `name` is the template's English name, `id` what `template="…"` says. */
  templateTooManyRows: (name: string, _id: string, max: number, count: number) =>
    `This chart (${name}) can show at most ${max.toLocaleString('en')} rows, and this data has ${count.toLocaleString('en')}. ` +
    `${aggregateFirst} or keep only the rows your story is about.`,
  /** `example` is code: a list of rows the element would accept. */
  dataNotList: (example: string) => `The data property must be a list of rows, like ${example}.`,
  dataEmptyList: () => 'The data property is an empty list. Give it at least one row.',
  dataListUnreadable: (example: string) => `The data property could not be read. Give it a plain list of rows, like ${example}.`,
  dataHole: (row: number) => `Row ${row} of the data property is missing: give every row, or remove the gap.`,
  dataBigInt: (row: number, column: string) => `Row ${row} of the data property has a BigInt in "${column}". Give a plain number.`,
  dataCycle: (row: number, column: string) => `Row ${row} of the data property has an object that contains itself in "${column}". Give text or a number.`,
  dataUnreadable: (row: number) => `Row ${row} of the data property could not be read. Give plain objects of text and numbers.`,
  noData: () =>
    'This chart has no data yet. Add src="your-file.csv", or put a <table> or <script type="text/csv"> with your data inside the chart.',
  /** Rows, but not one number to draw. */
  noValues: (column: string) =>
    `The "${column}" column has no numbers to draw: every cell is empty or marked as missing. ` +
    `Check that this is the file you meant, or choose another column with value-column="…".`,
  cardNoNumber: () => 'This card has no number yet. Add value="30" (and label="national dialogues"), or give it data with src="your-file.csv".',
  /** `year` as the data writes it; `values`: the different numbers given for it. */
  cardRepeatedYear: (year: string, values: readonly string[]) =>
    `The data has ${values.length} rows for ${year} with different numbers (${values.join(', ')}), and a card's line shows one number per year. ` +
    'Keep one row per year: for example, only one country\'s or one group\'s rows.',
  cardNoNumbers: (column: string) => `The data has no numbers in its "${column}" column. Add at least one number.`,

  surveyRange: () =>
    'Survey answers are percentages of respondents, between 0 and 100, but the value column has numbers outside that range. ' +
    'Give each answer’s percentage (like 34), or use ranked-bar for other numbers.',
  stackedNegative: () =>
    'A parts-of-a-whole chart cannot show negative values: every part is a share of its bar. Check the value column, or use ranked-bar.',
  /** `groups`: every group the data has (more than two). */
  pyramidGroups: (groups: readonly string[]) =>
    `A population pyramid compares two groups back to back (for example Female and Male), and the data has ${groups.length}: ${quoteList(groups)}. ` +
    `Keep the rows of two groups, or use disaggregation to compare more.`,
  pyramidNegative: (category: string) =>
    `A population pyramid draws counts or shares, which cannot be below zero, and the row for "${category}" has a negative value. Check the value column.`,
  /** `time`: the one year (or date) the rows hold. */
  slopeOneTime: (time: string) =>
    `A slope chart compares two years, and the data has values for one only (${time}). ` +
    'Add the rows of a second year, or pick two with `years="2015; 2022"` if the file has more; use ranked-bar to show one year.',
  waffleTooMany: (max: number, count: number) =>
    `A waffle chart shows at most ${max} shares, and this data has ${count}. Use ranked-bar to compare many places, or keep only the rows your story is about.`,
  waffleRange: () =>
    'A waffle chart shows a share between 0% and 100%, but the value column has numbers outside that range. Give percentages (like 50) or fractions (like 0.5).',
};

/** Errors from this catalogue: `fail('missing-column', 'noSuchColumn', asked, role, columns)`. */
export const fail = failWith(coreErrors);
