// Checks of what the emulated SpreadsheetApp assumes about reads and writes of cells (apps-script-facts §5).
import type { ProbeCheck } from '../check';
import { same, thrown, typeName } from './observe';

const COLUMNS_TEXT =
  'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.';
const ROWS_TEXT =
  'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 1.';
const OUTSIDE_TEXT = 'The coordinates of the range are outside the dimensions of the sheet.';
const AT_LEAST_ONE_TEXT = 'The number of rows in the range must be at least 1.';
const LIST_LIMIT_TEXT =
  'The data validation rule has more items than the limit of 500. Use the "List from a range" criteria instead.';

export const checks: ProbeCheck[] = [
  {
    id: 'sheets.getvalues-types',
    assumption: 'getValues() gives Number, Boolean, Date or String, and "" for an empty cell (never null).',
    source: 'apps-script-facts §5; developers.google.com/apps-script/reference/spreadsheet/range#getValues()',
    tag: 'doc',
    run(scratch) {
      scratch.getRange(1, 1, 1, 4).setValues([[42, true, new Date(2026, 0, 2), 'abc']]);
      const row = scratch.getRange(1, 1, 1, 5).getValues()[0] ?? [];
      const observed = row.map((v) => (v === '' ? 'empty ""' : typeName(v))).join(', ');
      return same('number, boolean, date, string, empty ""', observed);
    },
  },
  {
    id: 'sheets.setvalues-columns',
    assumption: 'setValues with more columns than the range throws the columns-mismatch text.',
    source: 'apps-script-facts §5 (seen)',
    tag: 'seen',
    run(scratch) {
      return same(
        COLUMNS_TEXT,
        thrown(() => scratch.getRange(1, 1, 1, 4).setValues([[1, 2, 3, 4, 5]])),
      );
    },
  },
  {
    id: 'sheets.setvalues-rows',
    assumption: 'setValues with more rows than the range throws the rows-mismatch text.',
    source: 'apps-script-facts §5 (seen)',
    tag: 'seen',
    run(scratch) {
      return same(
        ROWS_TEXT,
        thrown(() => scratch.getRange(1, 1, 1, 1).setValues([[1], [2]])),
      );
    },
  },
  {
    id: 'sheets.new-sheet-size',
    assumption: 'A new sheet has 1,000 rows and 26 columns (A–Z): writing past them needs inserted columns.',
    source: 'Sheets default for a new sheet (seen); emulator/spreadsheet/state.ts',
    tag: 'seen',
    run(scratch) {
      return same('1000 × 26', `${scratch.getMaxRows()} × ${scratch.getMaxColumns()}`);
    },
  },
  {
    id: 'sheets.empty-sheet',
    assumption: 'An empty sheet has getLastRow() 0, getLastColumn() 0, and its getDataRange() is A1.',
    source: 'developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()',
    tag: 'doc',
    run(scratch) {
      const observed = `${scratch.getLastRow()}, ${scratch.getLastColumn()}, ${scratch.getDataRange().getA1Notation()}`;
      return same('0, 0, A1', observed);
    },
  },
  {
    id: 'sheets.background-and-note-read-back',
    assumption:
      'An untouched cell reads back background "#ffffff" and note ""; a background set as "#f4cccc" reads back so.',
    source: 'no public source found; src/sheets/problem-marks.ts relies on it to clear only its own marks',
    tag: 'open',
    run(scratch) {
      const cell = scratch.getRange('B2');
      const before = `${cell.getBackground()} "${cell.getNote()}"`;
      cell.setBackground('#f4cccc');
      // The product recognises its marks only by these exact strings, so only they pass.
      return same('#ffffff "", then #f4cccc', `${before}, then ${cell.getBackground()}`);
    },
  },
  {
    id: 'sheets.range-outside-sheet',
    assumption: "A range past the sheet's last column is refused with the outside-the-dimensions text.",
    source: 'apps-script-facts §5 (seen)',
    tag: 'seen',
    run(scratch) {
      return same(
        OUTSIDE_TEXT,
        thrown(() => scratch.getRange(1, scratch.getMaxColumns() + 1)),
      );
    },
  },
  {
    id: 'sheets.range-of-no-rows',
    assumption: 'A range of zero rows is refused with the at-least-1 text.',
    source: 'apps-script-facts §5 (seen)',
    tag: 'seen',
    run(scratch) {
      return same(
        AT_LEAST_ONE_TEXT,
        thrown(() => scratch.getRange(1, 1, 0, 1)),
      );
    },
  },
  {
    id: 'sheets.equals-becomes-formula',
    assumption: 'A string starting with "=" written by setValue becomes a formula.',
    source: 'apps-script-facts §5; reference Range.setValue',
    tag: 'doc',
    run(scratch) {
      const cell = scratch.getRange('A1');
      cell.setValue('=1+1');
      return same('=1+1', cell.getFormula());
    },
  },
  {
    id: 'sheets.appendrow-after-data',
    assumption: 'appendRow writes the row after the last row with content, and getLastRow() then names it.',
    source: 'apps-script-facts §5; reference Sheet.appendRow, Sheet.getLastRow',
    tag: 'doc',
    run(scratch) {
      scratch.getRange(1, 1, 3, 1).setValues([['a'], ['b'], ['c']]);
      scratch.appendRow(['d', 'e']);
      const last = scratch.getLastRow();
      return same('4: d, e', `${last}: ${scratch.getRange(last, 1, 1, 2).getValues()[0]?.join(', ')}`);
    },
  },
  {
    id: 'sheets.validation-list-limit',
    assumption: 'A list validation of more than 500 items is refused with the limit text.',
    source: 'apps-script-facts §5 (seen)',
    tag: 'seen',
    run(scratch) {
      const items = Array.from({ length: 501 }, (_, i) => `item ${i}`);
      const observed = thrown(() =>
        scratch
          .getRange('A1')
          .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(items, true).build()),
      );
      return same(LIST_LIMIT_TEXT, observed);
    },
  },
  {
    id: 'sheets.validation-does-not-block-scripts',
    assumption: "A script may write a value that the cell's list validation does not allow.",
    source: 'apps-script-facts §5 (doc: setAllowInvalid is true by default; script writes are not blocked)',
    tag: 'doc',
    run(scratch) {
      const cell = scratch.getRange('A1');
      cell.setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(['はい', 'いいえ'], true).build(),
      );
      cell.setValue('ほかの値');
      return same('ほかの値', String(cell.getValue()));
    },
  },
  {
    id: 'sheets.date-cell-instant',
    assumption:
      'A Date written into a cell formatted "yyyy/MM/dd HH:mm:ss" reads back as a Date of the same instant, and shows as that pattern in the spreadsheet\'s time zone.',
    source:
      'tmdean.blogspot.com 2015/06 (serials kept in the file\'s zone), milan-rajic.com "Date and Time 6/6" (getValue gives a Date); src/domain/instant-cells.ts',
    tag: 'seen',
    run(scratch) {
      const written = new Date(Date.UTC(2026, 11, 1, 7, 13, 44));
      const cell = scratch.getRange('A1').setNumberFormat('yyyy/MM/dd HH:mm:ss');
      cell.setValue(written);
      const read = cell.getValue() as Date;
      const zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
      const expected = `${written.getTime()} ${Utilities.formatDate(written, zone, 'yyyy/MM/dd HH:mm:ss')}`;
      return same(expected, `${read.getTime()} ${cell.getDisplayValue()}`);
    },
  },
  {
    id: 'sheets.signed-money-display',
    assumption:
      'A number under "#,##0;"△"#,##0" shows with the second section when negative, without its minus sign (△1,200), and with the first when positive or zero.',
    source:
      'developers.google.com/sheets/api/guides/formats (sections, quoted literals), sheets.wiki/docs/Number-Format-Patterns; emulator/spreadsheet/number-format.ts',
    tag: 'doc',
    run(scratch) {
      const range = scratch.getRange('A1:A3').setNumberFormat('#,##0;"△"#,##0');
      range.setValues([[-1200], [0], [1234567]]);
      return same('△1,200 0 1,234,567', range.getDisplayValues().flat().join(' '));
    },
  },
  {
    id: 'sheets.frozen-columns',
    assumption: 'setFrozenColumns(n) freezes n columns and getFrozenColumns() answers n; 0 unfreezes them.',
    source: 'developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenColumns(Integer)',
    tag: 'doc',
    run(scratch) {
      scratch.setFrozenColumns(2);
      const frozen = scratch.getFrozenColumns();
      scratch.setFrozenColumns(0);
      return same('2 0', `${frozen} ${scratch.getFrozenColumns()}`);
    },
  },
];
