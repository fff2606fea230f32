// The naive baseline: what a cell-by-cell read and validation costs in calls, as a computed model and as a run
// of a small cell-by-cell bundle (bench/fixtures/naive) in the emulation, which checks the model.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Environment } from '../emulator';
import { SHEETS } from '../src/domain/sheet-names';

export const NAIVE_DIST = join(__dirname, 'fixtures', 'naive');

export type NaiveOperation = 'read' | 'validate';

export interface NaiveBaseline {
  items: number;
  operation: NaiveOperation;
  /** 'model': computed from rows × columns; 'measured': the cell-by-cell bundle run in the emulation. */
  kind: 'model' | 'measured';
  calls: number;
  formula: string;
}

/** getActiveSpreadsheet, getSheetByName, getLastRow, getLastColumn. */
const FIXED_CALLS = 4;

/** Calls of a cell-by-cell implementation: getRange + getValue per cell, getRange + setBackground per data row. */
export function naiveModel(items: number, columns: number): NaiveBaseline[] {
  const cells = (items + 1) * columns;
  const read = FIXED_CALLS + 2 * cells;
  return [
    {
      items,
      operation: 'read',
      kind: 'model',
      calls: read,
      formula: `${FIXED_CALLS} + 2 × (${items} rows + header) × ${columns} columns (getRange + getValue per cell)`,
    },
    {
      items,
      operation: 'validate',
      kind: 'model',
      calls: read + 2 * items,
      formula: `read ${read} + 2 × ${items} rows (getRange + setBackground per row mark)`,
    },
  ];
}

/** Runs the cell-by-cell bundle on a copy of `env`'s state; counts its calls. */
export function naiveMeasured(env: Environment, items: number): NaiveBaseline[] {
  const dir = mkdtempSync(join(tmpdir(), 'naive-bench-'));
  try {
    const file = join(dir, 'state.json');
    env.save(file);
    const naive = Environment.load(file, { distDir: NAIVE_DIST, user: env.activeUser });
    const count = (fn: string) => {
      naive.calls.reset();
      naive.run(fn, [SHEETS.register]);
      return naive.calls.snapshot().total;
    };
    const formula = 'measured: bench/fixtures/naive run in the emulation';
    return [
      { items, operation: 'read', kind: 'measured', calls: count('naiveRead'), formula },
      { items, operation: 'validate', kind: 'measured', calls: count('naiveValidate'), formula },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
