// Merged (統合) and abolished (廃止) items in the sidebars' lists through the built bundle: they show their state
// instead of 未報告, are never the next item to report nor in the 未報告 filter, and a report on them is refused in
// Japanese, changing nothing; before their round they are listed and reported like any item.
import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import type { ApiResult, ItemSummary, MasterView, RoundsView } from '../../src/domain/api';
import { LIFECYCLE } from '../../src/domain/messages';
import { nextUnreported } from '../../src/domain/rounds';
import type { LifecycleInput } from '../../src/domain/schemas';
import { item, listed, progress } from '../support/items';
import { stateHash } from '../support/server-functions';

jest.setTimeout(60_000);

function retire(
  env: ReturnType<typeof setUpEnvironment>,
  patch: Partial<LifecycleInput> & { itemId: string },
) {
  const input: LifecycleInput = {
    requestId: `retire-${patch.itemId}`,
    baseRevision: item(env, patch.itemId).revision,
    lifecycle: 'active',
    roundId: '',
    mergedInto: '',
    crossListedReformNo: null,
    ...patch,
  };
  ok(env.scriptRun('changeLifecycle', [input], { user: PLAN_OFFICE }));
}

/** The seed with 1-1-01 reported in R4-H1, 1-1-02 merged into it and 1-1-03 abolished, both from R4-H1. */
function retiredSeed() {
  const env = setUpEnvironment();
  ok(env.scriptRun('recordProgress', [progress(env, '1-1-01')]));
  retire(env, { itemId: '1-1-02', lifecycle: 'merged', roundId: 'R4-H1', mergedInto: '1-1-01' });
  retire(env, { itemId: '1-1-03', lifecycle: 'abolished', roundId: 'R4-H1' });
  return env;
}

const byId = (items: ItemSummary[], id: string) => items.find((i) => i.id === id);

it('the list shows 統合済み and 廃止 from their round on, and the next item to report is neither', () => {
  const env = retiredSeed();
  const list = listed(env, { roundId: 'R4-H1' });
  expect(byId(list, '1-1-02')).toMatchObject({ reported: false, outOfGrading: '統合済み' });
  expect(byId(list, '1-1-03')).toMatchObject({ reported: false, outOfGrading: '廃止' });
  expect(byId(list, '1-1-04')?.outOfGrading).toBeUndefined();
  const { user } = ok<MasterView>(env.scriptRun('getSummaryView', []));
  const reported = new Set(list.filter((i) => i.reported).map((i) => i.id));
  expect(nextUnreported(list, user, reported)).toBe('1-2-01');
  const unreportedOnly = listed(env, { roundId: 'R4-H1', notReportedOnly: true }).map((i) => i.id);
  expect(unreportedOnly).not.toContain('1-1-02');
  expect(unreportedOnly).not.toContain('1-1-03');
  expect(unreportedOnly[0]).toBe('1-2-01');
  const rounds = ok<RoundsView>(env.scriptRun('getRoundsView', ['R4-H1']));
  const unreported = rounds.unreported.flatMap((g) => g.items.map((i) => i.id));
  expect(unreported).not.toContain('1-1-02');
  expect(unreported).not.toContain('1-1-03');
});

it('a report on a merged or abolished item is refused in Japanese naming the item, and changes nothing', () => {
  const env = retiredSeed();
  const state = stateHash(env);
  for (const [id, shown] of [
    ['1-1-02', '統合済み'],
    ['1-1-03', '廃止'],
  ] as const) {
    const result = env.scriptRun('recordProgress', [progress(env, id)]) as ApiResult<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!result.ok)
      expect(result.error.fields).toContainEqual({
        path: 'itemId',
        message: LIFECYCLE.notGraded(id, shown, '令和4年度 上半期'),
      });
  }
  expect(stateHash(env)).toBe(state);
});

it('an item abolished from a later round is listed and reported like any item before it', () => {
  const env = setUpEnvironment();
  retire(env, { itemId: '1-1-03', lifecycle: 'abolished', roundId: 'R4-H2' });
  expect(byId(listed(env, { roundId: 'R4-H1' }), '1-1-03')?.outOfGrading).toBeUndefined();
  expect(byId(listed(env, { roundId: 'R4-H2' }), '1-1-03')?.outOfGrading).toBe('廃止');
  ok(env.scriptRun('recordProgress', [progress(env, '1-1-03')]));
  expect(byId(listed(env, { roundId: 'R4-H1' }), '1-1-03')?.reported).toBe(true);
});
