// Department permissions through the built bundle: department staff save only their own department's items.
import { DEPT_A, ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import { assignMembers, assignPlanOffice } from '../../harness/sheet-cells';
import type { RecordProgressResult } from '../../src/domain/api';
import { listed, progress } from '../support/items';

describe('permissions', () => {
  it("department staff may save only their own department's items", () => {
    const env = setUpEnvironment();
    assignMembers(env, DEPT_A.department, [DEPT_A.user]);
    assignPlanOffice(env, [PLAN_OFFICE]);
    const own = ok<RecordProgressResult>(
      env.scriptRun('recordProgress', [progress(env, '1-1-01')], { user: DEPT_A.user }),
    );
    expect(own.item.updatedBy).toBe(DEPT_A.user);
    const other = env.scriptRun('recordProgress', [progress(env, '2-3-01')], { user: DEPT_A.user }) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(other.error.code).toBe('forbidden');
    expect(other.error.message).toContain('権限がありません');
    const list = listed(env, {}, { user: DEPT_A.user });
    expect(list.filter((i) => i.editable).every((i) => i.department === 'デジタル推進課')).toBe(true);
    expect(listed(env).every((i) => i.editable)).toBe(true);
  });
});
