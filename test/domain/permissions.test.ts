// Permissions: plan office, department members by e-mail or group, and everyone while nothing is mapped.
import { canEditItem, userContext } from '../../src/domain/permissions';
import type { Master } from '../../src/domain/schemas';
import { SEED_MASTER } from '../../src/domain/seed';

const mapped: Master = {
  ...SEED_MASTER,
  planOffice: ['office@city.jp'],
  departments: [
    { name: '財政課', members: ['Zai@City.jp'] },
    { name: '税務課', members: ['zeimu-group@city.jp'] },
    { name: '人事課', members: [] },
  ],
};
const groups: Record<string, string[]> = { 'zeimu-group@city.jp': ['tax@city.jp'] };
const isMember = (group: string, email: string) => groups[group]?.includes(email) ?? false;

describe('permissions', () => {
  it('lets everyone do everything when nothing is mapped', () => {
    const user = userContext(SEED_MASTER, 'anyone@example.jp', () => false);
    expect(user).toEqual({
      email: 'anyone@example.jp',
      isPlanOffice: false,
      departments: [],
      canEditAll: true,
    });
    expect(canEditItem(user, '財政課')).toBe(true);
  });

  it.each([
    ['OFFICE@city.jp', true, [], { 財政課: true, 税務課: true, 人事課: true }],
    ['zai@city.jp', false, ['財政課'], { 財政課: true, 税務課: false, 人事課: false }],
    ['tax@city.jp', false, ['税務課'], { 財政課: false, 税務課: true, 人事課: false }],
    ['stranger@city.jp', false, [], { 財政課: false, 税務課: false, 人事課: false }],
  ])('%s', (email, isPlanOffice, departments, can) => {
    const user = userContext(mapped, email, isMember);
    expect(user.isPlanOffice).toBe(isPlanOffice);
    expect(user.departments).toEqual(departments);
    expect(user.canEditAll).toBe(isPlanOffice);
    for (const [department, allowed] of Object.entries(can))
      expect(canEditItem(user, department)).toBe(allowed);
  });

  it('counts a plan office alone as a mapping, and asks about each group once', () => {
    const officeOnly = { ...SEED_MASTER, planOffice: ['office@city.jp'] };
    expect(userContext(officeOnly, 'staff@city.jp', () => false).canEditAll).toBe(false);
    const asked: string[] = [];
    const twice = {
      ...mapped,
      departments: [...mapped.departments, { name: '企画政策課', members: ['zeimu-group@city.jp'] }],
    };
    const user = userContext(twice, 'tax@city.jp', (g, e) => {
      asked.push(g);
      return isMember(g, e);
    });
    expect(user.departments).toEqual(['税務課', '企画政策課']);
    expect(asked.filter((g) => g === 'zeimu-group@city.jp')).toHaveLength(1);
  });
});
