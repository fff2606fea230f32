// The 検証 sidebar opens on the last results kept (issue 19): the first page of the last validation and the last
// history check, read in one Properties call without reading the register or the history.
import type { Environment } from '../../emulator';
import { ok, setUpEnvironment } from '../../harness/register';
import type { HistoryCheck, ValidationReport, ValidationView } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';

function view(env: Environment) {
  env.calls.reset();
  const answer = ok<ValidationView>(env.scriptRun('getValidationView', []));
  const { total, cells } = env.calls.snapshot();
  return { answer, calls: total, read: cells.read };
}

/** An ISO time (to the second) of an instant from `from` to `to` (epoch ms). */
const madeBetween = (at: string | undefined, from: number, to: number) =>
  at !== undefined && Date.parse(at) >= Math.floor(from / 1000) * 1000 && Date.parse(at) <= to;

const progressColumn = (env: Environment) =>
  (env.spreadsheet.values(SHEETS.register)[0] as string[]).indexOf('進捗率(%)') + 1;

describe('the 検証 sidebar opens on the last results', () => {
  it('has nothing to show before the first validation, and reads no cell to say so', () => {
    const env = setUpEnvironment();
    const { answer, read } = view(env);
    expect(answer).toEqual({ validation: null, historyCheck: null });
    expect(read).toBe(0);
  });

  it('shows the last first page and history check as they were answered, with their time, in two calls', () => {
    const env = setUpEnvironment();
    env.spreadsheet.edit(SHEETS.register, 3, progressColumn(env), [[150]]);
    const before = env.now;
    const report = ok<ValidationReport>(env.scriptRun('validateRegister', [null]));
    const after = env.now;
    env.spreadsheet.edit(SHEETS.history, 2, 5, [['書き換え']]);
    const check = ok<HistoryCheck>(env.scriptRun('verifyHistory', []));
    expect(check.tampering.length).toBeGreaterThan(0);

    const { answer, calls, read } = view(env);
    expect(answer.validation?.report).toEqual(report);
    expect(answer.historyCheck?.check).toEqual(check);
    expect(madeBetween(answer.validation?.at, before, after)).toBe(true);
    expect({ calls, read }).toEqual({ calls: 2, read: 0 });
  });

  it('keeps the first page of the latest run: a later page asked for does not replace it, a new run does', () => {
    const env = setUpEnvironment();
    const column = progressColumn(env);
    const held = env.spreadsheet.values(SHEETS.register)[2]?.[column - 1];
    env.spreadsheet.edit(SHEETS.register, 3, column, [[150]]);
    const first = ok<ValidationReport>(env.scriptRun('validateRegister', [null]));
    expect(first.errorCount).toBe(1);
    ok(env.scriptRun('validateRegister', [1]));
    expect(view(env).answer.validation?.report).toEqual(first);

    env.spreadsheet.edit(SHEETS.register, 3, column, [[held]]);
    env.syncClock(env.now + 60_000);
    const before = env.now;
    const fixed = ok<ValidationReport>(env.scriptRun('validateRegister', [null]));
    const kept = view(env).answer.validation;
    expect(kept?.report).toEqual(fixed);
    expect(kept?.report.errorCount).toBe(0);
    expect(madeBetween(kept?.at, before, env.now)).toBe(true);
  });
});
