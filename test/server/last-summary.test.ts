// The 集計 sidebar opens on the last 集計 (issue 19): refreshSummary keeps its answer in DocumentProperties, and
// getSummaryView gives it back with the master view in one cheap call that reads no register row.
import { growRegister, ok, setUpEnvironment } from '../../harness/register';
import type { Summary, SummaryView } from '../../src/domain/api';

jest.setTimeout(120_000);

describe('the last 集計', () => {
  it('is none before the first 集計, then the very answer of the last refreshSummary, at 20 and 1,000 items', () => {
    const reads = [20, 1000].map((items) => {
      const env = setUpEnvironment();
      growRegister(env, items);
      expect(ok<SummaryView>(env.scriptRun('getSummaryView', [])).last).toBeNull();
      ok<Summary>(env.scriptRun('refreshSummary', ['R5-H2']));
      const written = ok<Summary>(env.scriptRun('refreshSummary', ['R4-H1']));
      env.calls.reset();
      const view = ok<SummaryView>(env.scriptRun('getSummaryView', []));
      const { total, cells } = env.calls.snapshot();
      expect(view.last?.summary).toEqual(written);
      expect(view.last?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
      expect(view.master.rounds.length).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(10);
      return cells.read;
    });
    // The master block only, whatever the register's size: no register row is read to open the sidebar.
    expect(reads[1]).toBe(reads[0]);
  });

  it('costs refreshSummary the same calls at 20 and 1,000 items (the answer split over keys in one call)', () => {
    const calls = (items: number) => {
      const env = setUpEnvironment();
      growRegister(env, items);
      env.calls.reset();
      ok(env.scriptRun('refreshSummary', [null]));
      return env.calls.snapshot().total;
    };
    expect(calls(1000)).toBe(calls(20));
  });
});
