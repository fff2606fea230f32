// An item's life in the plan (異動) through the built bundle: merged (統合) and abolished (廃止) items leave the
// grading from their round on but stay in the register and the history; a completed (完了) item's report stands in
// later rounds; an item added mid-plan counts from its round; a cross-listed (再掲) item appears under a second
// reform and is counted once; refusals (other users, bad targets, stale forms) change nothing; a retry adds nothing.
import type { Environment } from '../../emulator';
import { itemInput, progressReport, reportRequest } from '../../harness/payloads';
import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import { registerValue } from '../../harness/sheet-cells';
import type { ApiResult, ItemDetail, ReportResult, RoundsView, Summary } from '../../src/domain/api';
import { instantText } from '../../src/domain/instant-cells';
import { LIFECYCLE, REPORT } from '../../src/domain/messages';
import type { Item, LifecycleInput } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';
import { bodyView, tableAfter } from '../support/document-view';
import { listed } from '../support/items';
import { mapUsers } from '../support/roles';
import { stateHash } from '../support/server-functions';

jest.setTimeout(60_000);

const DIGITAL = 'tanaka@city.gyoda.example.jp';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${String(++sequence).padStart(6, '0')}`;

const item = (env: Environment, id: string) =>
  ok<ItemDetail>(env.scriptRun('getItem', [id, null], { user: PLAN_OFFICE })).item;

function change(env: Environment, itemId: string, patch: Partial<LifecycleInput>, user = PLAN_OFFICE) {
  const input: LifecycleInput = {
    requestId: nextId('lifecycle'),
    itemId,
    baseRevision: item(env, itemId).revision,
    lifecycle: 'active',
    roundId: '',
    mergedInto: '',
    crossListedReformNo: null,
    ...patch,
  };
  return env.scriptRun('changeLifecycle', [input], { user }) as ApiResult<{ item: Item; duplicate: boolean }>;
}

function report(env: Environment, itemId: string, patch = {}) {
  ok(
    env.scriptRun('recordProgress', [
      progressReport(itemId, nextId('req-life'), item(env, itemId).revision, patch),
    ]),
  );
}

const summary = (env: Environment, roundId: string) => ok<Summary>(env.scriptRun('getSummary', [roundId]));
const unreportedIds = (env: Environment, roundId: string) =>
  ok<RoundsView>(env.scriptRun('getRoundsView', [roundId])).unreported.flatMap((g) =>
    g.items.map((i) => i.id),
  );
const historyKinds = (env: Environment) => env.spreadsheet.values(SHEETS.history).map((r) => r[2]);

describe('統合 and 廃止', () => {
  it('a merged item leaves the grading from its round on, and stays in the register and the history', () => {
    const env = setUpEnvironment();
    const before = summary(env, 'R4-H1');
    const merged = ok<{ item: Item }>(
      change(env, '1-1-02', { lifecycle: 'merged', roundId: 'R4-H1', mergedInto: '1-1-01' }),
    );
    expect(merged.item).toMatchObject({ lifecycle: '統合', lifecycleRoundId: 'R4-H1', mergedInto: '1-1-01' });
    expect(registerValue(env, '1-1-02', '異動')).toBe('統合');
    expect(registerValue(env, '1-1-02', '統合先')).toBe('1-1-01');
    expect(historyKinds(env).at(-1)).toBe('異動');
    const after = summary(env, 'R4-H1');
    expect(after.total.items).toBe(before.total.items - 1);
    expect(after.coverage.due).toBe(before.coverage.due - 1);
    expect(unreportedIds(env, 'R4-H1')).not.toContain('1-1-02');
    // Still in the record: the register's list and its own history.
    expect(listed(env).map((i) => i.id)).toContain('1-1-02');
  });

  it('an item abolished from a later round is still graded in the rounds before it', () => {
    const env = setUpEnvironment();
    const h1 = summary(env, 'R4-H1').total.items;
    const h2 = summary(env, 'R4-H2').total.items;
    ok(change(env, '1-1-02', { lifecycle: 'abolished', roundId: 'R4-H2' }));
    expect(summary(env, 'R4-H1').total.items).toBe(h1);
    expect(summary(env, 'R4-H2').total.items).toBe(h2 - 1);
    expect(unreportedIds(env, 'R4-H1')).toContain('1-1-02');
    expect(unreportedIds(env, 'R4-H2')).not.toContain('1-1-02');
  });

  it('the meeting report leaves out a merged item', () => {
    const env = setUpEnvironment();
    ok(change(env, '1-1-02', { lifecycle: 'merged', roundId: 'R4-H1', mergedInto: '1-1-01' }));
    const result = ok<ReportResult>(
      env.scriptRun('generateReport', [
        {
          roundId: 'R4-H1',
          meetingName: '本部会議',
          meetingDate: '2026-12-01',
          documentNo: '',
          templateDocId: '',
        },
      ]),
    );
    const text = JSON.stringify(bodyView(env.documents.dump(result.documentId)));
    expect(text).toContain('1-1-01');
    expect(text).not.toContain('1-1-02');
  });
});

describe('完了, 追加 and 再掲', () => {
  it("a completed item's report stands in later rounds: not 未報告 there, counted with its status", () => {
    const env = setUpEnvironment();
    report(env, '1-1-01', { status: '完了', progress: 100, grade: 'A' });
    ok(change(env, '1-1-01', { lifecycle: 'completed', roundId: 'R4-H1' }));
    expect(unreportedIds(env, 'R4-H2')).not.toContain('1-1-01');
    const h2 = summary(env, 'R4-H2');
    expect(h2.total.byStatus['完了']).toBe(1);
    expect(h2.coverage.reported).toBe(1);
    // In its own round it is graded as reported, like any item.
    expect(summary(env, 'R4-H1').coverage.reported).toBe(1);
  });

  it('an item added mid-plan records its round and counts from then on', () => {
    const env = setUpEnvironment();
    ok(
      env.scriptRun('openRound', [
        {
          requestId: 'open-life-0001',
          roundId: 'R7-H1',
          label: '令和7年度 上半期',
          fiscalYear: 2025,
          dueDate: '2025-09-30',
        },
      ]),
    );
    const h1 = summary(env, 'R4-H1').total.items;
    const created = ok<{ item: Item }>(
      env.scriptRun('saveItem', [itemInput({ requestId: 'create-life-0001' })]),
    ).item;
    expect(created.addedRoundId).toBe('R7-H1');
    expect(registerValue(env, created.id, '追加報告回')).toBe('R7-H1');
    expect(summary(env, 'R4-H1').total.items).toBe(h1);
    expect(unreportedIds(env, 'R4-H1')).not.toContain(created.id);
    expect(unreportedIds(env, 'R7-H1')).toContain(created.id);
    expect(summary(env, 'R7-H1').total.items).toBe(h1 + 1);
  });

  it('a cross-listed item appears under its second reform and is counted once', () => {
    const env = setUpEnvironment();
    report(env, '1-1-01', { grade: 'B' });
    const before = summary(env, 'R4-H1');
    const own = item(env, '1-1-01');
    const second = own.reformNo === 2 ? 3 : 2;
    ok(change(env, '1-1-01', { crossListedReformNo: second }));
    const after = summary(env, 'R4-H1');
    const reform = (s: Summary, no: number) => s.byReform.find((r) => r.reformNo === no);
    expect(reform(after, second)?.items).toBe((reform(before, second)?.items ?? 0) + 1);
    expect(reform(after, own.reformNo)?.items).toBe(reform(before, own.reformNo)?.items);
    expect(after.total).toEqual(before.total);
    expect(after.byPillar).toEqual(before.byPillar);
    const result = ok<ReportResult>(
      env.scriptRun('generateReport', [
        {
          roundId: 'R4-H1',
          meetingName: '本部会議',
          meetingDate: '2026-12-01',
          documentNo: '',
          templateDocId: '',
        },
      ]),
    );
    const appendix = tableAfter(env.documents.dump(result.documentId), REPORT.sections.appendix);
    const rows = appendix.filter((r) => r[0] === '1-1-01');
    expect(rows.map((r) => r[1])).toEqual([own.title, `${own.title}${LIFECYCLE.crossListedMark}`]);
  });
});

describe('a past meeting', () => {
  it('a report made again after a merge and a 再掲 shows what it showed, figure for figure', () => {
    const env = setUpEnvironment();
    report(env, '1-1-02', { grade: 'B' });
    const original = ok<ReportResult>(env.scriptRun('generateReport', [reportRequest()]));
    const loggedAt = instantText(env.spreadsheet.values(SHEETS.reportLog).at(-1)?.[0] as Date);
    env.syncClock(env.now + 60_000);
    ok(
      change(env, '1-1-02', {
        lifecycle: 'merged',
        roundId: 'R4-H1',
        mergedInto: '1-1-01',
        crossListedReformNo: 3,
      }),
    );
    expect(summary(env, 'R4-H1').total.items).toBe(original.summary.total.items - 1);
    const { roundId: _roundId, ...meeting } = reportRequest();
    const again = ok<ReportResult>(env.scriptRun('regenerateReport', [{ ...meeting, loggedAt }]));
    expect(again.summary).toEqual(original.summary);
  });
});

describe('refusals and retries', () => {
  it('refuses a bad 統合先, an unknown round and a reform of its own, naming the field, changing nothing', () => {
    const env = setUpEnvironment();
    ok(change(env, '1-1-03', { lifecycle: 'abolished', roundId: 'R4-H1' }));
    const cases: [Partial<LifecycleInput>, string, string][] = [
      [{ lifecycle: 'merged', roundId: 'R4-H1', mergedInto: '' }, 'mergedInto', LIFECYCLE.mergedIntoRequired],
      [
        { lifecycle: 'merged', roundId: 'R4-H1', mergedInto: '1-1-01' },
        'mergedInto',
        LIFECYCLE.mergedIntoSelf,
      ],
      [
        { lifecycle: 'merged', roundId: 'R4-H1', mergedInto: '9-9-99' },
        'mergedInto',
        LIFECYCLE.mergedIntoUnknown('9-9-99'),
      ],
      [
        { lifecycle: 'merged', roundId: 'R4-H1', mergedInto: '1-1-03' },
        'mergedInto',
        LIFECYCLE.mergedIntoRetired('1-1-03'),
      ],
      [{ lifecycle: 'abolished', roundId: '' }, 'roundId', LIFECYCLE.roundRequired],
      [{ lifecycle: 'abolished', roundId: 'R9-H9' }, 'roundId', LIFECYCLE.unknownRound('R9-H9')],
      [
        { crossListedReformNo: item(env, '1-1-01').reformNo },
        'crossListedReformNo',
        LIFECYCLE.crossListedOwnReform,
      ],
      [{ crossListedReformNo: 99 }, 'crossListedReformNo', LIFECYCLE.unknownReform(99)],
    ];
    const state = stateHash(env);
    for (const [patch, path, message] of cases) {
      const result = change(env, '1-1-01', patch);
      expect({ patch, ok: result.ok }).toEqual({ patch, ok: false });
      if (!result.ok) expect(result.error.fields).toContainEqual({ path, message });
    }
    expect(stateHash(env)).toBe(state);
  });

  it('a department member is refused; a stale form is refused; a retry adds nothing', () => {
    const env = setUpEnvironment();
    mapUsers(env, { planOffice: [PLAN_OFFICE], departments: { デジタル推進課: [DIGITAL] } });
    const revision = item(env, '1-1-01').revision;
    let state = stateHash(env);
    const refused = change(env, '1-1-01', { lifecycle: 'abolished', roundId: 'R4-H1' }, DIGITAL);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!refused.ok) expect(refused.error.message).toContain(LIFECYCLE.task);
    expect(stateHash(env)).toBe(state);
    const input: LifecycleInput = {
      requestId: 'lifecycle-retry-01',
      itemId: '1-1-01',
      baseRevision: revision,
      lifecycle: 'abolished',
      roundId: 'R4-H1',
      mergedInto: '',
      crossListedReformNo: null,
    };
    const first = ok<{ item: Item; duplicate: boolean }>(env.scriptRun('changeLifecycle', [input]));
    const rows = historyKinds(env).length;
    expect(ok(env.scriptRun('changeLifecycle', [input]))).toEqual({ item: first.item, duplicate: true });
    expect(historyKinds(env)).toHaveLength(rows);
    state = stateHash(env);
    const stale = env.scriptRun('changeLifecycle', [
      { ...input, requestId: 'lifecycle-stale-01', lifecycle: 'active', roundId: '' },
    ]);
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect(stateHash(env)).toBe(state);
  });
});
