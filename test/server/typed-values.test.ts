// Values typed into the cells by hand, through the built bundle: dates and numbers read as people mean them, and
// a bad マスタ cell that blocks only what needs it, named by its cell.
import type { Environment } from '../../emulator';
import { progressReport, reportRequest } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import { registerCell } from '../../harness/sheet-cells';
import { columnLetter } from '../../src/domain/a1';
import type { AdoptResult, ApiResult, ItemDetail, MasterView, ValidationReport } from '../../src/domain/api';
import { MASTER_BLOCKS } from '../../src/domain/master-codec';
import { SHEETS } from '../../src/domain/sheet-names';

/** A1 of a マスタ cell: the block's column `offset` (0 = its first header), on sheet row `row`. */
const masterCell = (block: { column: number }, offset: number, row: number) =>
  `${columnLetter(block.column + offset)}${row}`;
const DUE = masterCell(MASTER_BLOCKS.rounds, 3, 2);
const ROUND_YEAR = (row: number) => masterCell(MASTER_BLOCKS.rounds, 2, row);

/** A progress report on the item's current revision. */
const reportOn = (env: Environment, id: string, requestId: string) =>
  progressReport(id, requestId, ok<ItemDetail>(env.scriptRun('getItem', [id, null])).item.revision);

const masterView = (env: Environment) => ok<MasterView>(env.scriptRun('getSummaryView', []));
const cellProblems = (env: Environment, a1: string) =>
  ok<ValidationReport>(env.scriptRun('validateRegister', [])).problems.filter((p) => p.a1 === a1);

describe('dates typed into マスタ', () => {
  it.each([
    ['2025-10-15', '2025-10-15'],
    ['2022/10/31', '2022-10-31'],
    ['令和4年10月31日', '2022-10-31'],
    ['令和元年5月1日', '2019-05-01'],
    ['R4.10.31', '2022-10-31'],
    ['R4/10/31', '2022-10-31'],
    ['H31.4.30', '2019-04-30'],
    ['２０２２／１０／３１', '2022-10-31'],
    // Kept as text (an apostrophe, or a cell formatted as plain text): the add-on reads the text itself.
    ["'令和4年10月31日", '2022-10-31'],
    ["'令和元年5月1日", '2019-05-01'],
    ["'R4.10.31", '2022-10-31'],
    ["'R4/10/31", '2022-10-31'],
    ["'H31.4.30", '2019-04-30'],
    ["'２０２２／１０／３１", '2022-10-31'],
    ["'2022-10-31", '2022-10-31'],
  ])('締切日 typed as %s is the date %s', (typed, iso) => {
    const env = setUpEnvironment();
    env.userEdit(SHEETS.master, DUE, typed);
    const view = masterView(env);
    expect(view.master.rounds[0]?.dueDate).toBe(iso);
    expect(view.masterWarnings).toEqual([]);
  });

  it.each(["'令和4年2月30日", "'令和元年4月30日", "'平成31年5月1日", '来週の金曜'])(
    '締切日 %s is no date: a warning names the cell, the round stays',
    (typed) => {
      const env = setUpEnvironment();
      env.userEdit(SHEETS.master, DUE, typed);
      const view = masterView(env);
      expect(view.master.rounds[0]?.id).toBe('R4-H1');
      expect(view.master.rounds[0]?.dueDate).toBeUndefined();
      expect(view.masterWarnings).toEqual([expect.stringContaining(`マスタ!${DUE} の締切日`)]);
    },
  );

  it('a 年度 typed in full-width digits as text is the year it says', () => {
    const env = setUpEnvironment();
    env.userEdit(SHEETS.master, ROUND_YEAR(2), "'２０２２");
    expect(masterView(env).master.rounds[0]?.fiscalYear).toBe(2022);
  });
});

describe('numbers typed into 台帳', () => {
  it.each([
    ['実績値', '△1,200', (d: ItemDetail) => d.item.indicatorActual, -1200],
    ['基準値', '▲5', (d: ItemDetail) => d.item.indicator.baseline, -5],
    ['効果額見込_歳出削減(千円)', "'１，２３４", (d: ItemDetail) => d.item.savingsPlan.cut, 1234],
    ['効果額実績_歳入確保(千円)', "' 2,500 ", (d: ItemDetail) => d.item.savingsActual.revenue, 2500],
    ['進捗率(%)', "'５０", (d: ItemDetail) => d.item.progress, 50],
    ['目標値', '１２３４', (d: ItemDetail) => d.item.indicator.target, 1234],
  ])('%s typed as %s is read as the number meant, and no check marks it', (header, typed, read, value) => {
    const env = setUpEnvironment();
    // 実施中, so that a progress above 0 breaks no rule of 未着手.
    env.userEdit(SHEETS.register, registerCell(env, '1-1-01', '進捗状況'), '実施中');
    const a1 = registerCell(env, '1-1-01', header);
    env.userEdit(SHEETS.register, a1, typed);
    // onEdit marks the cell only as typed by hand (手入力の変更), never as a value it cannot read.
    const note = env.spreadsheet.cell(SHEETS.register, a1)?.note ?? '';
    expect(note.split('\n').filter((line) => line && !line.includes('手入力で変更'))).toEqual([]);
    expect(env.spreadsheet.cell(SHEETS.register, a1)?.background).not.toBe('#f4cccc');
    // The plan office adopts the typed cells (until then a hand edit is counted nowhere); a cell read as no
    // number would be an error, which adoption leaves.
    expect(ok<AdoptResult>(env.scriptRun('adoptHandEdits', [null]))).toEqual({
      adopted: ['1-1-01'],
      skipped: [],
    });
    expect(read(ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])))).toBe(value);
    expect(cellProblems(env, a1)).toEqual([]);
  });

  it('a negative amount typed with △ is refused as negative by validation, not as "no number"', () => {
    const env = setUpEnvironment();
    const a1 = registerCell(env, '1-1-01', '効果額見込_歳出削減(千円)');
    env.userEdit(SHEETS.register, a1, '△300');
    expect(cellProblems(env, a1).map((p) => p.rule)).toEqual(['negative-money']);
  });
});

describe('a bad マスタ cell blocks only what needs it', () => {
  const office = (env: Environment, fn: string, args: unknown[] = []) =>
    env.scriptRun(fn, args) as ApiResult<unknown>;

  it('a bad 締切日: every sidebar still opens and works, and the ones showing rounds name the cell', () => {
    const env = setUpEnvironment();
    env.userEdit(SHEETS.master, DUE, '来週の金曜');
    const warning = expect.stringContaining(`マスタ!${DUE}`);
    // Every sidebar's first answer carries the master view (getSummaryView's is the cheapest); the others' own calls too.
    expect(masterView(env).masterWarnings).toEqual([warning]);
    expect(ok<ValidationReport>(office(env, 'validateRegister')).masterWarnings).toEqual([warning]);
    for (const [fn, args] of [
      ['listItems', [{}]],
      ['getItem', ['1-1-01', null]],
      ['getSummary', [null]],
      ['refreshSummary', [null]],
      ['generateReport', [reportRequest()]],
      ['recordProgress', [reportOn(env, '1-1-01', 'req-typed-due')]],
    ] as const) {
      expect({ fn, result: office(env, fn, [...args]) }).toEqual({
        fn,
        result: expect.objectContaining({ ok: true }),
      });
    }
  });

  it('a round with a bad 年度: only that round is refused, naming the cell; the others work', () => {
    const env = setUpEnvironment();
    env.userEdit(SHEETS.master, ROUND_YEAR(3), '来年');
    const view = masterView(env);
    expect(view.master.rounds.map((r) => r.id)).not.toContain('R4-H2');
    expect(view.masterWarnings).toEqual([expect.stringContaining(`マスタ!${ROUND_YEAR(3)} の「来年」`)]);
    expect(office(env, 'listItems', [{ roundId: 'R4-H2' }])).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    ok(office(env, 'listItems', [{ roundId: 'R4-H1' }]));
    ok(office(env, 'recordProgress', [reportOn(env, '1-1-01', 'req-typed-year')]));
  });

  it('a bad 計画開始年度 (the period every sheet needs): refused everywhere with the cell and its text named', () => {
    const env = setUpEnvironment();
    const row =
      env.spreadsheet
        .values(SHEETS.master)
        .findIndex((r) => r[MASTER_BLOCKS.settings.column - 1] === '計画開始年度') + 1;
    const a1 = masterCell(MASTER_BLOCKS.settings, 1, row);
    env.userEdit(SHEETS.master, a1, '令和四年');
    for (const fn of ['getSummaryView', 'listItems', 'validateRegister']) {
      const result = office(env, fn, fn === 'listItems' ? [{}] : []);
      expect(result).toMatchObject({ ok: false, error: { code: 'layout' } });
      if (!result.ok) expect(result.error.message).toContain(`マスタ!${a1} の「令和四年」`);
    }
  });
});

describe('onEdit checks マスタ edits and marks the cell', () => {
  const marks = (env: Environment, a1: string) => {
    const cell = env.spreadsheet.cell(SHEETS.master, a1);
    return { background: cell?.background ?? '#ffffff', note: cell?.note ?? '' };
  };

  it('a bad 締切日 is marked as a warning with the reason, and unmarked once fixed', () => {
    const env = setUpEnvironment();
    env.userEdit(SHEETS.master, DUE, '来週の金曜');
    expect(marks(env, DUE)).toEqual({
      background: '#fff2cc',
      note: expect.stringMatching(new RegExp(`^【検証】マスタ!${DUE} の締切日「来週の金曜」`)),
    });
    env.userEdit(SHEETS.master, DUE, 'R4.10.31');
    expect(marks(env, DUE)).toEqual({ background: '#ffffff', note: '' });
    expect(env.triggerErrors).toEqual([]);
  });

  it('a bad 計画開始年度 is marked as an error, and unmarked once typed in full-width digits', () => {
    const env = setUpEnvironment();
    const row =
      env.spreadsheet
        .values(SHEETS.master)
        .findIndex((r) => r[MASTER_BLOCKS.settings.column - 1] === '計画開始年度') + 1;
    const a1 = masterCell(MASTER_BLOCKS.settings, 1, row);
    env.userEdit(SHEETS.master, a1, '令和四年');
    expect(marks(env, a1)).toEqual({ background: '#f4cccc', note: expect.stringContaining('「令和四年」') });
    env.userEdit(SHEETS.master, a1, '２０２２');
    expect(marks(env, a1)).toEqual({ background: '#ffffff', note: '' });
  });
});
