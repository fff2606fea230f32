// Who may edit what: the plan office everything, department staff their department's items, everyone while unmapped.
import type { UserContext } from './api';
import { SIDEBAR } from './messages/sidebar';
import type { Master } from './schemas';

const normalize = (email: string) => email.trim().toLowerCase();

/**
 * The user's rights from the master. A department member is listed by e-mail or by the address of a Google group
 * the user belongs to (`isMemberOfGroup` asks the groups service; it is not called for the user's own address).
 */
export function userContext(
  master: Pick<Master, 'departments' | 'planOffice'>,
  email: string,
  isMemberOfGroup: (group: string, email: string) => boolean,
): UserContext {
  const me = normalize(email);
  // Session gives '' in simple triggers and across domains: an unknown user is nobody, even while unmapped.
  if (me === '') return { email: '', isPlanOffice: false, departments: [], canEditAll: false };
  // Each group lookup may be a service call: ask once per distinct address.
  const groupAnswers = new Map<string, boolean>();
  const matches = (member: string) => {
    const address = normalize(member);
    if (address === me) return true;
    let answer = groupAnswers.get(address);
    if (answer === undefined) {
      answer = isMemberOfGroup(address, me);
      groupAnswers.set(address, answer);
    }
    return answer;
  };
  const isPlanOffice = master.planOffice.some(matches);
  const departments = master.departments.filter((d) => d.members.some(matches)).map((d) => d.name);
  const mappingConfigured =
    master.planOffice.length > 0 || master.departments.some((d) => d.members.length > 0);
  return { email: me, isPlanOffice, departments, canEditAll: isPlanOffice || !mappingConfigured };
}

/**
 * Department members listed while no 行革担当 is: a mapping without a plan office, so nobody may run the plan office's
 * tasks and everyone unlisted is read-only (lockedOutReason). マスタ marks it and set-up warns before it happens.
 */
export const membersWithoutPlanOffice = (master: Pick<Master, 'departments' | 'planOffice'>): boolean =>
  master.planOffice.length === 0 && master.departments.some((d) => d.members.length > 0);

/** Whether the user may edit and report an item of the given department. */
export function canEditItem(user: UserContext, department: string): boolean {
  return user.canEditAll || user.departments.includes(department.trim());
}

/**
 * Whether the user may run what writes for the whole plan (set-up/repair, 集計, the meeting report): the plan
 * office, or everyone while no mapping is configured — the same users as canEditAll.
 */
export function mayRunPlanOfficeTasks(user: UserContext): boolean {
  return user.canEditAll;
}

/**
 * Why a user may edit nothing at all, and whom to ask; null when the user may edit something. A user no mapping
 * names sees everything read-only once any mapping exists (even one department member typed before any 行革担当).
 */
export function lockedOutReason(user: UserContext, master: Pick<Master, 'planOffice'>): string | null {
  if (user.canEditAll || user.departments.length > 0) return null;
  return master.planOffice.length > 0
    ? SIDEBAR.notInMaster(master.planOffice)
    : SIDEBAR.notInMasterNoPlanOffice;
}
