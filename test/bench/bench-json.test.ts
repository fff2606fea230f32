// The benchmark's JSON writer at small sizes: the documented shape, every operation at every size, call counts
// that do not grow with the register, and a naive model that the measured cell-by-cell run confirms.
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
    cpuMs: number;
    heapMB: number;
  }[];
  sidebars: { file: string; bytes: number }[];
  naiveBaseline: { items: number; operation: string; kind: string; calls: number }[];
}

describe('npm run bench -- --json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-json-'));
  const path = join(dir, 'bench.json');
  writeBenchJson(path, [20, 60]);
  const written = JSON.parse(readFileSync(path, 'utf8')) as Written;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    }
    expect(written.sidebars).toEqual(sidebarSizes(DIST_DIR));
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
