// The item list as it travels to a sidebar: per item only what the lists show, as a short array whose 担当課 and
// 進捗状況 are positions in the master the sidebar already holds (a name the master does not list travels as
// text); the reported items as positions. Details come with getItem.
import type { ItemListResult, ItemSummary, ListRow, UserContext } from './api';
import { canEditItem } from './permissions';
import type { Item, Master } from './schemas';

type Lists = Pick<Master, 'departments' | 'statuses'>;

const positionOr = (names: string[], name: string): number | string => {
  const at = names.indexOf(name);
  return at < 0 ? name : at;
};
const nameAt = (names: string[], value: number | string): string =>
  typeof value === 'number' ? (names[value] ?? '') : value;

export function listRow(item: Pick<Item, 'id' | 'title' | 'department' | 'status'>, master: Lists): ListRow {
  return [
    item.id,
    item.title,
    positionOr(
      master.departments.map((d) => d.name),
      item.department,
    ),
    positionOr(
      master.statuses.map((s) => s.name),
      item.status,
    ),
  ];
}

/** The list as the sidebars use it: names back from the master, editable from the user's departments. */
export function listedItems(list: ItemListResult, master: Lists, user: UserContext): ItemSummary[] {
  const reported = new Set(list.reported);
  const departments = master.departments.map((d) => d.name);
  const statuses = master.statuses.map((s) => s.name);
  return list.rows.map(([id, title, department, status], i) => {
    const name = nameAt(departments, department);
    return {
      id,
      title,
      department: name,
      status: nameAt(statuses, status),
      reported: reported.has(i),
      editable: canEditItem(user, name),
    };
  });
}

/**
 * The list after a save, from the save's answer instead of another list call: the item's entry replaced (or added
 * at the end, where a create appends its row), reported as given.
 */
export function withSaved(
  items: readonly ItemSummary[],
  item: Pick<Item, 'id' | 'title' | 'department' | 'status'>,
  reported: boolean,
  user: UserContext,
): ItemSummary[] {
  const entry: ItemSummary = {
    id: item.id,
    title: item.title,
    department: item.department,
    status: item.status,
    reported,
    editable: canEditItem(user, item.department),
  };
  const at = items.findIndex((i) => i.id === item.id);
  return at < 0 ? [...items, entry] : items.map((i, n) => (n === at ? entry : i));
}
