// Test users mapped in マスタ as a plan office would type them: 行革担当 addresses and department members.
import type { Environment } from '../../emulator';
import { assignMembers, assignPlanOffice } from '../../harness/sheet-cells';

export interface Mapping {
  planOffice: string[];
  departments: Record<string, string[]>;
}

/** Writes the mapping into マスタ host-side (a hand edit, not counted as a script call). */
export function mapUsers(env: Environment, mapping: Mapping): void {
  assignPlanOffice(env, mapping.planOffice);
  for (const [department, members] of Object.entries(mapping.departments))
    assignMembers(env, department, members);
}
