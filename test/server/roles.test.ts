// Who may do what, through the built bundle: once マスタ maps people, only the plan office runs what writes for the
// whole plan (set-up, 集計, the meeting report); a department user or an outsider is refused in Japanese and
// nothing changes; with no mapping every editor may do everything; anyone may read the figures.
import type { Environment } from '../../emulator';
import { reportRequest } from '../../harness/payloads';
import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import type { ApiResult, MasterView, Summary } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';
import { mapUsers } from '../support/roles';
import { stateHash } from '../support/server-functions';

const DEPT_USER = 'tanaka@city.gyoda.example.jp';
const OUTSIDER = 'someone@elsewhere.example.com';

const PLAN_OFFICE_CALLS: [string, unknown[]][] = [
  ['setupRegister', []],
  ['refreshSummary', [null]],
  ['generateReport', [reportRequest()]],
];

function refused(env: Environment, fn: string, args: unknown[], user: string) {
  const before = stateHash(env);
  const result = env.scriptRun(fn, args, { user }) as ApiResult<unknown>;
  expect({ fn, user, ok: result.ok }).toEqual({ fn, user, ok: false });
  expect(stateHash(env)).toBe(before);
  return result.ok ? null : result.error;
}

describe('plan-office functions', () => {
  it.each(PLAN_OFFICE_CALLS)(
    '%s is refused for a department user and an outsider once people are mapped',
    (fn, args) => {
      const env = setUpEnvironment();
      mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { デジタル推進課: [DEPT_USER] } });
      for (const user of [DEPT_USER, OUTSIDER, '']) {
        const error = refused(env, fn, args, user);
        expect(error?.code).toBe('forbidden');
        expect(error?.message).toContain('行革担当');
      }
      ok(env.scriptRun(fn, args, { user: PLAN_OFFICE }));
    },
  );

  it('the menu item 台帳のセットアップ・修復 tells a department user why, and changes nothing', () => {
    const env = setUpEnvironment();
    mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { デジタル推進課: [DEPT_USER] } });
    const registerBefore = JSON.stringify(env.spreadsheet.values(SHEETS.register));
    env.run('menuSetup', [], { user: DEPT_USER, authMode: 'FULL' });
    const alerts = env.services.ui.alerts;
    expect(alerts[alerts.length - 1]?.prompt).toContain('行革担当');
    expect(JSON.stringify(env.spreadsheet.values(SHEETS.register))).toBe(registerBefore);
  });

  it.each(PLAN_OFFICE_CALLS)(
    '%s is open to every editor while nobody is mapped (a small town)',
    (fn, args) => {
      const env = setUpEnvironment();
      ok(env.scriptRun(fn, args, { user: OUTSIDER }));
    },
  );

  it('anyone may read the figures without writing anything, and the first answer says what they may do', () => {
    const env = setUpEnvironment();
    mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { デジタル推進課: [DEPT_USER] } });
    const written = ok<Summary>(env.scriptRun('refreshSummary', ['R4-H1'], { user: PLAN_OFFICE }));
    const before = stateHash(env);
    const read = ok<Summary>(env.scriptRun('getSummary', ['R4-H1'], { user: DEPT_USER }));
    expect(read).toEqual(written);
    expect(stateHash(env)).toBe(before);
    const dept = ok<MasterView>(env.scriptRun('getSummaryView', [], { user: DEPT_USER })).user;
    expect(dept).toMatchObject({ isPlanOffice: false, canEditAll: false, departments: ['デジタル推進課'] });
    const office = ok<MasterView>(env.scriptRun('getSummaryView', [], { user: PLAN_OFFICE })).user;
    expect(office).toMatchObject({ isPlanOffice: true, canEditAll: true });
  });
});
