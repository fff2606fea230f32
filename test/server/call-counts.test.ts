// Service calls per operation through the built bundle do not grow with the number of items.
import { itemInput } from '../../harness/payloads';
import { growRegister, ok, setUpEnvironment } from '../../harness/register';
import type { ItemDetail } from '../../src/domain/api';
import { progress } from '../support/items';

describe('service calls do not grow with the number of items', () => {
  function callsAt(total: number) {
    const env = setUpEnvironment();
    growRegister(env, total);
    const measure = (run: () => unknown) => {
      env.calls.reset();
      ok(run());
      return env.calls.snapshot().total;
    };
    const list = measure(() => env.scriptRun('listItems', [{}]));
    const detail = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null]));
    const save = measure(() =>
      env.scriptRun('saveItem', [
        itemInput({ id: '1-1-01', pillarNo: 1, reformNo: 1, baseRevision: detail.item.revision }),
      ]),
    );
    const input = progress(env, '1-1-02');
    const report = measure(() => env.scriptRun('recordProgress', [input]));
    return { list, save, report };
  }

  it('list, save and record progress cost the same at 20 and 1,000 items', () => {
    const small = callsAt(20);
    const large = callsAt(1000);
    expect(large).toEqual(small);
    // 15 before 履歴 was written by header, the next unreported item came from the round's reports and 履歴 was
    // plain text over its whole extent: reading 履歴 (getDataRange + getValues) gives the first two, and the read
    // checks the formatted margin below its last row (getMaxRows).
    // + 3 for the tamper-evident history: the new row's digest (Utilities.computeDigest) and the chain's head
    // recorded where no editor can write (getDocumentProperties, setProperty); the head itself comes from the
    // history read above. + 1 since a hand-typed formula in the item's add-on cells refuses the report (getValues
    // shows only its result): one getFormulas per run of add-on columns (one on the set-up layout), on the range
    // the row is then written through.
    expect(small.report).toBeLessThanOrEqual(22);
  });
});
