// Measures one operation: service calls (by method and by service), cells moved, the answer's size, the cost
// model's estimate, Node CPU time and heap.
import type { Environment } from '../emulator';
import type { ApiResult } from '../src/domain/api';
import { estimateMs } from './cost-model';
import { type BenchRun, byService, type Operation } from './report';

/** What the operation answered, in a few words (problem count, "ok", an error code). */
function describe(result: unknown): string {
  const r = result as ApiResult<{ problems?: unknown[] }>;
  if (!r.ok) return `refused: ${r.error.code}`;
  return Array.isArray(r.value?.problems) ? `ok, ${r.value.problems.length} problems` : 'ok';
}

export function measure(env: Environment, operation: Operation, items: number, run: () => unknown): BenchRun {
  env.calls.reset();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const result = run();
  const cpu = process.cpuUsage(cpuBefore);
  const heapAfter = process.memoryUsage().heapUsed;
  const { total, byMethod, cells } = env.calls.snapshot();
  return {
    operation,
    items,
    calls: { total, byService: byService(byMethod), byMethod },
    cellsRead: cells.read,
    cellsWritten: cells.written,
    responseBytes: Buffer.byteLength(JSON.stringify(result ?? null), 'utf8'),
    estimatedMs: estimateMs(byMethod, cells),
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapMB: Math.max(heapBefore, heapAfter) / 1024 / 1024,
    rssPeakMB: process.resourceUsage().maxRSS / 1024,
    outcome: describe(result),
  };
}
