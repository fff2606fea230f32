// The list as it travels (columns, 担当課 by its position in the master) decodes back to what the sidebars show,
// and a save's answer updates it as a fresh list would read.
import type { UserContext } from '../../src/domain/api';
import { itemList, listedItems, withSaved } from '../../src/domain/item-list';
import { SEED_MASTER, seedItems } from '../../src/domain/seed';

const items = seedItems('2026-04-01T00:00:00.000Z', 'a@b.jp').slice(0, 4);
const digital: UserContext = {
  email: 'tanaka@city.example.jp',
  isPlanOffice: false,
  departments: [items[0]!.department],
  canEditAll: false,
};

describe('the item list', () => {
  it('sends 担当課 as its master position, a department the master does not list as its text', () => {
    const typedByHand = { ...items[1]!, department: '手入力課' };
    const list = itemList('R4-H1', [items[0]!, typedByHand], new Set([typedByHand.id]), SEED_MASTER);
    const at = SEED_MASTER.departments.findIndex((d) => d.name === items[0]!.department);
    expect(list).toEqual({
      roundId: 'R4-H1',
      ids: [items[0]!.id, typedByHand.id],
      titles: [items[0]!.title, typedByHand.title],
      departments: [at, '手入力課'],
      reported: [1],
    });
    expect(listedItems(list, SEED_MASTER, digital)).toEqual([
      {
        id: items[0]!.id,
        title: items[0]!.title,
        department: items[0]!.department,
        reported: false,
        editable: true,
      },
      {
        id: typedByHand.id,
        title: typedByHand.title,
        department: '手入力課',
        reported: true,
        editable: false,
      },
    ]);
  });

  it('takes a saved item into the list in place, and a created one at the end, as a fresh list reads them', () => {
    const before = listedItems(itemList('R4-H1', items, new Set(), SEED_MASTER), SEED_MASTER, digital);
    const renamed = { ...items[2]!, title: '改名した取組' };
    const fresh = (all: typeof items, reported: string[]) =>
      listedItems(itemList('R4-H1', all, new Set(reported), SEED_MASTER), SEED_MASTER, digital);
    const replaced = [items[0]!, items[1]!, renamed, items[3]!];
    expect(withSaved(before, renamed, true, digital)).toEqual(fresh(replaced, [renamed.id]));
    const created = { ...items[0]!, id: '1-1-99', title: '新しい取組' };
    expect(withSaved(before, created, false, digital)).toEqual(fresh([...items, created], []));
  });
});
