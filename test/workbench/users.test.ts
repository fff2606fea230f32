// The page's user switcher offers the plan office and department members written in マスタ.

import { testClock } from '../../harness/clock';
import { masterToGrid } from '../../src/domain/master-codec';
import { SEED_MASTER } from '../../src/domain/seed';
import { SHEETS } from '../../src/domain/sheet-names';
import { startWorkbench } from '../../workbench/server';

it('lists the plan office and every department member from マスタ', async () => {
  const wb = await startWorkbench({ port: 0, clock: testClock(), stateFile: null, fresh: true });
  try {
    const [first, second] = SEED_MASTER.departments;
    const master = {
      ...SEED_MASTER,
      planOffice: ['gyokaku@city.example.jp'],
      departments: [
        { ...first!, members: ['a@city.example.jp', 'b@city.example.jp'] },
        { ...second!, members: ['c@city.example.jp'] },
        ...SEED_MASTER.departments.slice(2),
      ],
    };
    wb.env.spreadsheet.edit(SHEETS.master, 1, 1, masterToGrid(master));
    const view = (await (await fetch(`${wb.url}/api/view`)).json()) as { users: unknown };
    expect(view.users).toEqual([
      { email: 'gyokaku@city.example.jp', role: '行革担当' },
      { email: 'a@city.example.jp', role: first!.name },
      { email: 'b@city.example.jp', role: first!.name },
      { email: 'c@city.example.jp', role: second!.name },
    ]);
  } finally {
    await wb.close();
  }
});
