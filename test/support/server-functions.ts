// The server functions a sidebar can call, read from the built bundle: its top-level functions minus the
// simple triggers and the handlers the add-on menu names. A function added to src/index.ts appears here
// without anyone listing it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Environment } from '../../emulator';
import { DIST, START } from '../../harness/register';

const TRIGGERS = new Set(['onOpen', 'onInstall', 'onEdit']);

/** The functions the add-on menu calls, as onOpen builds it. */
function menuHandlers(): Set<string> {
  const env = Environment.create({ distDir: DIST, now: START });
  env.run('onOpen', [], { authMode: 'FULL' });
  return new Set(env.services.ui.addonMenu.map((item) => item.functionName ?? ''));
}

export function serverFunctions(): string[] {
  const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
  const menu = menuHandlers();
  return [...code.matchAll(/^function ([A-Za-z0-9_$]+)\(/gm)]
    .map((m) => m[1] as string)
    .filter((name) => !TRIGGERS.has(name) && !menu.has(name) && !name.endsWith('_'))
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
