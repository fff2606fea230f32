// The master codec: a master ↔ the マスタ sheet's fixed blocks; a master broken by hand gives field errors.
import { gridToMaster, MASTER_BLOCKS, masterToGrid } from '../../src/domain/master-codec';
import { SEED_MASTER } from '../../src/domain/seed';

describe('master codec', () => {
  it('round-trips the seed master', () => {
    expect(gridToMaster(masterToGrid(SEED_MASTER))).toEqual({ ok: true, value: SEED_MASTER });
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
});
