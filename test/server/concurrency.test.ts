// Interleaved executions under the emulated lock: another user's save started in the middle of a save.
import type { RecordProgressResult } from '../../src/domain/api';
import { SHEETS } from '../../src/domain/sheet-names';
import { ok, progressReport, setUpEnvironment } from '../support/register';

const report = (itemId: string, requestId: string, baseRevision: number, progress: number) =>
  progressReport(itemId, requestId, baseRevision, { progress, activity: `進捗 ${progress}` });

describe('saves that overlap in time', () => {
  it('a save started while another holds the document lock is refused as busy and writes nothing', () => {
    const env = setUpEnvironment();
    let inner: unknown = null;
    env.onServiceCall((key) => {
      // Once the first save holds the lock and has read the register, a second user saves another item.
      if (key !== 'Range.setValues') return;
      env.onServiceCall(null);
      inner = env.scriptRun('recordProgress', [report('2-3-01', 'req-inner-0001', 1, 30)], {
        user: 'b@city.example.jp',
      });
    });
    const outer = ok<RecordProgressResult>(
      env.scriptRun('recordProgress', [report('1-1-01', 'req-outer-0001', 1, 50)]),
    );
    expect(outer.item.progress).toBe(50);
    expect(inner).toMatchObject({ ok: false, error: { code: 'busy' } });
    const history = env.spreadsheet.values(SHEETS.history).slice(1);
    expect(history.filter((r) => r[2] === '進捗報告').map((r) => r[4])).toEqual(['1-1-01']);
  });

  it('a save that waited and then runs on a stale revision is refused: no update is lost', () => {
    const env = setUpEnvironment();
    const first = ok<RecordProgressResult>(
      env.scriptRun('recordProgress', [report('1-1-01', 'req-first-0001', 1, 50)]),
    );
    const second = env.scriptRun('recordProgress', [report('1-1-01', 'req-second-001', 1, 70)], {
      user: 'b@city.example.jp',
    });
    expect(second).toMatchObject({ ok: false, error: { code: 'stale', stale: { revision: 2 } } });
    const header = env.spreadsheet.values(SHEETS.register)[0] as string[];
    const row = env.spreadsheet.values(SHEETS.register).find((r) => r[0] === '1-1-01') as unknown[];
    expect(row[header.indexOf('進捗率(%)')]).toBe(first.item.progress);
  });
});
