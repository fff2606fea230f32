// A retried create is one item: saveItem carries the submission's request ID, as recordProgress does, so the same
// create sent twice (a lost answer, a double click) makes one row and one history entry; another ID is another item.
import { itemInput } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import type { Item } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';

const rowsOf = (env: ReturnType<typeof setUpEnvironment>, title: string) =>
  env.spreadsheet.values(SHEETS.register).filter((r) => r.includes(title));
const createsOf = (env: ReturnType<typeof setUpEnvironment>, requestId: string) =>
  env.spreadsheet.values(SHEETS.history).filter((r) => r.includes(requestId));

it('the same create sent twice makes one item and one history entry, and answers the same item', () => {
  const env = setUpEnvironment();
  const create = itemInput({ requestId: 'create-retry-0001' });
  const first = ok<{ item: Item }>(env.scriptRun('saveItem', [create])).item;
  const again = ok<{ item: Item }>(env.scriptRun('saveItem', [create])).item;
  expect(again).toEqual(first);
  expect(rowsOf(env, create.title)).toHaveLength(1);
  expect(createsOf(env, 'create-retry-0001')).toHaveLength(1);

  const other = ok<{ item: Item }>(
    env.scriptRun('saveItem', [itemInput({ requestId: 'create-retry-0002' })]),
  ).item;
  expect(other.id).not.toBe(first.id);
  expect(rowsOf(env, create.title)).toHaveLength(2);
});

it('a malformed request ID is refused with the field named, and nothing is made', () => {
  const env = setUpEnvironment();
  const before = env.spreadsheet.values(SHEETS.register).length;
  const result = env.scriptRun('saveItem', [itemInput({ requestId: 'x' })]);
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'requestId' }] } });
  expect(env.spreadsheet.values(SHEETS.register)).toHaveLength(before);
});
