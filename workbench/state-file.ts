// Opens the workbench's emulated environment from its state file (or memory) and saves it after executions.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_USER, Environment } from '../emulator';

export interface StateOptions {
  /** null: keep the state in memory only. */
  stateFile: string | null;
  /** Start from a freshly seeded register (setupRegister), overwriting the state file. */
  fresh: boolean;
  distDir: string;
  user?: string;
  /** Where a new environment's virtual clock starts (epoch ms). */
  clock(): number;
}

export interface OpenedState {
  env: Environment;
  /** Writes the state file atomically; a no-op for an in-memory workbench. */
  persist(): void;
}

/**
 * Opening a state file that exists loads it (a corrupt one is refused and left untouched); a missing file or
 * memory gives an empty spreadsheet; `fresh` gives a seeded register. Either way onOpen then runs, as when a
 * user opens the spreadsheet, which also proves the bundle loads.
 */
export function openState(options: StateOptions): OpenedState {
  const envOptions = { distDir: options.distDir, user: options.user ?? DEFAULT_USER };
  const file = options.stateFile;
  const loaded = file && !options.fresh && existsSync(file);
  const env = loaded
    ? Environment.load(file, envOptions)
    : Environment.create({ ...envOptions, now: options.clock() });
  if (options.fresh) {
    const result = env.run('setupRegister', []) as { ok: boolean; error?: { message: string } };
    if (!result?.ok) throw new Error(`setupRegister failed: ${result?.error?.message ?? 'no result'}`);
  }
  runOnOpen(env);
  const persist = () => {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    env.save(file);
  };
  persist();
  return { env, persist };
}

/** onOpen as Sheets runs it for an add-on not yet used in this file: AuthMode.NONE, menu building only. */
function runOnOpen(env: Environment): void {
  try {
    env.run('onOpen', [], { authMode: 'NONE' });
  } catch (error) {
    throw new Error(`the bundle failed to load or its onOpen threw: ${errorMessage(error)}`);
  }
}

/** Errors thrown inside the script realm are not host Errors, so read the message structurally. */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
