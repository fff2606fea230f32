// Instants in the sheets as people read them: 更新日時, 履歴's 日時, 報告書ログ's 作成日時, 督促ログ's 送信日時 and
// 集計's 作成日時 are Date cells shown as 2026/12/01 16:13:44 in Tokyo time, read back by the code as the exact ISO text it
// wrote; the history's chain digests the instant, so its rows verify either way, and a register whose cells still
// hold the ISO text (written before instants were dates) reads, verifies and saves as before.
import type { Environment } from '../../emulator';
import { reportRequest } from '../../harness/payloads';
import { ok, PLAN_OFFICE, reportProgress, setUpEnvironment } from '../../harness/register';
import type { HistoryCheck, ItemDetail, ValidationReport } from '../../src/domain/api';
import { isoDateTimeInTokyo } from '../../src/domain/fiscal-year';
import { INSTANT_FORMAT } from '../../src/domain/instant-cells';
import { SHEETS } from '../../src/domain/sheet-names';
import { mapUsers } from '../support/roles';

/** How a person writes the wall-clock time of an ISO date-time: 2026-12-01T16:13:44+09:00 → 2026/12/01 16:13:44. */
const shown = (iso: string) => `${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 19)}`;

const column = (env: Environment, sheet: string, header: string) =>
  (env.spreadsheet.values(sheet)[0] as unknown[]).indexOf(header);

const rowOf = (env: Environment, id: string) =>
  env.spreadsheet.values(SHEETS.register).findIndex((r) => r[0] === id);

const tampering = (env: Environment) => ok<HistoryCheck>(env.scriptRun('verifyHistory', [])).tampering;

it('更新日時, 履歴, 報告書ログ and 集計 show their instants as 2026/12/01 16:13:44 while the code reads the ISO text', () => {
  const env = setUpEnvironment();
  reportProgress(env, '1-1-01', { progress: 40 });
  const { updatedAt } = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item;
  expect(updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);

  const row = rowOf(env, '1-1-01');
  const at = column(env, SHEETS.register, '更新日時');
  expect(env.spreadsheet.displayValues(SHEETS.register)[row]?.[at]).toBe(shown(updatedAt));
  const cell = env.spreadsheet.values(SHEETS.register)[row]?.[at];
  expect(cell).toBeInstanceOf(Date);
  expect((cell as Date).getTime()).toBe(Date.parse(updatedAt));

  const history = env.spreadsheet.displayValues(SHEETS.history);
  expect(history.at(-1)?.[column(env, SHEETS.history, '日時')]).toBe(shown(updatedAt));

  ok(env.scriptRun('generateReport', [reportRequest()], { user: PLAN_OFFICE }));
  const logged = env.spreadsheet.values(SHEETS.reportLog).at(-1)?.[0] as Date;
  expect(env.spreadsheet.displayValues(SHEETS.reportLog).at(-1)?.[0]).toBe(shown(isoDateTimeInTokyo(logged)));
  expect(
    env.spreadsheet.cell(SHEETS.reportLog, `A${env.spreadsheet.values(SHEETS.reportLog).length}`)
      ?.numberFormat,
  ).toBe(INSTANT_FORMAT);

  ok(env.scriptRun('refreshSummary', [null], { user: PLAN_OFFICE }));
  const generated = env.spreadsheet.values(SHEETS.summary)[1]?.[1] as Date;
  expect(generated).toBeInstanceOf(Date);
  expect(env.spreadsheet.displayValues(SHEETS.summary)[1]?.[1]).toBe(shown(isoDateTimeInTokyo(generated)));

  // The same instants read back digest as they were sealed.
  expect(tampering(env)).toEqual([]);
});

it('a register and history whose instants are still ISO text (written before Date cells) read, verify and save', () => {
  const env = setUpEnvironment();
  reportProgress(env, '1-1-01', { progress: 40 });
  const before = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null]));
  // As the add-on wrote them before: the ISO text in plain-text cells.
  const asText = (sheet: string, header: string) => {
    const at = column(env, sheet, header);
    for (const cells of env.spreadsheet.sheet(sheet).rows.slice(1)) {
      const c = cells?.[at];
      if (c && typeof c.value === 'object')
        cells[at] = { value: isoDateTimeInTokyo(new Date(c.value.date)), numberFormat: '@' };
    }
  };
  asText(SHEETS.register, '更新日時');
  asText(SHEETS.history, '日時');
  const row = rowOf(env, '1-1-01');
  expect(
    typeof env.spreadsheet.values(SHEETS.register)[row]?.[column(env, SHEETS.register, '更新日時')],
  ).toBe('string');

  expect(ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null]))).toEqual(before);
  expect(tampering(env)).toEqual([]);
  reportProgress(env, '1-1-01', { progress: 60 });
  expect(ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item.progress).toBe(60);
  expect(tampering(env)).toEqual([]);
});

it("督促ログ's 送信日時 shows as 2026/12/01 16:13:44 too", () => {
  const env = setUpEnvironment();
  mapUsers(env, {
    planOffice: [PLAN_OFFICE],
    departments: { デジタル推進課: ['tanaka@city.gyoda.example.jp'] },
  });
  const due = isoDateTimeInTokyo(new Date(env.now + 5 * 24 * 60 * 60 * 1000)).slice(0, 10);
  const round = { requestId: 'open-round-0001', label: '令和7年度 上半期', fiscalYear: 2025, dueDate: due };
  ok(env.scriptRun('openRound', [round], { user: PLAN_OFFICE }));
  ok(env.scriptRun('sendReminders', [{ requestId: 'remind-0001', roundId: 'R7-H1' }], { user: PLAN_OFFICE }));
  const sentAt = env.spreadsheet.values(SHEETS.reminderLog).at(-1)?.[0];
  expect(sentAt).toBeInstanceOf(Date);
  expect(env.spreadsheet.displayValues(SHEETS.reminderLog).at(-1)?.[0]).toBe(
    shown(isoDateTimeInTokyo(sentAt as Date)),
  );
});

describe.each([
  ['a Date written into a "@" cell stays a date', 'kept' as const],
  ['a Date written into a "@" cell becomes text', 'text' as const],
])('a register not yet repaired, its 更新日時 still plain text (%s)', (_, date) => {
  it('a save writes 更新日時 as a date cell people read as 2026/12/01 16:13:44, read back as the instant, no hand edit', () => {
    const env = setUpEnvironment({ plainText: { apostrophe: 'dropped', equals: 'formula', date } });
    // As a register laid out before instants were dates: 更新日時 plain text over its whole extent, ISO text in it.
    const at = column(env, SHEETS.register, '更新日時');
    for (const cells of env.spreadsheet.sheet(SHEETS.register).rows.slice(1)) {
      const c = cells?.[at];
      if (cells)
        cells[at] = {
          value: c && typeof c.value === 'object' ? isoDateTimeInTokyo(new Date(c.value.date)) : '',
          numberFormat: '@',
        };
    }
    reportProgress(env, '1-1-01', { progress: 40 });
    const { updatedAt } = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item;
    const row = rowOf(env, '1-1-01');
    const cell = env.spreadsheet.values(SHEETS.register)[row]?.[at];
    expect(cell).toBeInstanceOf(Date);
    expect((cell as Date).getTime()).toBe(Date.parse(updatedAt));
    expect(env.spreadsheet.displayValues(SHEETS.register)[row]?.[at]).toBe(shown(updatedAt));
    expect(ok<ValidationReport>(env.scriptRun('validateRegister', [])).handEditRows).toBe(0);
    // Another save of the same row writes into the date cell as it is now.
    reportProgress(env, '1-1-01', { progress: 60 });
    expect(env.spreadsheet.values(SHEETS.register)[row]?.[at]).toBeInstanceOf(Date);
    expect(ok<ValidationReport>(env.scriptRun('validateRegister', [])).handEditRows).toBe(0);
  });
  it("a report appended into 履歴's margin still formatted for text reads back as the instant, and the chain verifies", () => {
    const env = setUpEnvironment({ plainText: { apostrophe: 'dropped', equals: 'formula', date } });
    // As a history laid out before instants were dates: 日時 plain text down to the sheet's end, rows below too.
    const at = column(env, SHEETS.history, '日時');
    const history = env.spreadsheet.sheet(SHEETS.history);
    const height = history.maxRows;
    for (let r = 1; r < height; r++) {
      const cells = history.rows[r] ?? [];
      cells[at] = { ...(cells[at] ?? { value: '' }), numberFormat: '@' };
      history.rows[r] = cells;
    }
    reportProgress(env, '1-1-01', { progress: 40 });
    reportProgress(env, '1-1-02', { progress: 50 });
    const rows = env.spreadsheet.values(SHEETS.history);
    expect(rows.slice(-2).map((r) => r[at] instanceof Date)).toEqual([true, true]);
    expect(env.spreadsheet.displayValues(SHEETS.history).at(-1)?.[at]).toMatch(
      /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/,
    );
    expect(tampering(env)).toEqual([]);
    ok(env.scriptRun('generateReport', [reportRequest()]));
  });
});
