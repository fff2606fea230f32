// The item list as it travels to a sidebar: only what the lists show (ID, 取組項目, 担当課, reported), column by
// column, 担当課 as its position in the master the sidebar already holds (a name the master does not list travels
// as text), the reported items as positions; decoded back into entries for the sidebars. Details come with getItem.
import type { ItemListResult, ItemSummary, UserContext } from './api';
import { canEditItem } from './permissions';
import type { Item, Master } from './schemas';

type Lists = Pick<Master, 'departments'>;

const positionOr = (names: string[], name: string): number | string => {
  const at = names.indexOf(name);
  return at < 0 ? name : at;
};
const nameAt = (names: string[], value: number | string | undefined): string =>
  typeof value === 'number' ? (names[value] ?? '') : (value ?? '');

/** The positions of the items the map names, and what it says of each (sent only when there is one). */
function marked(items: readonly Pick<Item, 'id'>[], marks: ReadonlyMap<string, string>) {
  const at = items.flatMap((item, i) => (marks.has(item.id) ? [i] : []));
  return { at, texts: at.map((i) => marks.get(items[i]?.id ?? '') ?? '') };
}

/**
 * The list of these items (in this order), `reported` saying which are reported in the round, `returned` which
 * reports the plan office returned, with the reason, and `outOfGrading` which items are out of the round's grading,
 * with their state (both sent only when there is one).
 */
export function itemList(
  roundId: string,
  items: readonly Pick<Item, 'id' | 'title' | 'department'>[],
  reported: ReadonlySet<string>,
  master: Lists,
  returned: ReadonlyMap<string, string> = new Map(),
  outOfGrading: ReadonlyMap<string, string> = new Map(),
): ItemListResult {
  const departments = master.departments.map((d) => d.name);
  const returns = marked(items, returned);
  const out = marked(items, outOfGrading);
  return {
    roundId,
    ids: items.map((item) => item.id),
    titles: items.map((item) => item.title),
    departments: items.map((item) => positionOr(departments, item.department)),
    reported: items.flatMap((item, i) => (reported.has(item.id) ? [i] : [])),
    ...(returns.at.length ? { returned: returns.at, returnReasons: returns.texts } : {}),
    ...(out.at.length ? { outOfGrading: out.at, outOfGradingStates: out.texts } : {}),
  };
}

/** The list as the sidebars use it: names back from the master, editable from the user's departments. */
export function listedItems(list: ItemListResult, master: Lists, user: UserContext): ItemSummary[] {
  const reported = new Set(list.reported);
  const returned = new Map((list.returned ?? []).map((at, n) => [at, list.returnReasons?.[n] ?? '']));
  const out = new Map((list.outOfGrading ?? []).map((at, n) => [at, list.outOfGradingStates?.[n] ?? '']));
  const departments = master.departments.map((d) => d.name);
  return list.ids.map((id, i) => {
    const department = nameAt(departments, list.departments[i]);
    const reason = returned.get(i);
    const state = out.get(i);
    return {
      id,
      title: list.titles[i] ?? '',
      department,
      reported: reported.has(i),
      editable: canEditItem(user, department),
      ...(reason === undefined ? {} : { returnReason: reason }),
      ...(state === undefined ? {} : { outOfGrading: state }),
    };
  });
}
/**
 * The list after a save, from the save's answer instead of another list call: the item's entry replaced (or added
 * at the end, where a create appends its row), reported as given.
 */
export function withSaved(
  items: readonly ItemSummary[],
  item: Pick<Item, 'id' | 'title' | 'department'>,
  reported: boolean,
  user: UserContext,
): ItemSummary[] {
  const entry: ItemSummary = {
    id: item.id,
    title: item.title,
    department: item.department,
    reported,
    editable: canEditItem(user, item.department),
  };
  const at = items.findIndex((i) => i.id === item.id);
  // A save changes no 異動: the entry keeps its state out of the grading.
  const state = items[at]?.outOfGrading;
  const kept = state ? { ...entry, outOfGrading: state } : entry;
  return at < 0 ? [...items, entry] : items.map((i, n) => (n === at ? kept : i));
}
