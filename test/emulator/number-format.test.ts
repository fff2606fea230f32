// getDisplayValue(s) under number formats with sections (positive;negative[;zero]) and literal text, as the product
// writes them (`#,##0;"△"#,##0`), from the sources emulator/spreadsheet/number-format.ts cites; what those do not
// settle is refused as "not emulated".
import { probe, probeEnvironment } from '../support/probe';

/** Runs in the script: writes `values` down column A with `format`, then reads them as a person sees them. */
function showIn(values: number[], format: string): { all: string[][]; each: string[] } {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  const range = sheet.getRange(1, 1, values.length, 1);
  range.setValues(values.map((v) => [v]));
  range.setNumberFormat(format);
  return {
    all: range.getDisplayValues(),
    each: values.map((_, i) => sheet.getRange(i + 1, 1).getDisplayValue()),
  };
}

function displayed(values: number[], format: string): string[] {
  const shown = probe(
    probeEnvironment(),
    `return (${showIn.toString()})(${JSON.stringify(values)}, ${JSON.stringify(format)});`,
  ) as { all: string[][]; each: string[] };
  // getDisplayValues and getDisplayValue agree cell by cell.
  expect(shown.all.map((row) => row[0])).toEqual(shown.each);
  return shown.each;
}

describe('number formats with sections and literals', () => {
  it('two sections: the first for positive numbers and zero, the second for negative ones, without the sign', () => {
    expect(displayed([1234567, 0, -1200, -1, 12.6], '#,##0;"△"#,##0')).toEqual([
      '1,234,567',
      '0',
      '△1,200',
      '△1',
      '13',
    ]);
  });

  it('three sections: zero has its own', () => {
    expect(displayed([5, -5, 0], '0;"▲"0;"－"0')).toEqual(['5', '▲5', '－0']);
  });

  it('literal text before and after the digits, quoted or after a backslash', () => {
    expect(displayed([1500, -40], '#,##0"千円";\\△#,##0"千円"')).toEqual(['1,500千円', '△40千円']);
    expect(displayed([0.125], '"率 "0.00%')).toEqual(['率 12.50%']);
  });

  it.each([
    ['#,##0;;"zero"', 'a section without digits'],
    ['#,##0;"△"#,##0;0;0', 'a fourth (text) section'],
    ['#,##0;[Red]#,##0', 'the character "["'],
    ['$#,##0;($#,##0)', 'the character "$"'],
    ['#,##0.00;"△"#,##0.00', 'the digit pattern "#,##0.00"'],
    ['0"x"0', 'literal text between digit placeholders'],
    ['#,##0"', 'an unclosed quote'],
  ])('refuses %s as not emulated (%s)', (format, why) => {
    expect(() => displayed([-3], format)).toThrow(
      `not emulated: number format ${JSON.stringify(format)} (${why})`,
    );
  });
});
