// Validation moves only the marks that change (issue 19): an unchanged register writes no cell, one fixed cell a
// couple, whatever the register's size; a mark cleared or recoloured by hand is put right; the answer stays small.
import type { Environment } from '../../emulator';
import { growRegister, ok, setUpEnvironment } from '../../harness/register';
import { columnLetter } from '../../src/domain/a1';
import type { ValidationReport } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';
import { propertiesCalls } from '../support/calls';

jest.setTimeout(120_000);

function columnOf(env: Environment, header: string): number {
  const index = (env.spreadsheet.values(SHEETS.register)[0] as string[]).indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index + 1;
}

/** Runs a validation and answers what it answered and what it cost. */
function validate(env: Environment, offset: number | null = null) {
  env.calls.reset();
  const report = ok<ValidationReport>(env.scriptRun('validateRegister', [offset]));
  const { total, cells, byMethod } = env.calls.snapshot();
  const properties = propertiesCalls(byMethod);
  return {
    report,
    calls: total - properties,
    properties,
    written: cells.written,
    bytes: Buffer.byteLength(JSON.stringify(report)),
  };
}

/** A register of `items` items (none with an indicator: one warning each), validated once. */
function validated(items: number): Environment {
  const env = setUpEnvironment();
  growRegister(env, items);
  validate(env);
  return env;
}

describe('cells written by 台帳の検証', () => {
  const sizes = [20, 1000];
  const envs = new Map(sizes.map((n) => [n, validated(n)]));

  it('writes no cell when nothing changed since the last run, at any size', () => {
    for (const n of sizes) {
      const again = validate(envs.get(n) as Environment);
      expect({ n, written: again.written }).toEqual({ n, written: 0 });
      expect(again.calls).toBeLessThanOrEqual(12);
      // Keeping the answer for the sidebar to open on: PropertiesService.getDocumentProperties and setProperties.
      expect(again.properties).toBe(2);
    }
  });

  it('writes the changed mark only: one cell typed wrong and then fixed costs the same at 20 and 1,000 items', () => {
    const written = sizes.map((n) => {
      const env = envs.get(n) as Environment;
      const column = columnOf(env, '進捗率(%)');
      env.spreadsheet.edit(SHEETS.register, 10, column, [[150]]);
      const marked = validate(env);
      const a1 = `${columnLetter(column)}10`;
      expect(env.spreadsheet.cell(SHEETS.register, a1)?.background).toBe('#f4cccc');
      env.spreadsheet.edit(SHEETS.register, 10, column, [[0]]);
      const cleared = validate(env);
      expect(env.spreadsheet.cell(SHEETS.register, a1)?.note).toBeUndefined();
      expect(marked.calls).toBeLessThanOrEqual(12);
      expect(marked.properties).toBe(2);
      return [marked.written, cleared.written];
    });
    // A background and a note for the one cell, each way.
    expect(written).toEqual([
      [2, 2],
      [2, 2],
    ]);
  });

  it('grows with the marks that change: ten neighbouring rows cost ten times one', () => {
    const env = envs.get(1000) as Environment;
    const column = columnOf(env, '進捗率(%)');
    env.spreadsheet.edit(
      SHEETS.register,
      100,
      column,
      Array.from({ length: 10 }, () => [150]),
    );
    expect(validate(env).written).toBe(20);
    env.spreadsheet.edit(
      SHEETS.register,
      100,
      column,
      Array.from({ length: 10 }, () => [0]),
    );
    expect(validate(env).written).toBe(20);
  });

  it('puts back a mark cleared by hand and keeps a colour a user gave the cell', () => {
    const env = envs.get(20) as Environment;
    const indicator = columnOf(env, '指標');
    const cleared = `${columnLetter(indicator)}5`;
    const coloured = `${columnLetter(indicator)}6`;
    const row5 = env.spreadsheet.sheet(SHEETS.register).rows[4]!;
    row5[indicator - 1] = { value: '' };
    const row6 = env.spreadsheet.sheet(SHEETS.register).rows[5]!;
    row6[indicator - 1] = { ...row6[indicator - 1]!, background: '#cfe2f3' };
    const run = validate(env);
    expect(env.spreadsheet.cell(SHEETS.register, cleared)?.background).toBe('#fff2cc');
    expect(env.spreadsheet.cell(SHEETS.register, cleared)?.note).toMatch(/^【検証】/);
    expect(env.spreadsheet.cell(SHEETS.register, coloured)?.background).toBe('#cfe2f3');
    expect(env.spreadsheet.cell(SHEETS.register, coloured)?.note).toMatch(/^【検証】/);
    // Rows 5 and 6 of one column: the rectangle around the two.
    expect(run.written).toBeLessThanOrEqual(4);
  });
});

describe('the answer of 台帳の検証', () => {
  it('stays under 100 KB with 1,800 problems, errors first, and the rest comes page by page', () => {
    const env = setUpEnvironment();
    growRegister(env, 1200);
    // 600 errors typed by hand among 1,200 warnings (no item has an indicator).
    env.spreadsheet.edit(
      SHEETS.register,
      2,
      columnOf(env, '進捗率(%)'),
      Array.from({ length: 1200 }, (_, i) => [i % 2 ? 150 : 0]),
    );
    const first = validate(env);
    expect(first.bytes).toBeLessThan(100 * 1024);
    expect(first.report.errorCount).toBe(600);
    expect(first.report.warningCount).toBe(1200);
    expect(first.report.warningGroups).toEqual([
      { rule: 'indicator-missing', message: expect.stringContaining('指標'), count: 1200 },
    ]);
    const seen = [...first.report.problems];
    let next = first.report.nextOffset;
    while (next !== null) {
      const page = validate(env, next);
      expect(page.bytes).toBeLessThan(100 * 1024);
      expect(page.written).toBe(0);
      seen.push(...page.report.problems);
      next = page.report.nextOffset;
    }
    expect(seen).toHaveLength(1800);
    expect(seen.slice(0, 600).every((p) => p.severity === 'error')).toBe(true);
    expect(seen.slice(600).every((p) => p.severity === 'warning')).toBe(true);
    const errorRows = seen.slice(0, 600).map((p) => p.row);
    expect(errorRows).toEqual([...errorRows].sort((a, b) => a - b));
  });

  it('refuses a page offset that is not a whole number ≥ 0, naming it', () => {
    const env = setUpEnvironment();
    const result = env.scriptRun('validateRegister', [-3]) as { ok: boolean; error: { message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.message).toBe('表示位置: 0以上の整数で指定してください');
  });
});
