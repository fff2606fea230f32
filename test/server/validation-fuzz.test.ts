// A register edited by hand in many bad ways (fast-check), validated through the built bundle: every injected
// problem is reported at its row and column, exactly the problem cells are marked, and once the good values
// are written back a second validation clears every mark while users' own notes and colours stay.
import fc from 'fast-check';
import type { Environment } from '../../emulator';
import { growRegister, ok, setUpEnvironment } from '../../harness/register';
import { columnLetter } from '../../src/domain/a1';
import type { ValidationReport } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';
import { propertiesCalls } from '../support/calls';

const NUMBER_COLUMNS = ['基準値', '目標値', '実績値', '効果額見込_歳出削減(千円)', '進捗率(%)'];
// The planned 効果額 over the period is never negative; a year's actual (効果額実績) and yearly targets may be.
const MONEY_COLUMNS = ['効果額見込_歳出削減(千円)', '効果額見込_歳入確保(千円)'];
const EXTRA_YEAR = '令和7年度計画';
/** Stands for row 2's ID, known only once the register exists. */
const DUPLICATE_OF_ROW_2 = Symbol('row 2 ID');
const OUR_BACKGROUNDS = new Set(['#f4cccc', '#fff2cc']);

/** One bad edit of a row: the cell it writes and the cells that must then be reported as errors. */
interface Injection {
  name: string;
  header: string;
  value: unknown;
  errorsAt: string[];
}

const bad = (name: string, header: string, value: unknown, errorsAt: string[]): Injection => ({
  name,
  header,
  value,
  errorsAt,
});

interface OwnMark {
  note?: string;
  background?: string;
}

/** What a user put on a cell before it became a problem cell. */
const ownMark: fc.Arbitrary<OwnMark> = fc.constantFrom(
  {},
  { note: '確認中（山田）' },
  { background: '#cfe2f3' },
  { note: '要確認', background: '#d9ead3' },
);

const injection: fc.Arbitrary<Injection> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...NUMBER_COLUMNS), fc.constantFrom('十件', 'abc', '半分', '未定', 'N/A', '1O0'))
    .map(([h, v]) => bad('wrong type', h, v, [h])),
  fc
    .tuple(fc.constantFrom(...MONEY_COLUMNS), fc.integer({ min: -1_000_000, max: -1 }))
    .map(([h, v]) => bad('negative money', h, v, [h])),
  fc.integer({ min: 101, max: 1000 }).map((v) => bad('percent', '進捗率(%)', v, ['進捗率(%)'])),
  // Pillar 5+ is unknown, and the row's reform then no longer belongs to its pillar.
  fc.integer({ min: 5, max: 99 }).map((v) => bad('unknown pillar', '柱', v, ['柱', '改革'])),
  fc.constant(bad('deleted department', '担当課', '', ['担当課'])),
  fc.constant(bad('unknown department', '担当課', '秘書課', ['担当課'])),
  fc
    .tuple(fc.constantFrom('取組項目', '課題'), fc.integer({ min: 2001, max: 20_000 }))
    .map(([h, n]) => bad('huge text', h, 'あ'.repeat(n), [h])),
  fc.constantFrom('C', 'D').map((g) => bad('late grade', '評価', g, ['課題', '今後の方針'])),
  fc.constant(bad('done at 0 %', '進捗状況', '完了', ['進捗率(%)'])),
  fc.constant(bad('plan outside the period', EXTRA_YEAR, '本格実施', [EXTRA_YEAR])),
  // Formula-like text typed as text (the apostrophe Sheets needs) is the user's text: no problem.
  fc
    .constantFrom('\'=IMPORTXML("http://x","//a")', "'+1", "'@user")
    .map((v) => bad('formula-like text', '取組内容', v, [])),
  // The ID of row 2 typed on another row: both rows are reported.
  fc.constant(bad('duplicate ID', '取組ID', DUPLICATE_OF_ROW_2, ['取組ID'])),
);

function headers(env: Environment): string[] {
  return (env.spreadsheet.values(SHEETS.register)[0] as unknown[]).map(String);
}

/** A register of `items` rows without problems: every item gets an indicator, a hand-added year column after them. */
function cleanRegister(items: number): Environment {
  const env = setUpEnvironment();
  growRegister(env, items);
  const head = headers(env);
  const indicator = head.indexOf('指標') + 1;
  env.spreadsheet.edit(
    SHEETS.register,
    2,
    indicator,
    Array.from({ length: items }, (_, i) => [`指標${i + 1}`]),
  );
  env.spreadsheet.edit(SHEETS.register, 1, head.length + 1, [[EXTRA_YEAR]]);
  // The plan office adopts the indicators typed in: the bad cells injected below are then checked as cells, each
  // listed once with its fix, not as hand edits (those are test/server/hand-edits.test.ts's).
  ok(env.scriptRun('adoptHandEdits', [null]));
  return env;
}

/** Every cell of the register carrying our mark (background or note), as A1. */
function markedCells(env: Environment): Set<string> {
  const marked = new Set<string>();
  env.spreadsheet.sheet(SHEETS.register).rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell && (OUR_BACKGROUNDS.has(cell.background ?? '') || cell.note?.startsWith('【検証】')))
        marked.add(`${columnLetter(c + 1)}${r + 1}`);
    });
  });
  return marked;
}

function setOwn(env: Environment, a1: string, own: OwnMark): void {
  const match = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
  const column = [...(match[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const rows = env.spreadsheet.sheet(SHEETS.register).rows;
  const row = Number(match[2]) - 1;
  rows[row] ??= [];
  const cells = rows[row] as NonNullable<(typeof rows)[number]>;
  cells[column - 1] = { ...(cells[column - 1] ?? { value: '' }), ...own };
}

describe('a register edited by hand in many bad ways', () => {
  it('reports each injected problem at its cell, marks exactly those cells, and clears them once fixed', () => {
    const rows = 30;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 3, max: rows + 1 }), injection, ownMark), {
          minLength: 1,
          maxLength: 10,
          selector: ([row]) => row,
        }),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 2, max: rows + 1 }), fc.integer({ min: 1, max: 40 })), {
          maxLength: 6,
          selector: ([r, c]) => `${r}:${c}`,
        }),
        (injections, ownCells) => {
          const env = cleanRegister(rows);
          const head = headers(env);
          const at = (header: string, row: number) => `${columnLetter(head.indexOf(header) + 1)}${row}`;
          const before = env.spreadsheet.values(SHEETS.register);
          // Users' own notes and colours: anywhere, and on cells that will be problem cells.
          const own = new Map<string, OwnMark>(
            ownCells.map(([r, c], i) => [
              `${columnLetter(c)}${r}`,
              i % 2 ? { note: `担当者メモ${i}` } : { background: '#cfe2f3' },
            ]),
          );
          for (const [row, { errorsAt }, mark] of injections) {
            const first = errorsAt[0];
            if (first && (mark.note || mark.background)) own.set(at(first, row), mark);
          }
          for (const [a1, mark] of own) setOwn(env, a1, mark);

          const expected = new Set<string>();
          for (const [row, { header, value, errorsAt }] of injections) {
            const typed = value === DUPLICATE_OF_ROW_2 ? before[1]?.[head.indexOf('取組ID')] : value;
            env.spreadsheet.edit(SHEETS.register, row, head.indexOf(header) + 1, [[typed]]);
            for (const problem of errorsAt) expected.add(at(problem, row));
            if (value === DUPLICATE_OF_ROW_2) expected.add(at('取組ID', 2));
          }
          const formulasBefore = env.spreadsheet.formulas().length;

          const report = ok<ValidationReport>(env.scriptRun('validateRegister', []));
          // An injected cell that is not itself an error cell is listed as typed by hand (手入力の変更), nothing else.
          const typedCells = new Set(injections.map(([row, { header }]) => at(header, row)));
          const handEdits = report.problems.filter((p) => p.rule === 'hand-edit');
          expect(handEdits.every((p) => p.severity === 'warning' && typedCells.has(p.a1))).toBe(true);
          expect(report.warningCount).toBe(handEdits.length);
          const checked = report.problems.filter((p) => p.rule !== 'hand-edit');
          expect(new Set(checked.map((p) => p.a1))).toEqual(expected);
          for (const p of checked) {
            expect(p.a1).toBe(at(p.column, p.row));
            expect(p.severity).toBe('error');
            expect(p.message).toMatch(
              /^[^:]*[\u3040-\u30ff\u4e00-\u9fff][^:]*: .*[\u3040-\u30ff\u4e00-\u9fff]/,
            );
          }
          // Marked cells: the problem cells, except that a user's own colour and own note together leave no mark.
          const ownNoteAndColour = (a1: string) => own.get(a1)?.note && own.get(a1)?.background;
          const listed = [...expected, ...handEdits.map((p) => p.a1)];
          expect(markedCells(env)).toEqual(new Set(listed.filter((a1) => !ownNoteAndColour(a1))));
          expect(env.spreadsheet.formulas()).toHaveLength(formulasBefore);

          // Fix: the good values written back, the hand-added year column emptied.
          for (const [row, { header }] of injections) {
            const good = header === EXTRA_YEAR ? '' : before[row - 1]?.[head.indexOf(header)];
            env.spreadsheet.edit(SHEETS.register, row, head.indexOf(header) + 1, [[good]]);
          }
          const again = ok<ValidationReport>(env.scriptRun('validateRegister', []));
          expect(again.problems).toEqual([]);
          expect(markedCells(env)).toEqual(new Set());
          for (const [a1, mark] of own) {
            const cell = env.spreadsheet.cell(SHEETS.register, a1);
            if (mark.note) expect(cell?.note).toBe(mark.note);
            if (mark.background) expect(cell?.background).toBe(mark.background);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('costs the same number of Sheets calls, at most 12, for 20 and 1,000 items full of problems', () => {
    const calls = (items: number) => {
      const env = setUpEnvironment();
      growRegister(env, items);
      const progress = headers(env).indexOf('進捗率(%)') + 1;
      env.spreadsheet.edit(
        SHEETS.register,
        2,
        progress,
        Array.from({ length: items }, () => [150]),
      );
      env.calls.reset();
      const report = ok<ValidationReport>(env.scriptRun('validateRegister', []));
      expect(report.errorCount).toBe(items);
      const { total, byMethod } = env.calls.snapshot();
      // Keeping the answer for the sidebar to open on is two Properties calls, counted apart from the Sheets calls.
      expect(propertiesCalls(byMethod)).toBe(2);
      return total - propertiesCalls(byMethod);
    };
    const small = calls(20);
    expect(calls(1000)).toBe(small);
    // 12: a run that changes marks writes them through one sub-range (issue 19), and validation also reads the data
    // region's formulas (getFormulas): a formula typed into an add-on cell is a hand edit that getValues cannot show.
    expect(small).toBeLessThanOrEqual(12);
  });
});
