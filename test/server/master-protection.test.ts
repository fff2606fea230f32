// マスタ is protected for real: set-up/repair protects the whole sheet (not warning-only, no domain-wide edit) with
// the plan office and the user running set-up (the owner or a plan-office member) as its only editors, keeps that
// list in step with 行革担当, and says so in its result. Enforcement itself is the emulation's (and Sheets') job.
import type { Environment } from '../../emulator';
import { DEPT_A, DEPT_B, ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import { membersCell, planOfficeCell } from '../../harness/sheet-cells';
import type { ApiResult, SetupResult } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';
import { formOf, item, listed } from '../support/items';
import { mapUsers } from '../support/roles';
import { stateHash } from '../support/server-functions';

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

describe('finding 1: a department member cannot make themselves plan office by typing into マスタ', () => {
  function mapped(): Environment {
    const env = setUpEnvironment();
    mapUsers(env, {
      planOffice: [PLAN_OFFICE],
      departments: { [DEPT_A.department]: [DEPT_A.user], [DEPT_B.department]: [DEPT_B.user] },
    });
    setup(env, PLAN_OFFICE);
    return env;
  }

  /** DEPT_A types their address into 行革担当 and into DEPT_B's members, then saves DEPT_B's first item. */
  function attack(env: Environment): ApiResult<unknown> {
    const asA = { user: DEPT_A.user };
    for (const cell of [planOfficeCell(env), membersCell(env, DEPT_B.department)]) {
      try {
        env.userEdit(SHEETS.master, cell, DEPT_A.user, asA);
      } catch {
        // Refused by Sheets: the attack goes on with the save.
      }
    }
    const target = item(env, listed(env, { department: DEPT_B.department })[0]?.id ?? '');
    return env.scriptRun(
      'saveItem',
      [formOf(target, { title: `${target.title}（乗っ取り）` })],
      asA,
    ) as ApiResult<unknown>;
  }

  it('Sheets refuses the typing, マスタ and the register stay as they were, and the save is forbidden', () => {
    const env = mapped();
    const before = stateHash(env);
    expect(() =>
      env.userEdit(SHEETS.master, planOfficeCell(env), DEPT_A.user, { user: DEPT_A.user }),
    ).toThrow('You are trying to edit a protected cell or object.');
    expect(stateHash(env)).toBe(before);
    expect(attack(env)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(stateHash(env)).toBe(before);
  });

  it('the protection is what holds: with マスタ only warning-protected, as the red team found it, the same attack succeeds', () => {
    const env = mapped();
    for (const { id } of masterProtections(env))
      env.spreadsheet.editProtection(id, { warningOnly: true, editors: [] });
    expect(attack(env)).toMatchObject({ ok: true });
  });
});
