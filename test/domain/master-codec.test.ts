// The master codec: a master ↔ the マスタ sheet's fixed blocks; a master broken by hand gives field errors.
import { columnLetter } from '../../src/domain/a1';
import { gridToMaster, MASTER_BLOCKS, masterToGrid } from '../../src/domain/master-codec';
import type { CellValue } from '../../src/domain/row-codec';
import { SEED_MASTER } from '../../src/domain/seed';

describe('master codec', () => {
  it('round-trips the seed master', () => {
    expect(gridToMaster(masterToGrid(SEED_MASTER))).toEqual({ ok: true, value: SEED_MASTER, warnings: [] });
  });

  it('refuses a master whose status list was cleared, naming the field', () => {
    const grid = masterToGrid(SEED_MASTER).map((row) => [...row]);
    const column = MASTER_BLOCKS.statuses.column - 1;
    for (const row of grid.slice(1)) row[column] = '';
    const result = gridToMaster(grid);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields.map((f) => f.path)).toContain('statuses');
  });

  it('reads the current round back', () => {
    const grid = masterToGrid({ ...SEED_MASTER, currentRoundId: 'R4-H2' }).map((row) => [...row]);
    const result = gridToMaster(grid);
    expect(result.ok && result.value.currentRoundId).toBe('R4-H2');
  });

  const gridWith = (edit: (grid: CellValue[][]) => void) => {
    const grid = masterToGrid(SEED_MASTER).map((row) => [...row]);
    edit(grid);
    return gridToMaster(grid);
  };
  const cellOf = (block: { column: number }, offset: number, row: number) =>
    `マスタ!${columnLetter(block.column + offset)}${row}`;

  it('reads numbers and dates as typed: full-width, separators, 和暦 kept as text', () => {
    const result = gridWith((grid) => {
      (grid[1] as CellValue[])[MASTER_BLOCKS.pillars.column - 1] = '１';
      (grid[1] as CellValue[])[MASTER_BLOCKS.rounds.column + 1] = ' ２，０２２ ';
      (grid[1] as CellValue[])[MASTER_BLOCKS.rounds.column + 2] = '令和4年10月31日';
      (grid[2] as CellValue[])[MASTER_BLOCKS.rounds.column + 2] = 'Ｒ５．３．３１';
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.pillars[0]?.no).toBe(1);
    expect(result.value.rounds[0]).toMatchObject({ fiscalYear: 2022, dueDate: '2022-10-31' });
    expect(result.value.rounds[1]?.dueDate).toBe('2023-03-31');
    expect(result.warnings).toEqual([]);
  });

  it('a bad 締切日 keeps the round without a deadline and warns, naming the cell', () => {
    const result = gridWith((grid) => {
      (grid[1] as CellValue[])[MASTER_BLOCKS.rounds.column + 2] = '令和4年2月30日';
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rounds).toHaveLength(SEED_MASTER.rounds.length);
    expect(result.value.rounds[0]?.dueDate).toBeUndefined();
    expect(result.warnings).toEqual([
      expect.objectContaining({ row: 2, column: MASTER_BLOCKS.rounds.column + 3, blocking: false }),
    ]);
    expect(result.warnings[0]?.message).toContain(
      `${cellOf(MASTER_BLOCKS.rounds, 3, 2)} の締切日「令和4年2月30日」`,
    );
  });

  it('a round with a bad 年度 is left out with a warning naming its cell; the other rounds stay', () => {
    const result = gridWith((grid) => {
      (grid[2] as CellValue[])[MASTER_BLOCKS.rounds.column + 1] = '来年';
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rounds.map((r) => r.id)).toEqual(
      SEED_MASTER.rounds.filter((_, i) => i !== 1).map((r) => r.id),
    );
    expect(result.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining(`${cellOf(MASTER_BLOCKS.rounds, 2, 3)} の「来年」は使えません`),
    ]);
  });

  it('a bad 計画開始年度 refuses the master, naming its cell', () => {
    const result = gridWith((grid) => {
      const row = grid.findIndex((r) => r[0] === '計画開始年度');
      (grid[row] as CellValue[])[1] = '令和四年';
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.message).join()).toContain('マスタ!B4 の「令和四年」');
  });

  it('a department with a bad member address refuses the master (leaving it out would change rights)', () => {
    const result = gridWith((grid) => {
      (grid[1] as CellValue[])[MASTER_BLOCKS.departments.column] = 'not-an-address';
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ row: 2, column: MASTER_BLOCKS.departments.column + 1 });
  });

  it('finds a block moved as a whole by its headers, and refuses a renamed header by its cell', () => {
    const moved = gridWith((grid) => {
      for (const row of grid) row.push(...row.splice(MASTER_BLOCKS.grades.column - 1, 3, '', '', ''));
    });
    expect(moved.ok && moved.value.grades).toEqual(SEED_MASTER.grades);
    const renamed = gridWith((grid) => {
      (grid[0] as CellValue[])[MASTER_BLOCKS.pillars.column] = '柱の名前';
    });
    expect(renamed.ok).toBe(false);
    if (!renamed.ok)
      expect(renamed.problems[0]?.message).toContain('マスタ!D1 から始まる見出し「柱番号」「柱名」');
  });
});
