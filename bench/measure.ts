// Measures one operation: service calls (by method and by service), Node CPU time and heap.
import type { Environment } from '../emulator';
import { type BenchRun, byService, type Operation } from './report';

export function measure(env: Environment, operation: Operation, items: number, run: () => string): BenchRun {
  env.calls.reset();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const outcome = run();
  const cpu = process.cpuUsage(cpuBefore);
  const heapAfter = process.memoryUsage().heapUsed;
  const { total, byMethod } = env.calls.snapshot();
  return {
    operation,
    items,
    calls: { total, byService: byService(byMethod), byMethod },
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapMB: Math.max(heapBefore, heapAfter) / 1024 / 1024,
    rssPeakMB: process.resourceUsage().maxRSS / 1024,
    outcome,
  };
}
