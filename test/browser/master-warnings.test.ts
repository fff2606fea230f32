// A bad マスタ cell seen by a person: the progress and 検証 sidebars still open and work, and say which cell to fix.

import { chromiumForTests, withWorkbench } from '../../harness/browser';
import { PLAN_OFFICE } from '../../harness/register';
import { openSidebarFromMenu } from '../../harness/workbench-sidebar';
import { columnLetter } from '../../src/domain/a1';
import { MASTER_BLOCKS } from '../../src/domain/master-codec';
import { MENU, VALIDATION } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

jest.setTimeout(120_000);

const browser = chromiumForTests();
const DUE = `${columnLetter(MASTER_BLOCKS.rounds.column + 3)}2`;

it('a bad 締切日: the progress and 検証 sidebars open, list their items and name the cell', () =>
  withWorkbench(browser(), { fresh: true, user: PLAN_OFFICE }, async ({ page: workbench, wb }) => {
    wb.env.userEdit(SHEETS.master, DUE, '来週の金曜');
    const progress = await openSidebarFromMenu(workbench, MENU.progress);
    await progress
      .getByRole('note')
      .filter({ hasText: `マスタ!${DUE} の締切日「来週の金曜」` })
      .waitFor();
    await progress.getByText('電子申請サービスの拡大').first().waitFor();
    const validate = await openSidebarFromMenu(workbench, MENU.validate);
    await validate.getByRole('button', { name: VALIDATION.run }).click();
    await validate.getByText(/20行を検証しました。/).waitFor();
    await validate
      .getByRole('note')
      .filter({ hasText: `マスタ!${DUE}` })
      .waitFor();
  }));
