// "Next unreported item" after a progress report agrees with the list's reported marks, whatever round the item
// was last reported in (regression: it used the item's 最終報告回 instead of the round's reports). The progress
// sidebar finds it in its list updated from the report's answer, which must be the list as read afresh.

import { progressReport } from '../../harness/payloads';
import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import type { ItemDetail, ItemSummary, MasterView, RecordProgressResult } from '../../src/domain/api';
import { withSaved } from '../../src/domain/item-list';
import { nextUnreported } from '../../src/domain/rounds';
import { listed } from '../support/items';

it('does not offer an item already reported in the round when its latest report is of another round', () => {
  const env = setUpEnvironment();
  const report = (itemId: string, roundId: string) => {
    const { item } = ok<ItemDetail>(env.scriptRun('getItem', [itemId, roundId], { user: PLAN_OFFICE }));
    return ok<RecordProgressResult>(
      env.scriptRun('recordProgress', [
        progressReport(itemId, `req-${itemId}-${roundId}`, item.revision, { roundId }),
      ]),
    );
  };
  report('1-1-02', 'R4-H1');
  report('1-1-02', 'R4-H2');
  const before = listed(env, { roundId: 'R4-H1' });
  const result = report('1-1-01', 'R4-H1');

  const { user } = ok<MasterView>(env.scriptRun('getSummaryView', []));
  const list = listed(env, { roundId: 'R4-H1' });
  const reported = new Set(list.filter((i) => i.reported).map((i) => i.id));
  expect([...reported].sort()).toEqual(['1-1-01', '1-1-02']);
  const fromAnswer = withSaved(before, result.item, true, user);
  expect(fromAnswer).toEqual(list);
  const next = (items: ItemSummary[]) =>
    nextUnreported(items, user, new Set(items.filter((i) => i.reported).map((i) => i.id)));
  expect(next(fromAnswer)).not.toBe('1-1-02');
  expect(next(fromAnswer)).toBe(list.find((i) => !i.reported)?.id);
});
