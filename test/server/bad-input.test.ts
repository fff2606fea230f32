// A generated corpus of malformed arguments for every server function of the built bundle: each is refused
// with a Japanese message and leaves the whole emulated state (every sheet, documents, properties, locks, UI)
// exactly as it was. A server function without a corpus here fails the suite.
import fc from 'fast-check';
import { progressReport, reportRequest } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import type { ApiResult } from '../../src/domain/api';
import { LIMITS, MULTI_LINE_TEXT } from '../../src/domain/schemas';
import { newPlan } from '../support/new-plan';
import { contentHash, serverFunctions, stateHash } from '../support/server-functions';

const hostile = fc.oneof(
  fc.constantFrom(null, 42, -1, true, 'text', [], {}, [1, 2, 3], { __proto__: null }, Number.NaN),
  fc.constantFrom(
    '=IMPORTXML("http://x","//a")',
    '<img src=x onerror=alert(1)>',
    '\u0000\u0007',
    'x'.repeat(100_000),
  ),
  fc.dictionary(
    fc.string({ maxLength: 12 }),
    fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null)),
  ),
);

const VALID_REPORT: Record<string, unknown> = {
  ...progressReport('1-1-01', 'req-bad-input-01', 1),
  progress: 10,
};
const FREE_TEXT = ['activity', 'issues', 'nextSteps'];

/** What google.script.run would deliver (NaN becomes null, undefined disappears). */
const delivered = (payload: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;

/** Some replacements are still a valid report: the same value after copying, any number as the indicator's
 * actual, a percentage as progress, ordinary text in a text field. */
function stillValid(field: string, payload: Record<string, unknown>): boolean {
  const value = payload[field];
  if (JSON.stringify(payload) === JSON.stringify(VALID_REPORT)) return true;
  if (field === 'indicatorActual' && typeof value === 'number') return true;
  if (field === 'progress' && Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100)
    return true;
  return (
    FREE_TEXT.includes(field) &&
    typeof value === 'string' &&
    value.trim().length <= LIMITS.longText &&
    MULTI_LINE_TEXT.test(value)
  );
}

/** A valid report with one field replaced by something hostile, or removed. */
const brokenProgress = fc
  .tuple(fc.constantFrom(...Object.keys(VALID_REPORT)), fc.oneof(hostile, fc.constant(undefined)))
  .map(([field, value]) => {
    const payload = { ...VALID_REPORT };
    if (value === undefined) delete payload[field];
    else payload[field] = value;
    return { field, payload: delivered(payload) };
  })
  .filter(({ field, payload }) => !stillValid(field, payload))
  .map(({ payload }) => payload);

/** A valid report request with one field replaced by a non-string, removed, or pointing nowhere. */
const brokenReportRequest = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...Object.keys(reportRequest())),
      fc.oneof(
        hostile.filter((h) => typeof h !== 'string'),
        fc.constant(undefined),
      ),
    )
    .map(([field, value]) => {
      const payload: Record<string, unknown> = { ...reportRequest() };
      if (value === undefined) delete payload[field];
      else payload[field] = value;
      return delivered(payload);
    }),
  fc.constantFrom(
    reportRequest({ roundId: 'R9-H9' }),
    reportRequest({ meetingDate: '2026-13-45' }),
    reportRequest({ meetingName: 'x'.repeat(100_000) }),
    reportRequest({ templateDocId: 'no-such-document' }),
    reportRequest({ meetingName: '\u0000\u0007' }),
  ),
  hostile,
);

/** A regeneration naming a log entry that does not exist, a real one with a broken field, or junk. */
const { roundId: _roundId, ...meeting } = reportRequest();
const brokenRegenerateRequest = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('loggedAt', ...Object.keys(meeting)),
      fc.oneof(
        hostile.filter((h) => typeof h !== 'string'),
        fc.constant(undefined),
      ),
    )
    .map(([field, value]) => {
      const payload: Record<string, unknown> = { ...meeting, loggedAt: '2026-11-25T01:00:00.000Z' };
      if (value === undefined) delete payload[field];
      else payload[field] = value;
      return delivered(payload);
    }),
  fc.constantFrom(
    { ...meeting, loggedAt: '2020-01-01T00:00:00.000Z' },
    { ...meeting, loggedAt: '令和4年10月1日' },
    { ...meeting, loggedAt: '=IMPORTXML("x")' },
    { ...meeting, loggedAt: 'x'.repeat(100_000) },
  ),
  hostile,
);

/** Anything but a known round ID or null (the current round). */
const badRound = fc
  .oneof(hostile, fc.constantFrom('=IMPORTXML("x")', 'R9-H9'))
  .filter((h) => JSON.stringify(h) !== 'null')
  .map((h) => [h]);

/** A valid 報告回の開始 with one field replaced by a non-string or a string no field takes, or removed. */
const VALID_OPEN = {
  requestId: 'bad-input-open-01',
  label: '令和9年度 上半期',
  fiscalYear: 2027,
  dueDate: '2027-09-30',
};
const brokenOpenRound = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...Object.keys(VALID_OPEN), 'roundId'),
      fc.oneof(
        hostile.filter((h) => typeof h !== 'string'),
        fc.constantFrom('', ' ', 'x'.repeat(100_000), '\u0000\u0007', '2026-13-45', '令和4年度 上半期'),
        fc.constant(undefined),
      ),
    )
    // No ID is valid (one is made), and so is any new ID of the rounds' format.
    .filter(
      ([field, value]) =>
        !(
          field === 'roundId' &&
          (value === undefined || (typeof value === 'string' && /^[A-Za-z0-9_-]{1,20}$/.test(value)))
        ),
    )
    .filter(([field, value]) => !(field === 'dueDate' && value === '令和4年度 上半期'))
    // A round's name is free text: an odd one that looks like a date is still a name.
    .filter(([field, value]) => !(field === 'label' && value === '2026-13-45'))
    .filter(
      ([field, value]) =>
        !(field === 'requestId' && typeof value === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(value)),
    )
    .map(([field, value]) => {
      const payload: Record<string, unknown> = { ...VALID_OPEN };
      if (value === undefined) delete payload[field];
      else payload[field] = value;
      return delivered(payload);
    }),
  // An ID already used, or one the rounds' ID format refuses.
  fc.constantFrom({ ...VALID_OPEN, roundId: 'R4-H1' }, { ...VALID_OPEN, roundId: 'R 9' }),
  hostile,
);

/** A sending with a field broken: no round, an unknown round, a bad request ID. */
const brokenSend = fc.oneof(
  hostile,
  fc.constantFrom(
    { requestId: 'bad-input-send-01', roundId: 'R9-H9' },
    { requestId: 'bad-input-send-01', roundId: '' },
    { requestId: 'bad-input-send-01' },
    { requestId: 'x', roundId: 'R4-H1' },
    { roundId: 'R4-H1' },
  ),
);

/** The R4-H1 report of 1-1-02 that VALID_REVIEW decides on, made in each environment the review corpus runs on. */
const reportToReview = (env: ReturnType<typeof setUpEnvironment>) =>
  ok(env.scriptRun('recordProgress', [progressReport('1-1-02', 'bad-input-report-01', 1)]));

/**
 * A valid 最終評価 of 1-1-02's R4-H1 report with one field replaced by a non-string or a string no field takes,
 * or removed; and decisions the register refuses: a return without a reason, an unknown grade, a report or a
 * decision that is not the one on record, an item without a report in the round.
 */
const VALID_REVIEW = {
  requestId: 'bad-input-review-01',
  itemId: '1-1-02',
  roundId: 'R4-H1',
  reportRequestId: 'bad-input-report-01',
  decisionRequestId: '',
  decision: 'final',
  finalGrade: 'B',
  note: '',
};
const brokenReview = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...Object.keys(VALID_REVIEW)),
      fc.oneof(
        hostile.filter((h) => typeof h !== 'string'),
        fc.constantFrom('x'.repeat(100_000), '\u0000\u0007', 'R9-H9', '9-9-99'),
        fc.constant(undefined),
      ),
    )
    // A comment is optional free text, and a 最終評価 may leave it out.
    .filter(([field, value]) => !(field === 'note' && value === '9-9-99'))
    .filter(([field, value]) => !(field === 'requestId' && value === '9-9-99'))
    .map(([field, value]) => {
      const payload: Record<string, unknown> = { ...VALID_REVIEW };
      if (value === undefined) delete payload[field];
      else payload[field] = value;
      return delivered(payload);
    }),
  fc.constantFrom(
    { ...VALID_REVIEW, decision: 'return', note: '' },
    { ...VALID_REVIEW, decision: 'approve' },
    { ...VALID_REVIEW, finalGrade: 'Z' },
    { ...VALID_REVIEW, finalGrade: '' },
    { ...VALID_REVIEW, reportRequestId: 'req-other-000001' },
    { ...VALID_REVIEW, decisionRequestId: 'review-other-0001' },
    { ...VALID_REVIEW, itemId: '1-1-01' },
    { ...VALID_REVIEW, itemId: '9-9-99' },
  ),
  hostile,
);

/** A valid 異動 (1-1-01 abolished from R4-H1) with one field replaced, removed, or pointing nowhere. */
const VALID_LIFECYCLE = {
  requestId: 'bad-input-life-01',
  itemId: '1-1-01',
  baseRevision: 1,
  lifecycle: 'abolished',
  roundId: 'R4-H1',
  mergedInto: '',
  crossListedReformNo: null,
};
const brokenLifecycle = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...Object.keys(VALID_LIFECYCLE)),
      fc.oneof(
        hostile.filter((h) => typeof h !== 'string' && JSON.stringify(h) !== 'null'),
        fc.constantFrom('x'.repeat(100_000), '\u0000\u0007'),
        fc.constant(undefined),
      ),
    )
    .map(([field, value]) => {
      const payload: Record<string, unknown> = { ...VALID_LIFECYCLE };
      if (value === undefined) delete payload[field];
      else payload[field] = value;
      return delivered(payload);
    })
    // Leaving the (optional) 統合先 out of an abolition, or 再掲 null, is still the valid request.
    .filter((p) => JSON.stringify(p) !== JSON.stringify(delivered(VALID_LIFECYCLE))),
  fc.constantFrom(
    { ...VALID_LIFECYCLE, lifecycle: 'merged', mergedInto: '' },
    { ...VALID_LIFECYCLE, lifecycle: 'merged', mergedInto: '1-1-01' },
    { ...VALID_LIFECYCLE, lifecycle: 'merged', mergedInto: '9-9-99' },
    { ...VALID_LIFECYCLE, roundId: 'R9-H9' },
    { ...VALID_LIFECYCLE, roundId: '' },
    { ...VALID_LIFECYCLE, baseRevision: 7 },
    { ...VALID_LIFECYCLE, itemId: '9-9-99' },
    { ...VALID_LIFECYCLE, crossListedReformNo: 99 },
    { ...VALID_LIFECYCLE, lifecycle: 'deleted' },
  ),
  hostile,
);

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

type Corpus =
  /** Malformed argument lists, each of which must be refused without a change. */
  | { refused: fc.Arbitrary<readonly unknown[]>; runs: number }
  /** A function without parameters: any arguments are ignored (same result, same state as none). */
  | { ignoresArguments: true };

/** listItems' filter, which startItemSidebar takes too. */
const filterCorpus: Corpus = {
  refused: fc.oneof(
    // null is "no filter", and an object's unknown keys are ignored: both are valid filters.
    hostile
      .filter((h) => JSON.stringify(h) !== 'null' && (typeof h !== 'object' || Array.isArray(h)))
      .map((h) => [h]),
    fc.constantFrom([{ pillarNo: 'x' }], [{ query: 'x'.repeat(500) }], [{ roundId: 'R9-H9' }]),
  ),
  runs: 20,
};

const CORPUS: Record<string, Corpus> = {
  // null is the menu's set-up (a repair here); any other choice is refused, a valid new plan too (already set up).
  setupRegister: {
    refused: fc
      .oneof(
        hostile.filter((h) => JSON.stringify(h) !== 'null'),
        fc.constantFrom(
          newPlan(),
          newPlan({ localGovernmentCode: '112088' }),
          newPlan({ plan: 'Sample' }),
          newPlan({ pillars: 'x' }),
        ),
      )
      .map((choice) => [choice]),
    runs: 30,
  },
  getSummaryView: { ignoresArguments: true },
  startReportSidebar: { ignoresArguments: true },
  // null is the first page; a page offset is a whole number ≥ 0.
  validateRegister: {
    refused: fc
      .oneof(hostile, fc.constantFrom(-1, 1.5, '0', Number.MAX_VALUE))
      .filter((h) => JSON.stringify(h) !== 'null' && !(Number.isSafeInteger(h) && (h as number) >= 0))
      .map((h) => [h]),
    runs: 20,
  },
  getOpenData: { ignoresArguments: true },
  verifyHistory: { ignoresArguments: true },
  getValidationView: { ignoresArguments: true },
  recordProgress: { refused: brokenProgress.map((p) => [p]), runs: 60 },
  saveItem: { refused: hostile.map((p) => [p]), runs: 40 },
  listItems: filterCorpus,
  startItemSidebar: filterCorpus,
  getItem: {
    refused: fc.oneof(
      fc.tuple(hostile, fc.constant(null)),
      fc.constantFrom(['9-9-99', null], ['<img src=x onerror=alert(1)>', null], ['1-1-01', 'R9-H9']),
    ),
    runs: 20,
  },
  generateReport: { refused: brokenReportRequest.map((p) => [p]), runs: 40 },
  regenerateReport: { refused: brokenRegenerateRequest.map((p) => [p]), runs: 30 },
  adoptHandEdits: {
    // null (every item; NaN arrives as null) and [] (none) are valid: anything else that is not a list of item IDs
    // is refused.
    refused: hostile.filter((ids) => !['null', '[]'].includes(JSON.stringify(ids))).map((ids) => [ids]),
    runs: 30,
  },
  selectCell: {
    refused: fc
      .oneof(hostile, fc.constantFrom('A1:B2', "'台帳'!B3", 'b3', 'A0', 'R1C1', ' B3', 'ZZZ9', 'A99999', ''))
      .map((a1) => [a1]),
    runs: 40,
  },
  refreshSummary: { refused: badRound, runs: 20 },
  getSummary: { refused: badRound, runs: 20 },
  getReportPreflight: { refused: badRound, runs: 20 },
  openRound: { refused: brokenOpenRound.map((p) => [p]), runs: 40 },
  closeRound: { refused: fc.oneof(badRound, fc.constant([null])), runs: 20 },
  getRoundsView: { refused: badRound, runs: 20 },
  previewReminders: { refused: badRound, runs: 20 },
  sendReminders: { refused: brokenSend.map((p) => [p]), runs: 20 },
  reviewReport: { refused: brokenReview.map((p) => [p]), runs: 40 },
  changeLifecycle: { refused: brokenLifecycle.map((p) => [p]), runs: 40 },
  startImportSidebar: { ignoresArguments: true },
  // No sheet of this file can be imported: the add-on's own are refused, シート1 has no header row, others do not exist.
  previewImport: { refused: fc.tuple(hostile, fc.oneof(hostile, fc.constant(null))), runs: 20 },
  importRegister: {
    refused: fc.oneof(
      hostile.map((p) => [p]),
      fc
        .record({
          requestId: fc.oneof(fc.constant('import-bad-input-01'), hostile),
          sheetName: fc.oneof(fc.constantFrom('シート1', '台帳', '履歴', 'ない'), hostile),
          mapping: fc.oneof(
            fc.constant([]),
            fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
            hostile,
          ),
        })
        .map((p) => [p]),
    ),
    runs: 20,
  },
};

it('the 異動 the corpus breaks is itself accepted', () => {
  const env = setUpEnvironment();
  expect(env.scriptRun('changeLifecycle', [VALID_LIFECYCLE])).toMatchObject({ ok: true });
});

it('the review the corpus breaks is itself accepted', () => {
  const env = setUpEnvironment();
  reportToReview(env);
  expect(env.scriptRun('reviewReport', [VALID_REVIEW])).toMatchObject({ ok: true });
});

describe('malformed arguments', () => {
  const env = setUpEnvironment();
  reportToReview(env);
  const refusedWithoutChange = (fn: string, args: readonly unknown[]) => {
    const before = stateHash(env);
    let result: ApiResult<unknown>;
    try {
      result = env.scriptRun(fn, JSON.parse(JSON.stringify(args)) as unknown[]) as ApiResult<unknown>;
    } catch (error) {
      // A value google.script.run itself cannot carry never reaches the server.
      expect((error as Error).message).toMatch(/google\.script\.run/);
      return;
    }
    expect({ fn, args, ok: result.ok }).toEqual({ fn, args, ok: false });
    if (!result.ok) expect(result.error.message).toMatch(japanese);
    expect(stateHash(env)).toBe(before);
  };

  it('every server function of the bundle has a corpus', () => {
    expect(serverFunctions().filter((fn) => !CORPUS[fn])).toEqual([]);
  });

  it.each(serverFunctions())(
    '%s refuses its malformed arguments, or ignores arguments it has no use for',
    (fn) => {
      const corpus = CORPUS[fn];
      if (!corpus) throw new Error(`no bad-input corpus for the server function ${fn}`);
      if ('refused' in corpus) {
        fc.assert(
          fc.property(corpus.refused, (args) => refusedWithoutChange(fn, args)),
          { numRuns: corpus.runs },
        );
        return;
      }
      // Run once without arguments, then with junk: the junk must change neither the answer nor the state.
      const expected = env.scriptRun(fn, []);
      const settled = contentHash(env);
      fc.assert(
        fc.property(hostile, (junk) => {
          expect(env.scriptRun(fn, JSON.parse(JSON.stringify([junk, junk])) as unknown[])).toEqual(expected);
          expect(contentHash(env)).toBe(settled);
        }),
        { numRuns: 10 },
      );
    },
  );
});
