// Runs the whole benchmark at the given sizes and returns (or writes) the result; main.ts and the tests use it.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { registerColumns } from '../src/domain/columns';
import { SEED_MASTER } from '../src/domain/seed';
import { measure } from './measure';
import { naiveMeasured, naiveModel } from './naive';
import { type BenchResult, type BenchRun, toJson } from './report';
import { operationsFor, registerOf } from './scenario';
import { sidebarRoundTrips } from './sidebar-round-trips';
import { sidebarSizes } from './sidebars';

export const DIST_DIR = join(__dirname, '..', 'dist');
export const SIZES = [20, 1000, 5000];
/** The naive bundle is run only at this size: its cost is known from the model above it. */
const NAIVE_MEASURED_ITEMS = 20;

export async function runBench(
  sizes: number[] = SIZES,
  log: (line: string) => void = () => {},
): Promise<BenchResult> {
  const columns = registerColumns(SEED_MASTER.period).length;
  const runs: BenchRun[] = [];
  const naiveBaseline = sizes.flatMap((items) => naiveModel(items, columns));
  for (const items of sizes) {
    const env = registerOf(items);
    if (items === NAIVE_MEASURED_ITEMS) naiveBaseline.push(...naiveMeasured(env, items));
    for (const [operation, run] of operationsFor(env)) runs.push(measure(env, operation, items, run));
    log(`measured ${items} items`);
  }
  const roundTrips = await sidebarRoundTrips();
  log('measured the sidebars');
  return {
    runs,
    sidebars: sidebarSizes(DIST_DIR).map((s) => ({
      ...s,
      roundTripsBeforeUsable: roundTrips[s.file] ?? null,
    })),
    naiveBaseline,
    machine: { node: process.version, platform: process.platform, cpus: cpus().length },
  };
}

/** The `--json PATH` output: the benchmark at `sizes`, written as JSON; returns what was written. */
export async function writeBenchJson(path: string, sizes: number[] = SIZES): Promise<BenchResult> {
  const result = await runBench(sizes);
  writeFileSync(path, toJson(result));
  return result;
}
