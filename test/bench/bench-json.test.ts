// The benchmark's JSON writer at small sizes: the documented shape, every operation at every size, call counts
// that do not grow with the register, cells and estimates beside them, sidebar round trips measured in Chromium,
// and a naive model that the measured cell-by-cell run confirms.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPERATIONS } from '../../bench/report';
import { DIST_DIR, writeBenchJson } from '../../bench/run';
import { sidebarSizes } from '../../bench/sidebars';

interface Written {
  runs: {
    operation: string;
    items: number;
    calls: { total: number; byMethod: Record<string, number> };
    cellsRead: number;
    cellsWritten: number;
    responseBytes: number;
    estimatedMs: { low: number; high: number };
    cpuMs: number;
    heapMB: number;
  }[];
  sidebars: { file: string; bytes: number; roundTripsBeforeUsable: number | null }[];
  naiveBaseline: { items: number; operation: string; kind: string; calls: number }[];
}

describe('npm run bench -- --json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-json-'));
  const path = join(dir, 'bench.json');
  let written: Written;
  beforeAll(async () => {
    await writeBenchJson(path, [20, 60]);
    written = JSON.parse(readFileSync(path, 'utf8')) as Written;
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (operation: string, items: number) =>
    written.runs.find((r) => r.operation === operation && r.items === items);

  it('has a run of every operation at every size, in the documented shape', () => {
    expect(written.runs.map((r) => `${r.operation}@${r.items}`).sort()).toEqual(
      OPERATIONS.flatMap((op) => [`${op}@20`, `${op}@60`]).sort(),
    );
    for (const run of written.runs) {
      expect(typeof run.cpuMs).toBe('number');
      expect(typeof run.heapMB).toBe('number');
      const sum = Object.values(run.calls.byMethod).reduce((a, b) => a + b, 0);
      expect(run.calls.total).toBe(sum);
      expect(run.calls.total).toBeGreaterThan(0);
      expect(run.responseBytes).toBeGreaterThan(0);
      expect(run.estimatedMs.low).toBeGreaterThan(0);
      expect(run.estimatedMs.high).toBeGreaterThanOrEqual(run.estimatedMs.low);
    }
    expect(written.sidebars.map(({ file, bytes }) => ({ file, bytes }))).toEqual(sidebarSizes(DIST_DIR));
    for (const sidebar of written.sidebars) expect(sidebar.roundTripsBeforeUsable).toBeGreaterThanOrEqual(0);
  });

  it('counts the cells each operation moves: reading the register grows with its rows', () => {
    const listed = (items: number) => run('listItems', items)?.cellsRead ?? 0;
    expect(listed(20)).toBeGreaterThan(0);
    expect(listed(60)).toBeGreaterThan(listed(20));
    expect(run('validate', 20)?.cellsWritten).toBeGreaterThan(0);
  });

  it('makes as many service calls at 60 items as at 20', () => {
    for (const op of OPERATIONS) {
      const at = (items: number) => written.runs.find((r) => r.operation === op && r.items === items)?.calls;
      expect({ op, calls: at(60) }).toEqual({ op, calls: at(20) });
    }
  });

  it('the naive model is what the cell-by-cell bundle really costs at 20 items', () => {
    const at20 = written.naiveBaseline.filter((b) => b.items === 20);
    for (const operation of ['read', 'validate']) {
      const model = at20.find((b) => b.operation === operation && b.kind === 'model');
      const measured = at20.find((b) => b.operation === operation && b.kind === 'measured');
      expect(measured?.calls).toBe(model?.calls);
    }
    const validate20 = written.runs.find((r) => r.operation === 'validate' && r.items === 20);
    const naive20 = at20.find((b) => b.operation === 'validate')?.calls ?? 0;
    expect(validate20?.calls.total).toBeLessThan(naive20);
  });
});
