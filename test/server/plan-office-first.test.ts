// Department members before any 行革担当 lock everyone unlisted out (permissions.ts), so the add-on warns first:
// set-up's answer says to list the 行革担当 first while マスタ has none, and typing a department member into マスタ
// while 行革担当 is empty marks the 行革担当 cell and toasts the same warning, gone once a 行革担当 is typed.

import { Environment } from '../../emulator';
import { columnLetter } from '../../emulator/spreadsheet/a1';
import { DIST, ok, PLAN_OFFICE, START, setUpEnvironment } from '../../harness/register';
import type { SetupResult } from '../../src/domain/api';
import { MASTER_BLOCKS } from '../../src/domain/master-codec';
import { MASTER_MESSAGES } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';
import { newPlan } from '../support/new-plan';

const DIGITAL = 'tanaka@city.gyoda.example.jp';

/** The A1 of a master row's second cell in a block, the row found by its first cell. */
function masterCell(env: Environment, block: keyof typeof MASTER_BLOCKS, first: (text: string) => boolean) {
  const column = MASTER_BLOCKS[block].column;
  const row = env.spreadsheet.values(SHEETS.master).findIndex((r) => first(String(r[column - 1])));
  if (row < 1) throw new Error(`no such row in ${block}`);
  return `${columnLetter(column + 1)}${row + 1}`;
}

describe('set-up', () => {
  it('says to list the 行革担当 first while マスタ lists none, in the menu alert too', () => {
    const env = Environment.create({ distDir: DIST, now: START, user: PLAN_OFFICE });
    // The 行田市 sample lists no 行革担当 (every editor may do everything until a mapping is typed).
    expect(ok<SetupResult>(env.scriptRun('setupRegister', [null])).planOfficeMissing).toBe(true);
    env.run('menuSetup', [], { authMode: 'FULL' });
    expect(env.services.ui.alerts.at(-1)?.prompt).toContain(MASTER_MESSAGES.planOfficeFirst);
  });

  it('says nothing of it once a 行革担当 is listed (a new plan lists the user who set it up)', () => {
    const env = Environment.create({ distDir: DIST, now: START, user: PLAN_OFFICE });
    const result = ok<SetupResult>(env.scriptRun('setupRegister', [newPlan()]));
    expect(result).toMatchObject({ planOfficeAdded: PLAN_OFFICE, planOfficeMissing: false });
    env.run('menuSetup', [], { authMode: 'FULL' });
    expect(env.services.ui.alerts.at(-1)?.prompt).toContain('セットアップが完了しました');
    expect(env.services.ui.alerts.at(-1)?.prompt).not.toContain(MASTER_MESSAGES.planOfficeFirst);
  });
});

describe('マスタ edited by hand', () => {
  it('marks and toasts a department member typed while 行革担当 is empty, and clears it when one is typed', () => {
    const env = setUpEnvironment();
    const planOffice = masterCell(env, 'settings', (t) => t.startsWith('行革担当'));
    const members = masterCell(env, 'departments', (t) => t === 'デジタル推進課');
    const toasts = env.services.ui.toasts.length;
    env.userEdit(SHEETS.master, members, DIGITAL);
    const warning = MASTER_MESSAGES.membersWithoutPlanOffice(`${SHEETS.master}!${planOffice}`);
    expect(env.services.ui.toasts.slice(toasts)).toEqual([{ title: SHEETS.master, message: warning }]);
    expect(env.spreadsheet.cell(SHEETS.master, planOffice)?.note).toContain(warning);
    expect(env.triggerErrors).toEqual([]);

    env.userEdit(SHEETS.master, planOffice, PLAN_OFFICE);
    expect(env.spreadsheet.cell(SHEETS.master, planOffice)?.note ?? '').not.toContain(warning);
    expect(env.services.ui.toasts).toHaveLength(toasts + 1);
  });
});
