// The server functions a sidebar can call, read from the built bundle: its top-level functions minus the
// simple triggers and menu handlers. A function added to src/index.ts appears here without anyone listing it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Environment } from '../../emulator';
import { DIST } from './register';

const TRIGGERS = new Set(['onOpen', 'onInstall', 'onEdit']);

export function serverFunctions(): string[] {
  const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
  return [...code.matchAll(/^function ([A-Za-z0-9_$]+)\(/gm)]
    .map((m) => m[1] as string)
    .filter((name) => !TRIGGERS.has(name) && !name.startsWith('menu') && !name.endsWith('_'))
    .sort();
}

/** A hash of everything the emulation keeps: every sheet, documents, properties, caches, locks, UI, logs, clock. */
export function stateHash(env: Environment): string {
  return createHash('sha256').update(JSON.stringify(env.toJSON())).digest('hex');
}

/** The state's hash without the emulation's object IDs: set-up re-creates its protections, as equal content
 * under new IDs, so re-running it changes nothing a user can see. */
export function contentHash(env: Environment): string {
  const state = env.toJSON();
  const { nextId: _nextId, ...spreadsheet } = state.spreadsheet;
  const protections = spreadsheet.protections.map(({ id: _id, ...rest }) => rest);
  const content = { ...state, spreadsheet: { ...spreadsheet, protections } };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
