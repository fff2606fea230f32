// Text the add-on writes comes back as written: 履歴 and 報告書ログ are plain text on every text column, over
// rows added later too, so IDs, round IDs and free text that Sheets would parse as numbers, dates, booleans or
// formulas (apps-script-facts §9; emulator/spreadsheet/typed-input.ts) reach the meeting report unchanged.

import type { Environment, EnvironmentOptions } from '../../emulator';
import { progressReport } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import { runReport } from '../../harness/report';
import { columnLetter } from '../../src/domain/a1';
import type { ItemDetail, ReportResult } from '../../src/domain/api';
import { HISTORY_HEADERS } from '../../src/domain/history-codec';
import { INSTANT_FORMAT, instantText } from '../../src/domain/instant-cells';
import { SHEETS } from '../../src/domain/sheet-names';
import { bodyView } from '../support/document-view';

let requestNo = 0;
function reportText(env: Environment, itemId: string, roundId: string, issues: string, nextSteps: string) {
  const revision = ok<ItemDetail>(env.scriptRun('getItem', [itemId, null])).item.revision;
  requestNo++;
  ok(
    env.scriptRun('recordProgress', [
      progressReport(itemId, `req-plain-${requestNo}-0001`, revision, {
        roundId,
        grade: 'C',
        issues,
        nextSteps,
      }),
    ]),
  );
}

/** The 課題 and 今後の方針 columns of the report's late-items table, by item ID. */
function lateTable(env: Environment, roundId: string): Map<string, [string, string]> {
  const result = ok<ReportResult>(runReport(env, { roundId }));
  const doc = env.documents.dump(result.documentId);
  const tables = bodyView(doc).flatMap((e) => (e.type === 'TABLE' ? [e] : []));
  const late = tables.find((t) => t.rows[0]?.some((c) => c.text === '課題'));
  if (!late) throw new Error('no late-items table');
  return new Map(late.rows.slice(1).map((r) => [r[0]?.text ?? '', [r[4]?.text ?? '', r[5]?.text ?? '']]));
}

const DANGEROUS = [
  '0123',
  '01234',
  '0401',
  'TRUE',
  'false',
  '1e5',
  '1E-3',
  '1e999',
  '2024-04-01',
  '2024/4/1',
  '1-2-03',
  'R4.10.31',
  '令和4年10月31日',
  '10:05:12',
  '10:05',
  '50%',
  '1,234',
  '¥1,000',
  '０１２３',
  '4/1',
  '=1+1',
  '=IMPORTXML("http://x","//a")',
  '+81 48',
  '-5',
  '@user',
  "'quoted",
  "''twice",
  "'=1+1",
];

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function fuzzStrings(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const chars = "0123456789-+=/.:%,'@eE年月日RHTRUEabc ";
  const out: string[] = [];
  while (out.length < count) {
    const kind = next();
    let s: string;
    if (kind < 0.4) s = pick(DANGEROUS);
    else if (kind < 0.7) s = pick(["'", '=', '+', '-', '@', '0', '']) + pick(DANGEROUS);
    else s = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick([...chars])).join('');
    s = s.trim();
    if (s) out.push(s);
  }
  return out;
}

/** The answers about a "@" cell the product must be right under (apps-script-facts §9 [open]). */
const WORLDS: [string, EnvironmentOptions][] = [
  ['apostrophe dropped, "=" a formula', { plainText: { apostrophe: 'dropped', equals: 'formula' } }],
  ['apostrophe dropped, "=" text', { plainText: { apostrophe: 'dropped', equals: 'text' } }],
  ['apostrophe kept, "=" text', { plainText: { apostrophe: 'kept', equals: 'text' } }],
];

describe.each(WORLDS)(
  'text written into 履歴 and 報告書ログ comes back byte for byte (%s)',
  (_world, options) => {
    it('round-trips dangerous and fuzzed text through recordProgress into 履歴 and the meeting report', () => {
      const env = setUpEnvironment(options);
      const items = ['1-1-01', '1-1-02', '2-3-01', '4-7-01', '1-2-01', '3-5-01'].filter((id) =>
        env.spreadsheet.values(SHEETS.register).some((r) => r[0] === id),
      );
      const strings = [...DANGEROUS, ...fuzzStrings(130, 20261201)];
      const rounds = ['R4-H1', 'R4-H2', 'R5-H1', 'R5-H2', 'R6-H1', 'R6-H2'];
      let checked = 0;
      for (let offset = 0; offset < strings.length; ) {
        const round = rounds[Math.floor(offset / (items.length * 2)) % rounds.length] as string;
        const sent = new Map<string, [string, string]>();
        for (const id of items) {
          if (offset >= strings.length) break;
          const pair: [string, string] = [strings[offset] as string, strings[offset + 1] ?? '周知する'];
          offset += 2;
          reportText(env, id, round, pair[0], pair[1]);
          sent.set(id, pair);
        }
        const late = lateTable(env, round);
        for (const [id, pair] of sent) {
          expect(late.get(id)).toEqual(pair);
          checked += 2;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(strings.length);
      const history = env.spreadsheet.values(SHEETS.history);
      const issuesColumn = HISTORY_HEADERS.indexOf('課題');
      const written = new Set(history.slice(1).map((r) => r[issuesColumn]));
      for (const s of strings.filter((_, i) => i % 2 === 0)) expect(written).toContain(s);
      expect(env.spreadsheet.formulas()).toEqual([]);
    });

    it('saves the same escaped text again and again without an apostrophe piling up or a formula', () => {
      const env = setUpEnvironment(options);
      const header = env.spreadsheet.values(SHEETS.register)[0] as string[];
      const row = env.spreadsheet.values(SHEETS.register).findIndex((r) => r[0] === '1-1-01');
      const issues = header.indexOf('課題');
      for (const text of ["'=1+1", '=1+1', '@x', "'=1+1"]) {
        for (let i = 0; i < 3; i++) reportText(env, '1-1-01', 'R4-H1', text, `+${text}`);
        const cells = env.spreadsheet.values(SHEETS.register)[row] ?? [];
        expect([cells[issues], cells[issues + 1]]).toEqual([text, `+${text}`]);
      }
      const history = env.spreadsheet.values(SHEETS.history);
      expect(history.at(-1)?.[HISTORY_HEADERS.indexOf('課題')]).toBe("'=1+1");
      expect(env.spreadsheet.formulas()).toEqual([]);
    });

    it('keeps item IDs, request IDs and round IDs as text in 履歴, on rows past those formatted at set-up', () => {
      const env = setUpEnvironment(options);
      const sheet = env.spreadsheet.sheet(SHEETS.history);
      // The history has filled every row set-up formatted: the next rows are new ones.
      sheet.maxRows = env.spreadsheet.values(SHEETS.history).length;
      reportText(env, '1-1-01', 'R4-H1', '0401', '1-2-03');
      const header = env.spreadsheet.values(SHEETS.history)[0] as string[];
      const last = env.spreadsheet.values(SHEETS.history).at(-1) ?? [];
      const at = (h: string) => last[header.indexOf(h)];
      expect([at('取組ID'), at('報告回'), at('課題'), at('今後の方針')]).toEqual([
        '1-1-01',
        'R4-H1',
        '0401',
        '1-2-03',
      ]);
      expect(typeof at('リクエストID')).toBe('string');
      // 日時 is an instant: a Date cell in the instant format, read back as the ISO text written.
      expect(at('日時')).toBeInstanceOf(Date);
      expect(
        env.spreadsheet.cell(SHEETS.history, `A${env.spreadsheet.values(SHEETS.history).length}`)
          ?.numberFormat,
      ).toBe(INSTANT_FORMAT);
      // Reading the history (getItem) kept a margin of plain-text rows below the last one.
      expect(env.spreadsheet.cell(SHEETS.history, `D${sheet.maxRows}`)?.numberFormat).toBe('@');
    });

    it('keeps the report log as text, its new rows included, 作成日時 an instant', () => {
      const env = setUpEnvironment(options);
      reportText(env, '1-1-01', 'R4-H1', 'x', 'y');
      ok(runReport(env, { roundId: 'R4-H1' }));
      const log = env.spreadsheet.values(SHEETS.reportLog);
      expect(log.slice(1).every((r) => r.slice(1).every((c) => typeof c === 'string'))).toBe(true);
      expect(instantText(log[1]?.[0] as Date)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
      const formats = ['A', 'B', 'C', 'D', 'E', 'F'].map(
        (c) => env.spreadsheet.cell(SHEETS.reportLog, `${c}2`)?.numberFormat,
      );
      expect(formats).toEqual([INSTANT_FORMAT, ...Array(5).fill('@')]);
    });
  },
);

describe('マスタ 締切日', () => {
  // A date typed into an automatic cell arrives as a Date (apps-script-facts §9): it used to become "Mon Sep 30"
  // and make the whole master refused.
  const dueCell = (env: Environment) => {
    const rows = env.spreadsheet.values(SHEETS.master);
    const column = (rows[0] ?? []).indexOf('締切日');
    return { row: 2, column: column + 1, letter: columnLetter(column + 1) };
  };

  it.each([
    ['2024/9/30', '2024-09-30'],
    ['2024-09-30', '2024-09-30'],
    ['令和6年9月30日', '2024-09-30'],
  ])('reads %s typed into the cell as the date %s', (typed, expected) => {
    const env = setUpEnvironment();
    const { row, column } = dueCell(env);
    env.spreadsheet.edit(SHEETS.master, row, column, [[typed]]);
    const view = ok<{ master: { rounds: { dueDate?: string }[] } }>(env.scriptRun('getSummaryView', []));
    expect(view.master.rounds[0]?.dueDate).toBe(expected);
  });

  it('reads yyyy/m/d kept as text as the date it says', () => {
    const env = setUpEnvironment();
    const { row, column } = dueCell(env);
    env.spreadsheet.edit(SHEETS.master, row, column, [["'2024/9/3"]]);
    const view = ok<{ master: { rounds: { dueDate?: string }[] } }>(env.scriptRun('getSummaryView', []));
    expect(view.master.rounds[0]?.dueDate).toBe('2024-09-03');
  });

  it('a 締切日 that is no date: the master still opens, with a warning naming the cell, and nothing changes', () => {
    const env = setUpEnvironment();
    const { row, column, letter } = dueCell(env);
    env.spreadsheet.edit(SHEETS.master, row, column, [['来週の金曜']]);
    const before = JSON.stringify(env.toJSON().spreadsheet);
    const view = ok<{ master: { rounds: { dueDate?: string }[] }; masterWarnings: string[] }>(
      env.scriptRun('getSummaryView', []),
    );
    expect(view.master.rounds[0]?.dueDate).toBeUndefined();
    expect(view.masterWarnings).toEqual([
      expect.stringContaining(`マスタ!${letter}${row} の締切日「来週の金曜」`),
    ]);
    expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
  });
});
