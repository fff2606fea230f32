// One definition of "reported in a round" (a progress entry of that round), and the rounds a request refers to.
import type { UserContext } from '../../src/domain/api';
import { itemReports, latestReportsIn, reportedIn } from '../../src/domain/history';
import { Refusal } from '../../src/domain/refusal';
import { defaultRoundId, nextUnreported, resolveRound } from '../../src/domain/rounds';
import { SEED_MASTER, seedItems } from '../../src/domain/seed';
import { progressEntry } from '../support/history';

const history = [
  progressEntry('1-1-02', 'R4-H1', { grade: 'B' }),
  progressEntry('1-1-02', 'R4-H2', { grade: 'A' }),
  progressEntry('1-1-01', 'R4-H1', { grade: 'C' }),
  progressEntry('1-1-01', 'R4-H1', { grade: 'A' }),
  { ...progressEntry('1-1-03', 'R4-H1', {}), kind: 'update' as const },
];
const everyone: UserContext = { email: 'a@b.jp', isPlanOffice: true, departments: [], canEditAll: true };

describe('reports in a round', () => {
  it('counts an item reported in the round even when its latest report is of a later round', () => {
    expect([...reportedIn(history, 'R4-H1')].sort()).toEqual(['1-1-01', '1-1-02']);
    expect([...reportedIn(history, 'R4-H2')]).toEqual(['1-1-02']);
  });

  it('takes the latest report of each item in the round; edits are not reports', () => {
    expect(latestReportsIn(history, 'R4-H1').get('1-1-01')?.grade).toBe('A');
    expect(latestReportsIn(history, 'R4-H1').has('1-1-03')).toBe(false);
  });

  it("gives an item's report in the round and its latest report of another round", () => {
    const { current, previous } = itemReports(history, '1-1-02', 'R4-H1');
    expect([current?.grade, previous?.roundId]).toEqual(['B', 'R4-H2']);
    expect(itemReports(history, '1-1-03', 'R4-H1')).toEqual({ current: null, previous: null });
  });
});

describe('rounds', () => {
  const items = seedItems('2026-11-25T10:00:00+09:00', 'a@b.jp');

  it('offers the first item, in register order, the user may report and that is not reported', () => {
    expect(nextUnreported(items, everyone, reportedIn(history, 'R4-H1'))).toBe('1-1-03');
    const staff = {
      ...everyone,
      isPlanOffice: false,
      canEditAll: false,
      departments: [items[5]?.department ?? ''],
    };
    const own = items.filter((i) => i.department === staff.departments[0]).map((i) => i.id);
    expect(nextUnreported(items, staff, new Set(own))).toBeNull();
  });

  it('defaults to the current round, else the first, and refuses a round the master does not list', () => {
    expect(defaultRoundId(SEED_MASTER)).toBe('R4-H1');
    expect(defaultRoundId({ rounds: [...SEED_MASTER.rounds].reverse() })).toBe('R6-H2');
    expect(defaultRoundId({ currentRoundId: 'R5-H1', rounds: SEED_MASTER.rounds })).toBe('R5-H1');
    expect(resolveRound(SEED_MASTER, null)).toBe('R4-H1');
    expect(resolveRound(SEED_MASTER, 'R5-H2')).toBe('R5-H2');
    expect(() => resolveRound(SEED_MASTER, 'R9-H9')).toThrow(Refusal);
    expect(() => resolveRound(SEED_MASTER, 3)).toThrow(Refusal);
  });
});
