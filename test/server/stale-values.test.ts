// A stale save names what the other user changed with values as a person reads them, through the built bundle.

import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import type { ApiError, ItemDetail } from '../../src/domain/api';

it('shows changed amounts in 千円 with separators and empty amounts as 未入力', () => {
  const env = setUpEnvironment();
  const { item } = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null], { user: PLAN_OFFICE }));
  const input = {
    id: item.id,
    baseRevision: item.revision,
    pillarNo: item.pillarNo,
    reformNo: item.reformNo,
    title: item.title,
    description: item.description,
    department: item.department,
    relatedDepartments: item.relatedDepartments,
    schedule: item.schedule,
    indicator: item.indicator,
  };
  ok(env.scriptRun('saveItem', [{ ...input, savingsPlan: { cut: 12345, revenue: null } }]));
  const stale = env.scriptRun('saveItem', [
    { ...input, title: 'B案', savingsPlan: { cut: 5, revenue: null } },
  ]) as {
    ok: false;
    error: ApiError;
  };
  expect(stale.error.code).toBe('stale');
  expect(stale.error.stale?.changes).toEqual([
    { path: 'title', label: '取組項目', yours: 'B案', theirs: item.title },
    {
      path: 'savingsPlan',
      label: '効果額見込',
      yours: '歳出削減 5千円、歳入確保 未入力',
      theirs: '歳出削減 12,345千円、歳入確保 未入力',
    },
  ]);
});
