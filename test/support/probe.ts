// Runs statements in the emulation through the probe fixture bundle, for the emulation's own tests.
import { join } from 'node:path';
import { Environment, type RunOptions } from '../../emulator';
import { TEST_START } from '../../harness/clock';

export const PROBE_DIST = join(__dirname, '..', 'emulator', 'fixtures', 'probe');

export function probeEnvironment(): Environment {
  return Environment.create({ distDir: PROBE_DIST, now: TEST_START });
}

/** Runs `source` (a function body) as one execution and returns its host copy. */
export function probe(env: Environment, source: string, options: RunOptions = {}): unknown {
  return env.run('probe', [source], options);
}
