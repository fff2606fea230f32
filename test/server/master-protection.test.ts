// マスタ is protected for real: set-up/repair protects the whole sheet (not warning-only, no domain-wide edit) with
// the plan office and the user running set-up (the owner or a plan-office member) as its only editors, keeps that
// list in step with 行革担当, and says so in its result. Enforcement itself is the emulation's (and Sheets') job.
import type { Environment } from '../../emulator';
import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import type { SetupResult } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';
import { mapUsers } from '../support/roles';

const SECOND = 'suzuki@city.gyoda.example.jp';
const DEPT_USER = 'tanaka@city.gyoda.example.jp';

function masterProtections(env: Environment) {
  const sheetId = env.spreadsheet.sheet(SHEETS.master).id;
  return env.spreadsheet.protections().filter((p) => p.range.sheetId === sheetId);
}

function onlyMasterProtection(env: Environment) {
  const found = masterProtections(env);
  expect(found).toHaveLength(1);
  const [protection] = found;
  expect(protection).toMatchObject({ type: 'SHEET', warningOnly: false, domainEdit: false });
  return protection!;
}

const setup = (env: Environment, user: string) =>
  ok<SetupResult>(env.scriptRun('setupRegister', [], { user }));

it('a new register protects マスタ for real, with the user who set it up as its editor while nobody is mapped', () => {
  const env = setUpEnvironment();
  expect(onlyMasterProtection(env).editors).toEqual([PLAN_OFFICE]);
});

it('repair keeps the editors in step with 行革担当: added, removed, and hand-added editors dropped, and says so', () => {
  const env = setUpEnvironment();
  mapUsers(env, { planOffice: [PLAN_OFFICE, SECOND], departments: { デジタル推進課: [DEPT_USER] } });
  const first = setup(env, PLAN_OFFICE);
  expect([...onlyMasterProtection(env).editors].sort()).toEqual([PLAN_OFFICE, SECOND].sort());
  expect(first.masterEditors.sort()).toEqual([PLAN_OFFICE, SECOND].sort());
  expect(first.repaired).toContain(`${SHEETS.master}!保護`);

  // Someone added a department member as an editor by hand: the next repair removes them.
  const protection = onlyMasterProtection(env);
  env.spreadsheet.editProtection(protection.id, { editors: [...protection.editors, DEPT_USER] });
  mapUsers(env, { planOffice: [SECOND], departments: {} });
  const second = setup(env, SECOND);
  expect(onlyMasterProtection(env).editors).toEqual([SECOND]);
  expect(second.masterEditors).toEqual([SECOND]);
  expect(second.repaired).toContain(`${SHEETS.master}!保護`);

  // Nothing to change: nothing reported.
  expect(setup(env, SECOND).repaired).not.toContain(`${SHEETS.master}!保護`);
});

it('a protection made warning-only or opened to the domain by hand is made real again', () => {
  const env = setUpEnvironment();
  env.spreadsheet.editProtection(onlyMasterProtection(env).id, { warningOnly: true, domainEdit: true });
  expect(setup(env, PLAN_OFFICE).repaired).toContain(`${SHEETS.master}!保護`);
  onlyMasterProtection(env);
});

it('the set-up message names the editors of マスタ', () => {
  const env = setUpEnvironment();
  env.run('menuSetup', [], { user: PLAN_OFFICE, authMode: 'FULL' });
  expect(env.services.ui.alerts.at(-1)?.prompt).toContain(`マスタを編集できる方: ${PLAN_OFFICE}`);
});
