// The plan office's review of reports (審査) through the built bundle: a 最終評価 with a comment or a 差戻し with a
// reason, one history row each; the 集計 and the meeting report count the final grade and say how many are still
// unreviewed; a returned report is 未報告 until resubmitted; retries, stale requests and other users change nothing.
import type { Environment } from '../../emulator';
import { progressReport } from '../../harness/payloads';
import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import { runReport } from '../../harness/report';
import type {
  ApiResult,
  ItemDetail,
  RecordProgressResult,
  ReportResult,
  ReviewResult,
  RoundsView,
  Summary,
} from '../../src/domain/api';
import { REPORT, REVIEW } from '../../src/domain/messages';
import type { ReviewInput } from '../../src/domain/schemas';
import { SHEETS } from '../../src/domain/sheet-names';
import { tableAfter } from '../support/document-view';
import { listed } from '../support/items';
import { mapUsers } from '../support/roles';
import { stateHash } from '../support/server-functions';

jest.setTimeout(60_000);

const DIGITAL = 'tanaka@city.gyoda.example.jp';
const ASSETS = 'sato@city.gyoda.example.jp';
const ROUND = 'R4-H1';

function mappedEnvironment(): Environment {
  const env = setUpEnvironment();
  mapUsers(env, {
    planOffice: [PLAN_OFFICE],
    departments: { デジタル推進課: [DIGITAL], 資産管理課: [ASSETS] },
  });
  return env;
}

const detail = (env: Environment, itemId: string) =>
  ok<ItemDetail>(env.scriptRun('getItem', [itemId, ROUND], { user: PLAN_OFFICE }));

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${String(++sequence).padStart(6, '0')}`;

/** A department's report of the item in R4-H1, on its current revision. */
function report(env: Environment, itemId: string, user: string, patch = {}) {
  const { item } = detail(env, itemId);
  return ok<RecordProgressResult>(
    env.scriptRun('recordProgress', [progressReport(itemId, nextId('req-review'), item.revision, patch)], {
      user,
    }),
  );
}

/** A review request on the item's report as the plan office sees it now. */
function reviewInput(env: Environment, itemId: string, patch: Partial<ReviewInput> = {}): ReviewInput {
  const seen = detail(env, itemId);
  return {
    requestId: nextId('review'),
    itemId,
    roundId: ROUND,
    reportRequestId: seen.current?.requestId ?? '',
    decisionRequestId: seen.review?.requestId ?? '',
    decision: 'final',
    finalGrade: 'B',
    note: '',
    ...patch,
  };
}

const review = (env: Environment, input: ReviewInput, user = PLAN_OFFICE) =>
  env.scriptRun('reviewReport', [input], { user }) as ApiResult<ReviewResult>;

const summary = (env: Environment) => ok<Summary>(env.scriptRun('getSummary', [ROUND]));
const historyRows = (env: Environment) => env.spreadsheet.values(SHEETS.history);
const kindColumn = (env: Environment) => (historyRows(env)[0] as unknown[]).indexOf('種別');

describe('最終評価', () => {
  it('records the final grade with its comment; the 集計 counts it instead of the self-grade', () => {
    const env = mappedEnvironment();
    report(env, '1-1-01', DIGITAL, { grade: 'A' });
    const before = summary(env);
    const rows = historyRows(env).length;
    const result = ok<ReviewResult>(review(env, reviewInput(env, '1-1-01', { note: '効果の検証が不十分' })));
    expect(result.duplicate).toBe(false);
    expect(result.entry).toMatchObject({ kind: 'review', grade: 'B', itemId: '1-1-01', roundId: ROUND });
    expect(historyRows(env)).toHaveLength(rows + 1);
    expect(historyRows(env).at(-1)?.[kindColumn(env)]).toBe('最終評価');
    // The department's report keeps its self-grade; the decision beside it has the final grade and the comment.
    const seen = detail(env, '1-1-01');
    expect(seen.current?.grade).toBe('A');
    expect(seen.review).toMatchObject({
      kind: 'review',
      grade: 'B',
      note: '効果の検証が不十分',
      user: PLAN_OFFICE,
    });
    const after = summary(env);
    expect(after.total.byGrade.A).toBe((before.total.byGrade.A ?? 0) - 1);
    expect(after.total.byGrade.B).toBe((before.total.byGrade.B ?? 0) + 1);
    expect(after.coverage.reported).toBe(before.coverage.reported);
    expect(before.review).toEqual({ reviewed: 0, unreviewed: before.coverage.reported, returned: 0 });
    expect(after.review).toEqual({ reviewed: 1, unreviewed: before.coverage.reported - 1, returned: 0 });
  });

  it('the meeting report uses the final grade and says how many grades are still unreviewed', () => {
    const env = mappedEnvironment();
    report(env, '1-1-01', DIGITAL, { grade: 'A' });
    const unreviewed = ok<ReportResult>(runReport(env));
    const plain = tableAfter(env.documents.dump(unreviewed.documentId), REPORT.sections.overview);
    // Before any review, the report is as it was: no line about reviews.
    expect(plain.some((r) => r[0] === REVIEW.unreviewedRow)).toBe(false);
    ok(review(env, reviewInput(env, '1-1-01', { finalGrade: 'C' })));
    const result = ok<ReportResult>(runReport(env));
    const doc = env.documents.dump(result.documentId);
    const {
      reviewed,
      unreviewed: left,
      returned,
    } = result.summary.review ?? { reviewed: -1, unreviewed: -1, returned: -1 };
    expect(reviewed).toBe(1);
    expect(tableAfter(doc, REPORT.sections.overview)).toContainEqual([
      REVIEW.unreviewedRow,
      REVIEW.unreviewedFigure(left, reviewed, returned),
    ]);
    // The late items' section lists 1-1-01 under its final grade C (a late grade), not its self-grade A.
    expect(tableAfter(doc, REPORT.sections.late).find((r) => r[0] === '1-1-01')?.[3]).toBe('C');
    expect(result.summary.total.byGrade.C).toBe((unreviewed.summary.total.byGrade.C ?? 0) + 1);
  });

  it('a new report after a review starts unreviewed again', () => {
    const env = mappedEnvironment();
    report(env, '1-1-01', DIGITAL, { grade: 'A' });
    ok(review(env, reviewInput(env, '1-1-01', { finalGrade: 'C' })));
    report(env, '1-1-01', DIGITAL, { grade: 'A', progress: 30 });
    expect(detail(env, '1-1-01').review).toBeNull();
    expect(summary(env).review?.reviewed).toBe(0);
  });
});

describe('差戻し', () => {
  it('a returned report is 未報告 with its reason until the department resubmits', () => {
    const env = mappedEnvironment();
    report(env, '1-1-01', DIGITAL);
    const reported = summary(env).coverage.reported;
    ok(
      review(env, reviewInput(env, '1-1-01', { decision: 'return', note: '実績値の根拠を記入してください' })),
    );
    expect(historyRows(env).at(-1)?.[kindColumn(env)]).toBe('差戻し');
    const returned = summary(env);
    expect(returned.coverage.reported).toBe(reported - 1);
    expect(returned.review?.returned).toBe(1);
    expect(returned.coverage.missing.find((m) => m.department === 'デジタル推進課')?.itemIds).toContain(
      '1-1-01',
    );
    // The department's list says which report was returned, and why; 未報告 by department lists it.
    const mine = listed(env, { roundId: ROUND }, { user: DIGITAL }).find((i) => i.id === '1-1-01');
    expect(mine).toMatchObject({ reported: false, returnReason: '実績値の根拠を記入してください' });
    expect(detail(env, '1-1-01').review).toMatchObject({
      kind: 'return',
      note: '実績値の根拠を記入してください',
    });
    const view = ok<RoundsView>(env.scriptRun('getRoundsView', [ROUND]));
    expect(view.unreported.find((g) => g.department === 'デジタル推進課')?.items.map((i) => i.id)).toContain(
      '1-1-01',
    );
    // Resubmitted: reported again, unreviewed, no longer returned.
    report(env, '1-1-01', DIGITAL, { indicatorActual: 12 });
    const resubmitted = summary(env);
    expect(resubmitted.coverage.reported).toBe(reported);
    expect(resubmitted.review?.returned).toBe(0);
    expect(
      listed(env, { roundId: ROUND }, { user: DIGITAL }).find((i) => i.id === '1-1-01')?.returnReason,
    ).toBeUndefined();
  });

  it('refuses a return without a reason and a final grade the master does not have, naming the field', () => {
    const env = mappedEnvironment();
    report(env, '1-1-01', DIGITAL);
    const base = reviewInput(env, '1-1-01');
    const before = stateHash(env);
    for (const [patch, path, message] of [
      [{ decision: 'return', note: '  ' }, 'note', REVIEW.reasonRequired],
      [{ finalGrade: 'Z' }, 'finalGrade', REVIEW.unknownGrade('Z')],
      [{ finalGrade: undefined }, 'finalGrade', REVIEW.gradeRequired],
    ] as const) {
      const result = review(env, { ...base, ...(patch as Partial<ReviewInput>) });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.fields).toContainEqual({ path, message });
    }
    expect(stateHash(env)).toBe(before);
  });
});

describe('safe to retry, refused when stale, the plan office only', () => {
  it('a retried request adds nothing; its ID with other content is refused', () => {
    const env = mappedEnvironment();
    report(env, '1-1-01', DIGITAL);
    const input = reviewInput(env, '1-1-01', { note: '了解' });
    const first = ok<ReviewResult>(review(env, input));
    const rows = historyRows(env).length;
    const again = ok<ReviewResult>(review(env, input));
    expect(again).toEqual({ entry: first.entry, duplicate: true });
    expect(historyRows(env)).toHaveLength(rows);
    const before = stateHash(env);
    const reused = review(env, { ...input, finalGrade: 'D' });
    expect(reused.ok).toBe(false);
    if (!reused.ok) expect(reused.error.fields?.[0]?.path).toBe('requestId');
    expect(stateHash(env)).toBe(before);
  });

  it('refuses a review of a report resubmitted since it was read, or decided on by someone else', () => {
    const env = mappedEnvironment();
    report(env, '1-1-01', DIGITAL);
    const seen = reviewInput(env, '1-1-01');
    report(env, '1-1-01', DIGITAL, { progress: 40 });
    let before = stateHash(env);
    const resubmitted = review(env, seen);
    expect(resubmitted).toMatchObject({ ok: false, error: { code: 'stale', message: REVIEW.resubmitted } });
    expect(stateHash(env)).toBe(before);
    // Two reviewers read the same report; the second to save is told who decided first.
    const mine = reviewInput(env, '1-1-01', { finalGrade: 'A' });
    const theirs = reviewInput(env, '1-1-01', { decision: 'return', note: '再確認' });
    ok(review(env, theirs));
    before = stateHash(env);
    const late = review(env, mine);
    expect(late).toMatchObject({ ok: false, error: { code: 'stale' } });
    if (!late.ok) expect(late.error.message).toContain(PLAN_OFFICE);
    expect(stateHash(env)).toBe(before);
    // Having read the return, the plan office may still change its decision.
    ok(review(env, reviewInput(env, '1-1-01', { finalGrade: 'A' })));
    expect(detail(env, '1-1-01').review?.kind).toBe('review');
  });

  it('refuses a review where the round has no report of the item', () => {
    const env = mappedEnvironment();
    const input = { ...reviewInput(env, '1-1-01'), reportRequestId: 'req-none-000001' };
    const before = stateHash(env);
    const result = review(env, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(stateHash(env)).toBe(before);
  });

  it('a department member is refused in Japanese and nothing changes', () => {
    const env = mappedEnvironment();
    report(env, '1-1-01', DIGITAL);
    const input = reviewInput(env, '1-1-01');
    const before = stateHash(env);
    for (const user of [DIGITAL, ASSETS]) {
      const result = review(env, input, user);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      if (!result.ok) expect(result.error.message).toContain(REVIEW.task);
    }
    expect(stateHash(env)).toBe(before);
  });
});
