// A new item's row goes under its 改革 (after the last row of the same 柱 and 改革), not at the bottom, and is a row
// like the set-up ones: formats, dropdowns and the system columns' protection; the rows below it are still found
// by ID and saved.
import { itemInput } from '../../harness/payloads';
import { ok, reportProgress, setUpEnvironment } from '../../harness/register';
import { columnLetter } from '../../src/domain/a1';
import type { ItemDetail } from '../../src/domain/api';
import type { Item } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';

it('a new item of 改革1 goes right after the last row of 柱1・改革1, a row like the others, and every row is still found', () => {
  const env = setUpEnvironment();
  const ids = () => env.spreadsheet.values(SHEETS.register).map((r) => String(r[0]));
  const before = ids();
  const lastOfReform = before.map((id) => id.startsWith('1-1-')).lastIndexOf(true);
  expect(lastOfReform).toBeLessThan(before.length - 1);

  const created = ok<{ item: Item }>(
    env.scriptRun('saveItem', [itemInput({ pillarNo: 1, reformNo: 1 })]),
  ).item;
  const after = ids();
  expect(after[lastOfReform + 1]).toBe(created.id);
  expect(after.filter((id) => id !== created.id)).toEqual(before);

  const row = lastOfReform + 2; // sheet rows are 1-based, the header is row 1
  const header = env.spreadsheet.values(SHEETS.register)[0] as string[];
  const cell = (h: string) =>
    env.spreadsheet.cell(SHEETS.register, `${columnLetter(header.indexOf(h) + 1)}${row}`);
  expect(cell('取組ID')?.numberFormat).toBe('@');
  expect(cell('柱')?.validation?.criteria).toBe('VALUE_IN_RANGE');
  expect(cell('担当課')?.validation?.criteria).toBe('VALUE_IN_RANGE');
  const idColumn = header.indexOf('取組ID') + 1;
  const idProtection = env.spreadsheet
    .protections()
    .find((p) => p.type === 'RANGE' && p.range.column === idColumn);
  expect(idProtection && idProtection.range.row + idProtection.range.numRows - 1).toBeGreaterThanOrEqual(row);

  // The rows below moved down by one: each is still found by its ID, read and saved.
  expect(ok<ItemDetail>(env.scriptRun('getItem', [created.id, null])).item.title).toBe(created.title);
  const last = before.at(-1) as string;
  reportProgress(env, last, { progress: 70 });
  expect(ok<ItemDetail>(env.scriptRun('getItem', [last, null])).item.progress).toBe(70);
  expect(ids().at(-1)).toBe(last);
});
