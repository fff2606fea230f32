// Where a new item's row goes in the register: under its 改革, after the last row of the same 柱 and 改革, rather than
// at the bottom. Rows are told apart by their IDs, which name the 柱 and 改革 an item was created under, so placing
// a row reads the ID column alone (what a create reads anyway), whatever the register's size.
import { parseItemId } from './item-id';

/**
 * The 0-based position in `ids` (the register's rows below the header, in sheet order) after which the new item's
 * row goes: the last row of its 柱 and 改革; for a 改革 without rows yet, the last row of an earlier one in the
 * plan's order; -1 (right under the header) when every row belongs to a later one; the last row when no row holds
 * an item ID at all.
 */
export function rowToInsertAfter(ids: readonly string[], pillarNo: number, reformNo: number): number {
  let same = -1;
  let earlier = -1;
  let anyItem = false;
  ids.forEach((id, i) => {
    const parts = parseItemId(id);
    if (!parts) return;
    anyItem = true;
    if (parts.pillarNo === pillarNo && parts.reformNo === reformNo) same = i;
    else if (parts.pillarNo < pillarNo || (parts.pillarNo === pillarNo && parts.reformNo < reformNo))
      earlier = i;
  });
  if (!anyItem) return ids.length - 1;
  return same >= 0 ? same : earlier;
}
