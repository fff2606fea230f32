// Round trips through the built bundle: items created and edited, progress recorded with its history row, a
// retried request recorded once, and a stale save refused with who changed what.
import { itemInput } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import type { ItemDetail, MasterView, RecordProgressResult } from '../../src/domain/api';
import { withSaved } from '../../src/domain/item-list';
import { nextUnreported } from '../../src/domain/rounds';
import type { Item } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';
import { historyRows, item, listed, progress, registerRows } from '../support/items';

describe('items and progress', () => {
  it('create an item with the next free ID, never reusing a deleted one; edits bump the revision', () => {
    const env = setUpEnvironment();
    const created = ok<{ item: Item }>(env.scriptRun('saveItem', [itemInput()])).item;
    expect(created).toMatchObject({
      id: '1-2-04',
      revision: 1,
      status: '未着手',
      progress: 0,
      title: '窓口のオンライン予約',
    });
    // A user deletes the new row by hand: its ID stays in the history and is never issued again.
    env.spreadsheet.deleteRows(SHEETS.register, registerRows(env).findIndex((r) => r[0] === '1-2-04') + 1, 1);
    const next = ok<{ item: Item }>(env.scriptRun('saveItem', [itemInput()])).item;
    expect(next.id).toBe('1-2-05');
    const edited = ok<{ item: Item }>(
      env.scriptRun('saveItem', [
        itemInput({ id: '1-2-05', baseRevision: 1, title: '窓口予約のオンライン化' }),
      ]),
    ).item;
    expect(edited).toMatchObject({ revision: 2, title: '窓口予約のオンライン化' });
    expect(item(env, '1-2-05')).toMatchObject({
      title: '窓口予約のオンライン化',
      schedule: { '2022': '検討', '2023': '導入', '2024': '運用' },
      indicator: { name: 'オンライン予約件数', unit: '件', baseline: 0, target: 1200 },
      savingsPlan: { cut: 3000, revenue: null },
      relatedDepartments: ['企画政策課'],
    });
  });

  it('record progress as one history row plus the item row, shown as reported in its round', () => {
    const env = setUpEnvironment();
    const before = listed(env);
    const result = ok<RecordProgressResult>(env.scriptRun('recordProgress', [progress(env, '1-1-02')]));
    expect(result).toMatchObject({
      duplicate: false,
      item: { status: '実施中', progress: 40, grade: 'B', lastRoundId: 'R4-H1', revision: 2 },
    });
    // The sidebar's next item, from its list updated by the answer.
    const user = ok<MasterView>(env.scriptRun('getSummaryView', [])).user;
    const after = withSaved(before, result.item, true, user);
    expect(nextUnreported(after, user, new Set(after.filter((i) => i.reported).map((i) => i.id)))).toBe(
      '1-1-01',
    );
    expect(historyRows(env)).toHaveLength(21);
    expect(historyRows(env)[20]?.slice(2, 10)).toEqual([
      '進捗報告',
      expect.any(String),
      '1-1-02',
      2,
      'R4-H1',
      '実施中',
      40,
      'B',
    ]);
    const list = listed(env, { notReportedOnly: true });
    expect(list.map((i) => i.id)).not.toContain('1-1-02');
    expect(list).toHaveLength(19);
    const detail = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-02', 'R4-H1']));
    expect(detail.current?.activity).toBe('電子申請の対象手続を拡大した');
  });

  it('a retried request never makes a second history row', () => {
    const env = setUpEnvironment();
    const input = progress(env, '3-5-01');
    ok(env.scriptRun('recordProgress', [input]));
    const retry = ok<RecordProgressResult>(env.scriptRun('recordProgress', [input]));
    expect(retry.duplicate).toBe(true);
    expect(historyRows(env).filter((r) => r[3] === input.requestId)).toHaveLength(1);
    expect(item(env, '3-5-01').revision).toBe(2);
  });

  it('a save based on a stale revision is refused with who changed it and when, and writes nothing', () => {
    const env = setUpEnvironment();
    const first = progress(env, '4-7-01');
    const second = { ...progress(env, '4-7-01'), progress: 60 };
    ok(env.scriptRun('recordProgress', [first], { user: 'sato@city.gyoda.example.jp' }));
    const before = JSON.stringify(env.toJSON().spreadsheet);
    const refused = env.scriptRun('recordProgress', [second]) as {
      ok: false;
      error: { code: string; message: string; stale: { updatedBy: string; changes: { path: string }[] } };
    };
    expect(refused.error.code).toBe('stale');
    expect(refused.error.message).toContain('sato@city.gyoda.example.jp');
    expect(refused.error.stale.updatedBy).toBe('sato@city.gyoda.example.jp');
    expect(refused.error.stale.changes.map((c) => c.path)).toContain('progress');
    expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
  });
});
