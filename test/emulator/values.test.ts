// Fidelity of values written into cells: strings read as typed input (Sheets API ValueInputOption USER_ENTERED),
// plain-text cells, and values Sheets cannot hold. Sources: emulator/spreadsheet/typed-input.ts, apps-script-facts §9.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Environment } from '../../emulator';
import { TEST_START } from '../../harness/clock';
import { PROBE_DIST, probe, probeEnvironment } from '../support/probe';

/** Writes each string into A1 of a fresh cell and answers what getValue gives, tagged with its type. */
function typed(env: Environment, inputs: string[], format?: string): string[] {
  return probe(
    env,
    `var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    var inputs = ${JSON.stringify(inputs)};
    var range = sh.getRange(1, 1, inputs.length, 1);
    ${format ? `range.setNumberFormat(${JSON.stringify(format)});` : ''}
    range.setValues(inputs.map(function (s) { return [s]; }));
    return range.getValues().map(function (r) {
      var v = r[0];
      return v instanceof Date ? 'Date:' + v.toISOString() : typeof v + ':' + String(v);
    });`,
  ) as string[];
}

const tokyo = (y: number, m: number, d: number, h = 0, min = 0, s = 0) =>
  `Date:${new Date(Date.UTC(y, m - 1, d, h - 9, min, s)).toISOString()}`;
const THIS_YEAR = new Date(TEST_START + 9 * 3600_000).getUTCFullYear();

describe('a string written into an automatic-format cell is read as typed input', () => {
  // [doc] ValueInputOption USER_ENTERED; [seen] leading zeros lost: vlucas/sheetquery#20, burnash/gspread#231.
  it.each([
    ['01234', 'number:1234'],
    ['0401', 'number:401'],
    ['1,234', 'number:1234'],
    ['-1,234.5', 'number:-1234.5'],
    ['1e5', 'number:100000'],
    ['1.5E-3', 'number:0.0015'],
    ['.5', 'number:0.5'],
    [' 12 ', 'number:12'],
    ['50%', 'number:0.5'],
    ['12.5%', 'number:0.125'],
    ['¥1,000', 'number:1000'],
    ['$100.15', 'number:100.15'],
    ['TRUE', 'boolean:true'],
    ['false', 'boolean:false'],
  ])('%s → %s (numbers, percentages, currency, booleans)', (input, expected) => {
    expect(typed(probeEnvironment(), [input])).toEqual([expected]);
  });

  // [seen] "2026-09-14" → a date, "10:05:12" → a time (apps-script-facts §9); a time alone sits on Sheets' day
  // zero, 1899-12-30 (developers.google.com/sheets/api/guides/formats).
  it.each([
    ['2026-09-14', tokyo(2026, 9, 14)],
    ['2024/4/1', tokyo(2024, 4, 1)],
    ['2024.4.1', tokyo(2024, 4, 1)],
    ['2024-04-01 9:30', tokyo(2024, 4, 1, 9, 30)],
    ['10:05:12', tokyo(1899, 12, 30, 10, 5, 12)],
    ['10:05', tokyo(1899, 12, 30, 10, 5)],
    ['1:05 PM', tokyo(1899, 12, 30, 13, 5)],
    ['2022年4月1日', tokyo(2022, 4, 1)],
  ])('%s → %s (dates and times)', (input, expected) => {
    expect(typed(probeEnvironment(), [input])).toEqual([expected]);
  });

  // [open] unconfirmed in a ja_JP spreadsheet: parsed, the side more dangerous for the add-on.
  it.each([
    ['1-2-03', tokyo(2001, 2, 3)],
    ['R4.10.31', tokyo(2022, 10, 31)],
    ['H31/4/30', tokyo(2019, 4, 30)],
    ['令和4年10月31日', tokyo(2022, 10, 31)],
    ['令和元年5月1日', tokyo(2019, 5, 1)],
    ['4/1', tokyo(THIS_YEAR, 4, 1)],
    ['9月30日', tokyo(THIS_YEAR, 9, 30)],
    ['０１２３', 'number:123'],
    ['５０％', 'number:0.5'],
  ])('%s → %s ([open] forms, parsed)', (input, expected) => {
    expect(typed(probeEnvironment(), [input])).toEqual([expected]);
  });

  it('leaves text that is no number, date or time as it was', () => {
    const inputs = ['R4-H1', '1-2-3-4', '2024-02-30', 'abc', '1,23', '12:60', '0x1F', '-', ''];
    expect(typed(probeEnvironment(), inputs)).toEqual(inputs.map((s) => `string:${s}`));
  });

  it('gives a parsed time and percentage the format Sheets infers, so they display as typed', () => {
    const env = probeEnvironment();
    typed(env, ['10:05:12', '50%', '12.5%']);
    expect(env.spreadsheet.displayValues('シート1')).toEqual([['10:05:12'], ['50%'], ['12.50%']]);
  });

  it('keeps every string in a plain-text ("@") cell as written', () => {
    const inputs = ['01234', '1-2-03', 'TRUE', '1e5', '2024-04-01', '10:05:12', '50%', 'R4.10.31', '0401'];
    expect(typed(probeEnvironment(), inputs, '@')).toEqual(inputs.map((s) => `string:${s}`));
  });
});

describe('values Sheets cannot hold never enter the state', () => {
  // apps-script-facts fidelity rule 9: "1e999" used to become Infinity, saved as null and then unloadable.
  it('keeps "1e999" as text, and Infinity/NaN written by a script as their text', () => {
    const env = probeEnvironment();
    expect(typed(env, ['1e999', '-1e999'])).toEqual(['string:1e999', 'string:-1e999']);
    probe(
      env,
      "SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B1:B3').setValues([[Infinity], [NaN], [new Date(NaN)]]);",
    );
    const cells = env.spreadsheet.values('シート1').map((r) => r[1]);
    expect(cells).toEqual(['Infinity', 'NaN', 'Invalid Date']);
    expect(JSON.stringify(env.toJSON())).not.toContain('"value":null');
    const file = join(mkdtempSync(join(tmpdir(), 'values-')), 'state.json');
    env.save(file);
    expect(Environment.load(file, { distDir: PROBE_DIST }).spreadsheet.values('シート1')).toEqual(
      env.spreadsheet.values('シート1'),
    );
  });
});

describe('the unsettled answers about a plain-text ("@") cell are choices of the environment', () => {
  // apps-script-facts §9 [open]: whether a leading apostrophe is kept in a "@" cell, and whether "@" stops "=".
  const write = (env: Environment) =>
    probe(
      env,
      `var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sh.getRange('A1:B2').setNumberFormat('@');
      sh.getRange('A1:B2').setValues([["'abc", '=1+1'], ["'=1+1", 'x']]);
      return sh.getRange('A1:B2').getValues();`,
    );
  const withAnswers = (apostrophe: 'dropped' | 'kept', equals: 'formula' | 'text') =>
    Environment.create({ distDir: PROBE_DIST, now: TEST_START, plainText: { apostrophe, equals } });

  it('by default drops the apostrophe and still makes "=" a formula (the side that lets a formula through)', () => {
    const env = probeEnvironment();
    expect(write(env)).toEqual([
      ['abc', ''],
      ['=1+1', 'x'],
    ]);
    expect(env.spreadsheet.formulas()).toEqual([{ sheet: 'シート1', a1: 'B1', formula: '=1+1' }]);
  });

  it('can drop the apostrophe and keep "=" as text', () => {
    const env = withAnswers('dropped', 'text');
    expect(write(env)).toEqual([
      ['abc', '=1+1'],
      ['=1+1', 'x'],
    ]);
    expect(env.spreadsheet.formulas()).toEqual([]);
  });

  it('can keep the apostrophe as part of the text (and "=" as text)', () => {
    const env = withAnswers('kept', 'text');
    expect(write(env)).toEqual([
      ["'abc", '=1+1'],
      ["'=1+1", 'x'],
    ]);
    expect(env.spreadsheet.formulas()).toEqual([]);
  });

  // [open] as well: what a Date written into a "@" cell becomes. A date-formatted cell keeps it a date either way.
  const writeDate = (env: Environment) =>
    probe(
      env,
      `var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sh.getRange('A1').setNumberFormat('@'); sh.getRange('B1').setNumberFormat('yyyy/MM/dd HH:mm:ss');
      var at = new Date(Date.UTC(2026, 11, 1, 7, 13, 44));
      sh.getRange('A1:B1').setValues([[at, at]]);
      return sh.getRange('A1:B1').getValues()[0].map(function (v) {
        return v instanceof Date ? 'Date:' + v.toISOString() : typeof v + ':' + v;
      });`,
    );

  it('by default turns a Date written into a "@" cell into its text (the side where it no longer reads as a date)', () => {
    expect(writeDate(probeEnvironment())).toEqual([
      'string:2026/12/01 16:13:44',
      'Date:2026-12-01T07:13:44.000Z',
    ]);
  });

  it('can keep a Date written into a "@" cell a date', () => {
    const env = Environment.create({
      distDir: PROBE_DIST,
      now: TEST_START,
      plainText: { apostrophe: 'dropped', equals: 'formula', date: 'kept' },
    });
    expect(writeDate(env)).toEqual(['Date:2026-12-01T07:13:44.000Z', 'Date:2026-12-01T07:13:44.000Z']);
  });

  it('refuses the combination no script could store "=…" as text under, rather than emulate it', () => {
    expect(() => withAnswers('kept', 'formula')).toThrow('not emulated');
  });

  it('drops the apostrophe in an automatic cell whatever the answers', () => {
    const env = withAnswers('kept', 'text');
    probe(env, "SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('C1').setValue(\"'0123\");");
    expect(env.spreadsheet.values('シート1')[0]?.[2]).toBe('0123');
  });
});
