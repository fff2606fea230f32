// Probe checks of how Sheets stores strings a script writes (emulator/spreadsheet/values.ts, typed-input.ts).
import type { ProbeCheck } from '../check';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Seen = { expected: string; observed: string; pass: boolean };

/** How a cell value reads in a result: its type and value, dates as Tokyo wall-clock time. */
function describe(value: unknown): string {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return `Date ${Utilities.formatDate(value as Date, 'Asia/Tokyo', "yyyy-MM-dd'T'HH:mm:ss")}`;
  }
  return `${typeof value} ${String(value)}`;
}

/** Writes `input` into A1 of the scratch sheet (formatted as `format` first, if given) and reads it back. */
function written(
  scratch: Sheet,
  input: unknown,
  format?: string,
): { value: string; formula: string; display: string } {
  scratch.clear();
  const cell = scratch.getRange('A1');
  if (format) cell.setNumberFormat(format);
  cell.setValue(input);
  SpreadsheetApp.flush();
  return { value: describe(cell.getValue()), formula: cell.getFormula(), display: cell.getDisplayValue() };
}

/** A check whose answer is exactly one value. */
function exact(
  id: string,
  assumption: string,
  source: string,
  tag: 'doc' | 'seen',
  input: string,
  expected: string,
  format?: string,
): ProbeCheck {
  return {
    id,
    assumption,
    source,
    tag,
    run(scratch): Seen {
      const observed = written(scratch, input, format).value;
      return { expected, observed, pass: observed === expected };
    },
  };
}

/** An unsettled form: the emulation parses it (the dangerous side), the add-on is right if Sheets keeps text too. */
function parsedOrText(id: string, input: string, parsed: string): ProbeCheck {
  return {
    id,
    assumption: `"${input}" written into an automatic cell of a ja_JP spreadsheet is parsed (${parsed}) or kept as text.`,
    source: 'apps-script-facts §9 [open]; emulator/spreadsheet/typed-input.ts',
    tag: 'open',
    run(scratch): Seen {
      const observed = written(scratch, input).value;
      const answers = [parsed, `string ${input}`];
      return { expected: answers.join(' | '), observed, pass: answers.includes(observed) };
    },
  };
}

const USER_ENTERED = 'developers.google.com/sheets/api/reference/rest/v4/ValueInputOption (USER_ENTERED)';

export const checks: ProbeCheck[] = [
  exact(
    'values.leading-zeros',
    '"01234" in an automatic cell becomes the number 1234.',
    'vlucas/sheetquery#20, burnash/gspread#231',
    'seen',
    '01234',
    'number 1234',
  ),
  exact(
    'values.iso-date',
    '"2026-09-14" in an automatic cell becomes a date.',
    'apps-script-facts §9',
    'seen',
    '2026-09-14',
    'Date 2026-09-14T00:00:00',
  ),
  exact(
    'values.time',
    '"10:05:12" in an automatic cell becomes a time on 1899-12-30.',
    'apps-script-facts §9; sheets/api/guides/formats',
    'seen',
    '10:05:12',
    'Date 1899-12-30T10:05:12',
  ),
  exact(
    'values.boolean',
    '"TRUE" in an automatic cell becomes the boolean true.',
    USER_ENTERED,
    'doc',
    'TRUE',
    'boolean true',
  ),
  exact(
    'values.thousands',
    '"1,234" in an automatic cell becomes the number 1234.',
    USER_ENTERED,
    'doc',
    '1,234',
    'number 1234',
  ),
  exact(
    'values.scientific',
    '"1e5" in an automatic cell becomes the number 100000.',
    USER_ENTERED,
    'doc',
    '1e5',
    'number 100000',
  ),
  exact(
    'values.percent',
    '"50%" in an automatic cell becomes the number 0.5.',
    USER_ENTERED,
    'doc',
    '50%',
    'number 0.5',
  ),
  exact(
    'values.currency',
    '"$100.15" in an automatic cell becomes the number 100.15.',
    'docs.sheetdb.io/value-render-input-option',
    'doc',
    '$100.15',
    'number 100.15',
  ),
  exact(
    'values.apostrophe-automatic',
    'A leading apostrophe in an automatic cell forces text and is not part of the value.',
    'apps-script-facts §5',
    'doc',
    "'0123",
    'string 0123',
  ),
  exact(
    'values.plain-text-zeros',
    'A plain-text ("@") cell keeps "01234" as the string written.',
    'apps-script-facts §9',
    'doc',
    '01234',
    'string 01234',
    '@',
  ),
  exact(
    'values.plain-text-id',
    'A plain-text ("@") cell keeps "1-2-03" as the string written.',
    'apps-script-facts §9',
    'doc',
    '1-2-03',
    'string 1-2-03',
    '@',
  ),
  exact(
    'values.plain-text-boolean',
    'A plain-text ("@") cell keeps "TRUE" as the string written.',
    'apps-script-facts §9',
    'doc',
    'TRUE',
    'string TRUE',
    '@',
  ),
  {
    id: 'values.equals-formula',
    assumption: 'A string starting with "=" written into an automatic cell becomes a formula.',
    source: 'apps-script-facts §5',
    tag: 'doc',
    run(scratch): Seen {
      const observed = written(scratch, '=1+1').formula;
      return { expected: '=1+1', observed, pass: observed === '=1+1' };
    },
  },
  parsedOrText('values.short-year-date', '1-2-03', 'Date 2001-02-03T00:00:00'),
  parsedOrText('values.era-date', 'R4.10.31', 'Date 2022-10-31T00:00:00'),
  parsedOrText('values.kanji-era-date', '令和4年10月31日', 'Date 2022-10-31T00:00:00'),
  parsedOrText('values.full-width-digits', '０１２３', 'number 123'),
  {
    id: 'values.too-large',
    assumption: '"1e999" never becomes a number a cell cannot hold (Infinity).',
    source: 'apps-script-facts, emulation fidelity rule 9 [open]',
    tag: 'open',
    run(scratch): Seen {
      const observed = written(scratch, '1e999').value;
      return {
        expected: 'anything but number Infinity',
        observed,
        pass: !/^number (-)?Infinity|^number NaN/.test(observed),
      };
    },
  },
  {
    id: 'values.plain-text-date',
    assumption:
      'A Date written into a plain-text ("@") cell stays a Date or becomes text; the add-on gives an instant\'s cell a date format before it writes a Date there, so it is right either way.',
    source:
      'apps-script-facts §9 [open]; emulator/spreadsheet/values.ts (PlainTextBehaviour.date); src/sheets/formatted-rows.ts',
    tag: 'open',
    run(scratch): Seen {
      const observed = written(scratch, new Date(Date.UTC(2026, 11, 1, 7, 13, 44)), '@').value;
      return {
        expected: 'Date 2026-12-01T16:13:44 (kept) or a string (text)',
        observed,
        pass: observed === 'Date 2026-12-01T16:13:44' || observed.startsWith('string '),
      };
    },
  },
  {
    id: 'values.plain-text-apostrophe-and-equals',
    assumption:
      'In a plain-text ("@") cell a leading apostrophe is dropped or kept, and "=" makes a formula or text — but a cell that keeps the apostrophe does not make a formula.',
    source: 'apps-script-facts §9 [open]; src/sheets/kept-text.ts',
    tag: 'open',
    run(scratch): Seen {
      const apostrophe = written(scratch, "'abc", '@').value === "string 'abc" ? 'kept' : 'dropped';
      const equals = written(scratch, '=1+1', '@').formula ? 'formula' : 'text';
      const observed = `apostrophe ${apostrophe}, "=" ${equals}`;
      return {
        expected: 'any answer but apostrophe kept with "=" a formula',
        observed,
        pass: !(apostrophe === 'kept' && equals === 'formula'),
      };
    },
  },
];
