// `npm run bench`: runs every operation through the built bundle in the emulation at 20, 1,000 and 5,000 items,
// and reports service calls, Node CPU time and heap; `-- --json PATH` also writes the result as JSON.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { registerColumns } from '../src/domain/columns';
import { SEED_MASTER } from '../src/domain/seed';
import { type BenchResult, type BenchRun, byService, formatTable, type Operation, toJson } from './report';
import { type BenchEnvironment, operationsFor, registerOf } from './scenario';

const distDir = join(__dirname, '..', 'dist');
const SIZES = [20, 1000, 5000];

function measure(env: BenchEnvironment, operation: Operation, items: number, run: () => string): BenchRun {
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
    outcome,
  };
}

function sidebarSizes(): { file: string; bytes: number }[] {
  return readdirSync(distDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => ({ file, bytes: statSync(join(distDir, file)).size }));
}

/** A cell-by-cell implementation reads every cell with getValue and marks each problem cell on its own. */
function naiveBaseline(items: number) {
  const columns = registerColumns(SEED_MASTER.period).length;
  const cells = (items + 1) * columns;
  return [
    {
      items,
      operation: 'read' as const,
      calls: cells,
      formula: `(${items} rows + header) × ${columns} columns getValue`,
    },
    {
      items,
      operation: 'validate' as const,
      calls: cells + 2 * items,
      formula: `${cells} getValue + 2 calls (background, note) per row with a problem, here one per row`,
    },
  ];
}

function main(): void {
  const jsonIndex = process.argv.indexOf('--json');
  const jsonPath = jsonIndex >= 0 ? process.argv[jsonIndex + 1] : undefined;
  if (jsonIndex >= 0 && !jsonPath) throw new Error('--json needs a file path');
  const runs: BenchRun[] = [];
  for (const items of SIZES) {
    const env = registerOf(items);
    for (const [operation, run] of operationsFor(env)) runs.push(measure(env, operation, items, run));
    process.stderr.write(`measured ${items} items\n`);
  }
  const result: BenchResult = {
    runs,
    sidebars: sidebarSizes(),
    naiveBaseline: SIZES.flatMap(naiveBaseline),
    machine: { node: process.version, platform: process.platform, cpus: cpus().length },
  };
  console.log(formatTable(result));
  if (jsonPath) {
    writeFileSync(jsonPath, toJson(result));
    console.log(`\nwrote ${jsonPath}`);
  }
}

main();
