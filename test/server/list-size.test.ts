// The list a sidebar receives carries only what the lists show: ≤ 60 bytes an item as google.script.run sends it
// (JSON, UTF-8), at 20 items with the seed plan's long titles and at 1,000; and it names every item of the register.
import { growRegister, ok, setUpEnvironment } from '../../harness/register';
import type { ItemListResult } from '../../src/domain/api';
import { registerRows } from '../support/items';

describe('list size', () => {
  it.each([20, 1000])('listItems answers ≤ 60 bytes an item at %i items', (total) => {
    const env = setUpEnvironment();
    growRegister(env, total);
    const answer = env.scriptRun('listItems', [{}]);
    const list = ok<ItemListResult>(answer);
    expect(list.ids).toEqual(
      registerRows(env)
        .slice(1)
        .map((r) => r[0])
        .filter((id) => id !== ''),
    );
    expect(list.ids).toHaveLength(total);
    expect(Buffer.byteLength(JSON.stringify(answer), 'utf8') / total).toBeLessThanOrEqual(60);
  });
});
