// Retries and replays of recordProgress through the built bundle: permissions are checked before the request ID,
// so another department replaying an item's 最終送信ID is refused as forbidden; the same request ID with other
// content is refused, not answered ok and dropped; a true retry is still recognised.

import { progressReport } from '../../harness/payloads';
import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import type { ApiResult, ItemDetail, RecordProgressResult } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';
import { mapUsers } from '../support/roles';
import { stateHash } from '../support/server-functions';

const DEPT_USER = 'tanaka@city.gyoda.example.jp';
/** 2-3-01 belongs to another department than DEPT_USER's デジタル推進課. */
const OTHER_ITEM = '2-3-01';

function mapped() {
  const env = setUpEnvironment();
  mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { デジタル推進課: [DEPT_USER] } });
  const revision = ok<ItemDetail>(env.scriptRun('getItem', [OTHER_ITEM, null])).item.revision;
  const input = progressReport(OTHER_ITEM, 'req-replay-0001', revision, { progress: 40 });
  ok(env.scriptRun('recordProgress', [input], { user: PLAN_OFFICE }));
  return { env, input };
}

const historyRows = (env: ReturnType<typeof setUpEnvironment>) =>
  env.spreadsheet.values(SHEETS.history).length;

it("another department replaying an item's 最終送信ID is refused as forbidden, with nothing changed", () => {
  const { env, input } = mapped();
  const before = stateHash(env);
  const result = env.scriptRun('recordProgress', [input], { user: DEPT_USER }) as ApiResult<unknown>;
  expect(result.ok ? 'ok' : result.error.code).toBe('forbidden');
  expect(stateHash(env)).toBe(before);
});

it('the same request ID with different content is refused naming the field, and nothing is recorded', () => {
  const { env, input } = mapped();
  const before = stateHash(env);
  const rows = historyRows(env);
  for (const patch of [{ progress: 60 }, { roundId: 'R4-H2' }, { issues: '予算が足りない' }]) {
    const result = env.scriptRun('recordProgress', [{ ...input, ...patch }], {
      user: PLAN_OFFICE,
    }) as ApiResult<unknown>;
    expect(result.ok).toBe(false);
    if (result.ok) continue;
    expect(result.error.code).toBe('invalid');
    expect(result.error.fields?.map((f) => f.path)).toEqual(['requestId']);
    expect(result.error.fields?.[0]?.message).toContain('送信ID');
  }
  expect(historyRows(env)).toBe(rows);
  expect(stateHash(env)).toBe(before);
});

it('a true retry (same ID, same content) is still answered as a duplicate', () => {
  const { env, input } = mapped();
  const rows = historyRows(env);
  expect(
    ok<RecordProgressResult>(env.scriptRun('recordProgress', [input], { user: PLAN_OFFICE })).duplicate,
  ).toBe(true);
  expect(historyRows(env)).toBe(rows);
});
