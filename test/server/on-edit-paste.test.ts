// onEdit on a paste (issue 19): a simple trigger has 30 s, so a paste of thousands of rows is checked in its first
// rows only — the same calls and cells for 300 and 5,000 pasted rows — and a toast leaves the rest to 台帳の検証.
import type { Environment } from '../../emulator';
import { growRegister, setUpEnvironment } from '../../harness/register';
import { columnLetter } from '../../src/domain/a1';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

function columnOf(env: Environment, header: string): number {
  const index = (env.spreadsheet.values(SHEETS.register)[0] as string[]).indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index + 1;
}

/** Pastes `rows` values of 150 (out of range) into 進捗率 from row 2 and answers what the onEdit cost. */
function pasteProgress(rows: number) {
  const env = setUpEnvironment();
  growRegister(env, rows);
  const column = columnOf(env, '進捗率(%)');
  const toasts = env.services.ui.toasts.length;
  env.calls.reset();
  env.userPaste(
    SHEETS.register,
    `${columnLetter(column)}2`,
    Array.from({ length: rows }, () => ['150']),
  );
  const { total, cells } = env.calls.snapshot();
  const marked = (row: number) => env.spreadsheet.cell(SHEETS.register, `${columnLetter(column)}${row}`);
  return { env, total, cells, toasts: env.services.ui.toasts.slice(toasts), marked };
}

describe('onEdit on a paste', () => {
  it('costs the same calls and cells for a paste of 300 and of 5,000 rows', () => {
    const small = pasteProgress(300);
    const large = pasteProgress(5000);
    expect(large.total).toBe(small.total);
    expect(large.cells).toEqual(small.cells);
    expect(large.env.triggerErrors).toEqual([]);
    // The first rows are marked at once; the rest is left to 台帳の検証.
    expect(large.marked(2)?.background).toBe('#f4cccc');
    expect(large.marked(201)?.background).toBe('#f4cccc');
    expect(large.marked(202)?.background).toBeUndefined();
    expect(large.toasts.map((t) => t.message)).toEqual([
      '貼り付けられた5,000行のうち、最初の200行を確認しました。残りは「台帳の検証」で確認してください。',
    ]);
  });

  it('checks a small paste whole, without a toast', () => {
    const small = pasteProgress(20);
    expect(small.marked(21)?.background).toBe('#f4cccc');
    expect(small.toasts).toEqual([]);
    expect(small.env.triggerErrors).toEqual([]);
  });
});
