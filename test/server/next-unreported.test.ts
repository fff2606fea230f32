// "Next unreported item" after a progress report agrees with the list's reported marks, whatever round the item
// was last reported in (regression: it used the item's 最終報告回 instead of the round's reports).

import { progressReport } from '../../harness/payloads';
import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import type { ItemDetail, ItemListResult, RecordProgressResult } from '../../src/domain/api';

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
  const result = report('1-1-01', 'R4-H1');

  const list = ok<ItemListResult>(env.scriptRun('listItems', [{ roundId: 'R4-H1' }]));
  const reported = new Set(list.items.filter((i) => i.reported).map((i) => i.id));
  expect([...reported].sort()).toEqual(['1-1-01', '1-1-02']);
  expect(result.nextItemId).not.toBe('1-1-02');
  expect(result.nextItemId).toBe(list.items.find((i) => !i.reported)?.id);
});
