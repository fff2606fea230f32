// A save that fails at any one of its spreadsheet writes (a planted failure: SpreadsheetInspector.failWriteAt)
// leaves the register and the history as they were, and a retry then saves exactly once: Sheets has no
// transactions, so the product takes back the writes it had made (RegisterStore.undoWrites).
import type { Environment, EnvironmentOptions } from '../../emulator';
import { progressReport } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import type { ApiResult, ItemDetail } from '../../src/domain/api';
import { REGISTER } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

const sheetsOf = (env: Environment) => ({
  register: env.spreadsheet.values(SHEETS.register),
  history: env.spreadsheet.values(SHEETS.history),
});

type Save = (env: Environment, n: number) => unknown;

const progress: Save = (env, n) => {
  const revision = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item.revision;
  return env.scriptRun('recordProgress', [
    progressReport('1-1-01', `req-half-${n}-abcdefgh`, revision, { issues: "'=1+1", nextSteps: '0401' }),
  ]);
};

const update: Save = (env) => {
  const item = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item;
  return env.scriptRun('saveItem', [
    { ...item, id: item.id, baseRevision: item.revision, title: '=窓口 1-2-03' },
  ]);
};

const create: Save = (env) => {
  const base = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item;
  const { id: _id, revision: _r, ...rest } = base;
  return env.scriptRun('saveItem', [{ ...rest, title: '+新しい取組', baseRevision: 0 }]);
};

const SAVES: [string, Save][] = [
  ['recordProgress', progress],
  ['saveItem (edit)', update],
  ['saveItem (new item)', create],
];
const WORLDS: [string, EnvironmentOptions][] = [
  ['default answers', {}],
  ['apostrophe kept', { plainText: { apostrophe: 'kept', equals: 'text' } }],
];

describe.each(WORLDS)('a save that fails at its n-th write (%s)', (_world, options) => {
  it.each(SAVES)('%s is refused with nothing changed, then saved once by a retry', (_name, save) => {
    let succeededAt = 0;
    for (let n = 1; n <= 8 && !succeededAt; n++) {
      const env = setUpEnvironment(options);
      const before = sheetsOf(env);
      env.spreadsheet.failWriteAt(n);
      const result = save(env, n) as ApiResult<unknown>;
      if (result.ok) {
        succeededAt = n;
        break;
      }
      expect(result).toEqual({ ok: false, error: { code: 'failed', message: REGISTER.failed } });
      expect(sheetsOf(env)).toEqual(before);
      ok(save(env, n));
      expect(sheetsOf(env).history.length).toBe(before.history.length + 1);
    }
    // Every write of the save was made to fail once before one was left over.
    expect(succeededAt).toBeGreaterThan(2);
  });
});
