// The plan register's data model as zod/mini schemas: the one definition the server and the sidebars share.
// Types are inferred from the schemas, so a payload's shape and its validation can never drift apart.
// Everything here is plain JSON (dates are ISO strings), because it crosses google.script.run.
// A check whose refusal needs its own words (a format, a range) declares them here; validate-payload.ts words the rest.
import * as z from 'zod/mini';
import { FIELD_REASONS } from './messages/fields';
import { ACTUAL_BASIS_LABELS, EFFECT_TYPE_LABELS } from './messages/ledger';

/** Upper bounds for free text, in characters (a Sheets cell holds 50,000; a register row should stay readable). */
export const LIMITS = {
  shortText: 50,
  title: 100,
  longText: 2000,
  relatedDepartments: 20,
  listItems: 500,
  email: 254,
  requestId: 64,
} as const;

/** One-line text: no control characters at all. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose
export const SINGLE_LINE_TEXT = /^[^\u0000-\u001f\u007f]*$/;
/** Long text: line breaks and tabs allowed, other control characters refused. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose
export const MULTI_LINE_TEXT = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const noControlChars = (max: number) =>
  z.regex(max >= LIMITS.longText ? MULTI_LINE_TEXT : SINGLE_LINE_TEXT, { error: FIELD_REASONS.controlChars });
const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max), noControlChars(max));
const required = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noControlChars(max));
/** An integer from min (to max); every refusal of its size states the whole range the field accepts. */
const intFrom = (min: number, max?: number) => {
  const range = FIELD_REASONS.range(min, max ?? null);
  // z.int()'s own size issues (beyond ±2^53) get the same words; its type issues are worded in validate-payload.ts.
  const outside = (issue: { code: string }) => (issue.code === 'invalid_type' ? undefined : range);
  return z
    .int({ error: outside })
    .check(z.gte(min, { error: range }), ...(max === undefined ? [] : [z.lte(max, { error: range })]));
};
/** A number that may be left empty (null). */
const optionalNumber = z.nullable(z.number().check(z.refine(Number.isFinite)));
/**
 * The largest amount in 千円 (just under 1,000兆円, ten times Japan's national budget): no city reaches it, and the
 * sum of 10,000 items at this bound stays an exact, finite number.
 */
export const MONEY_MAX = 999_999_999_999;
/** Money in 千円: empty or a number from 0 to MONEY_MAX. */
const optionalMoney = z.nullable(
  z
    .number()
    .check(
      z.gte(0, { error: FIELD_REASONS.range(0, MONEY_MAX) }),
      z.lte(MONEY_MAX, { error: FIELD_REASONS.range(0, MONEY_MAX) }),
      z.refine(Number.isFinite),
    ),
);
/** A 効果額 in 千円 that may be negative (an effect that costs): empty or from −MONEY_MAX to MONEY_MAX. */
const optionalSignedMoney = z.nullable(
  z
    .number()
    .check(
      z.gte(-MONEY_MAX, { error: FIELD_REASONS.range(-MONEY_MAX, MONEY_MAX) }),
      z.lte(MONEY_MAX, { error: FIELD_REASONS.range(-MONEY_MAX, MONEY_MAX) }),
      z.refine(Number.isFinite),
    ),
);
const positiveInt = intFrom(1);
const revisionNo = intFrom(0);
const fiscalYear = intFrom(1989, 2100);
/** 柱-改革-連番, e.g. 1-2-03. */
export const ITEM_ID_PATTERN = /^\d{1,2}-\d{1,3}-\d{2,4}$/;
export const ItemIdSchema = z.string().check(z.regex(ITEM_ID_PATTERN, { error: FIELD_REASONS.itemIdFormat }));
const email = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.minLength(3),
    z.maxLength(LIMITS.email),
    z.regex(/^[^\s@]+@[^\s@]+$/, { error: FIELD_REASONS.email }),
  );
/** An ISO-8601 date-time string (what a Date becomes before it crosses google.script.run). */
export const IsoDateTimeSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    error: FIELD_REASONS.dateTimeFormat,
  }),
);
/** YYYY-MM-DD with a month 01–12 and a day 01–31 (a 2026-13-45 is not a date). */
export const IsoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: FIELD_REASONS.dateFormat }));

// ---------------------------------------------------------------------------------------------------------------
// Master lists (マスタ): everything a city may change without code.

export const PillarSchema = z.object({ no: positiveInt, name: required(LIMITS.title) });
/** Reforms are numbered through the whole plan (改革1〜8 in Gyoda), each under one pillar. */
export const ReformSchema = z.object({
  no: positiveInt,
  pillarNo: positiveInt,
  name: required(LIMITS.title),
});
/** Members are e-mail addresses of people or of Google groups. */
export const DepartmentSchema = z.object({
  name: required(LIMITS.shortText),
  members: z.array(email).check(z.maxLength(LIMITS.listItems)),
});
/** Status roles give the cross-field rules a meaning that survives a city renaming its statuses. */
export const STATUS_ROLES = [
  'notStarted',
  'considering',
  'inProgress',
  'done',
  'postponed',
  'cancelled',
] as const;
export const StatusSchema = z.object({ name: required(LIMITS.shortText), role: z.enum(STATUS_ROLES) });
/** A grade of the city's self-assessment scale; `late` grades require 課題 and 今後の方針. */
export const GradeSchema = z.object({
  code: required(8),
  label: trimmed(LIMITS.shortText),
  late: z.boolean(),
});
/** A reporting round, e.g. { id: 'R5-H1', label: '令和5年度 上半期', fiscalYear: 2023 }. */
export const RoundSchema = z.object({
  id: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9_-]{1,20}$/, { error: FIELD_REASONS.roundIdFormat })),
  label: required(LIMITS.shortText),
  fiscalYear,
  dueDate: z.optional(IsoDateSchema),
  /** A closed round (状態 締切済) accepts no new reports; only the plan office corrects one, with a reason. */
  closed: z.optional(z.literal(true)),
});

export const MasterSchema = z.object({
  planName: required(LIMITS.title),
  city: required(LIMITS.shortText),
  /**
   * 全国地方公共団体コード as typed: the first column of the open data, so cities can be compared. Checked by the export
   * alone (localGovernmentCodeProblem), so a mistyped code never stops the rest of the add-on.
   */
  localGovernmentCode: z.optional(z.string()),
  /** Plan period in fiscal years (年度, April–March), inclusive. */
  period: z.object({ startFiscalYear: fiscalYear, endFiscalYear: fiscalYear }),
  pillars: z.array(PillarSchema).check(z.minLength(1), z.maxLength(LIMITS.listItems)),
  reforms: z.array(ReformSchema).check(z.minLength(1), z.maxLength(LIMITS.listItems)),
  departments: z.array(DepartmentSchema).check(z.maxLength(LIMITS.listItems)),
  planOffice: z.array(email).check(z.maxLength(LIMITS.listItems)),
  statuses: z.array(StatusSchema).check(z.minLength(1), z.maxLength(LIMITS.listItems)),
  grades: z.array(GradeSchema).check(z.minLength(1), z.maxLength(LIMITS.listItems)),
  rounds: z.array(RoundSchema).check(z.maxLength(LIMITS.listItems)),
  /** The round that progress entry and coverage refer to by default. */
  currentRoundId: z.optional(z.string()),
});

// ---------------------------------------------------------------------------------------------------------------
// Items (取組項目).

/** Per fiscal year of the plan period: the planned work, keyed by the fiscal year as a string ("2022"). */
export const ScheduleSchema = z.record(
  z.string().check(z.regex(/^\d{4}$/, { error: FIELD_REASONS.fiscalYearKey })),
  trimmed(LIMITS.shortText),
);

export const IndicatorSchema = z.object({
  name: trimmed(LIMITS.title),
  unit: trimmed(LIMITS.shortText),
  baseline: optionalNumber,
  target: optionalNumber,
});

/** Savings (効果額) in 千円, over the plan period: 歳出削減 (cut) and 歳入確保 (revenue). */
export const SavingsSchema = z.object({ cut: optionalMoney, revenue: optionalMoney });

/** A year's 効果額 actual (the round's 年度), which may be negative. */
export const SignedSavingsSchema = z.object({ cut: optionalSignedMoney, revenue: optionalSignedMoney });

/** The 効果区分 cell values: 単年度 counts once, 継続 again in every later year of the period (ledger.ts); empty (an
 * item from before the column, sent back as read) counts as 単年度. */
export const EffectTypeSchema = z.enum(['', EFFECT_TYPE_LABELS.single, EFFECT_TYPE_LABELS.continuing]);
/** Whether an actual is 見込み (estimate) or 確定 (settled accounts). */
export const ActualBasisSchema = z.enum([ACTUAL_BASIS_LABELS.estimate, ACTUAL_BASIS_LABELS.settled]);

const fiscalYearKey = z.string().check(z.regex(/^\d{4}$/, { error: FIELD_REASONS.fiscalYearKey }));
/** Per fiscal year of the plan period, keyed "2022": the indicator's target of the year. */
export const YearlyNumbersSchema = z.record(fiscalYearKey, optionalNumber);
/** Per fiscal year of the plan period, keyed "2022": a 効果額 target of the year in 千円 (negative allowed). */
export const YearlyMoneySchema = z.record(fiscalYearKey, optionalSignedMoney);

/** The client's idempotency key for one submission: a retried request carries the same one. */
const RequestIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, { error: FIELD_REASONS.requestIdFormat }));

/**
 * What the item entry sidebar edits. No id: create (with a requestId, so a retried create makes one item). With id
 * and baseRevision: update.
 */
export const ItemInputSchema = z.object({
  id: z.optional(ItemIdSchema),
  baseRevision: z.optional(revisionNo),
  requestId: z.optional(RequestIdSchema),
  // An item ID holds at most 2 digits of pillar and 3 of reform (ITEM_ID_PATTERN): larger numbers make no ID.
  pillarNo: intFrom(1, 99),
  reformNo: intFrom(1, 999),
  title: required(LIMITS.title),
  description: trimmed(LIMITS.longText),
  department: required(LIMITS.shortText),
  relatedDepartments: z.array(required(LIMITS.shortText)).check(z.maxLength(LIMITS.relatedDepartments)),
  schedule: ScheduleSchema,
  indicator: IndicatorSchema,
  savingsPlan: SavingsSchema,
  // The yearly plan: absent (a sidebar opened before it existed) keeps what the item has.
  effectType: z.optional(EffectTypeSchema),
  indicatorTargets: z.optional(YearlyNumbersSchema),
  cutTargets: z.optional(YearlyMoneySchema),
  revenueTargets: z.optional(YearlyMoneySchema),
});

/** What the progress entry sidebar sends for one item and one round. */
export const ProgressInputSchema = z.object({
  /** Chosen by the client once per form submission; a retry with the same id never adds a second history row. */
  requestId: RequestIdSchema,
  itemId: ItemIdSchema,
  baseRevision: revisionNo,
  roundId: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
  status: required(LIMITS.shortText),
  progress: intFrom(0, 100),
  grade: required(8),
  indicatorActual: optionalNumber,
  /** The actuals of the round's 年度 (a negative effect allowed). */
  savingsActual: SignedSavingsSchema,
  /** Whether those actuals are 見込み or 確定; absent (a sidebar opened before it existed) is recorded as empty, read as 見込み. */
  actualBasis: z.optional(ActualBasisSchema),
  /** 取組状況 */
  activity: trimmed(LIMITS.longText),
  /** 課題 */
  issues: trimmed(LIMITS.longText),
  /** 今後の方針 */
  nextSteps: trimmed(LIMITS.longText),
  /** Why the plan office corrects a report of a closed round; recorded in the history's 変更内容. */
  correctionReason: z.optional(trimmed(LIMITS.shortText)),
});

/** 報告回の開始: name, 年度 and deadline; the ID is made from them when none is given. */
export const OpenRoundInputSchema = z.object({
  requestId: RequestIdSchema,
  roundId: z.optional(RoundSchema.shape.id),
  label: required(LIMITS.shortText),
  fiscalYear,
  dueDate: IsoDateSchema,
});

/** A reminder sending: the round, and an ID so a retried send mails nobody twice. */
export const SendRemindersInputSchema = z.object({
  requestId: RequestIdSchema,
  roundId: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
});

/**
 * The plan office's decision on one department's report (審査): a 最終評価 with an optional comment, or 差戻し with a
 * reason. It names the report it decides on and the decision it saw on it (none: ''), so a report resubmitted or
 * decided on by someone else since is refused as stale.
 */
export const ReviewInputSchema = z.object({
  requestId: RequestIdSchema,
  itemId: ItemIdSchema,
  roundId: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
  reportRequestId: z.string().check(z.minLength(1), z.maxLength(LIMITS.requestId)),
  decisionRequestId: z.string().check(z.maxLength(LIMITS.requestId)),
  decision: z.enum(['final', 'return']),
  /** The 最終評価's grade code (a decision 'final' only). */
  finalGrade: z.optional(trimmed(8)),
  /** The comment of a 最終評価, or the reason of a 差戻し (required then). */
  note: trimmed(LIMITS.longText),
});

/** The item's life in the plan, set by the plan office (changeLifecycle): 異動 from a round on, and 再掲. */
export const LIFECYCLE_KINDS = ['active', 'merged', 'abolished', 'completed'] as const;
export const LifecycleInputSchema = z.object({
  requestId: RequestIdSchema,
  itemId: ItemIdSchema,
  baseRevision: revisionNo,
  lifecycle: z.enum(LIFECYCLE_KINDS),
  /** The round from which the change applies (required unless active). */
  roundId: z
    .string()
    .check(z.trim(), z.regex(/^[A-Za-z0-9_-]{0,20}$/, { error: FIELD_REASONS.roundIdFormat })),
  /** The item a merged item joined (統合先), '' otherwise. */
  mergedInto: z
    .string()
    .check(z.trim(), z.regex(/^(\d{1,2}-\d{1,3}-\d{2,4})?$/, { error: FIELD_REASONS.itemIdFormat })),
  /** 再掲: the second reform the item is shown under, or null. */
  crossListedReformNo: z.nullable(intFrom(1, 999)),
});

/** 取り込み: the source sheet, a register field per source column ('' = not taken), and an ID for a retry. */
export const ImportRequestSchema = z.object({
  requestId: RequestIdSchema,
  sheetName: required(LIMITS.title),
  mapping: z.array(trimmed(LIMITS.shortText)).check(z.maxLength(LIMITS.listItems)),
});

/** 取り込み's preview: the source sheet and a mapping, or null for the suggested one. */
export const ImportPreviewRequestSchema = z.object({
  sheetName: ImportRequestSchema.shape.sheetName,
  mapping: z.nullable(ImportRequestSchema.shape.mapping),
});

/** An item as stored in one register row. */
export const ItemSchema = z.object({
  id: ItemIdSchema,
  pillarNo: positiveInt,
  reformNo: positiveInt,
  title: z.string(),
  description: z.string(),
  department: z.string(),
  relatedDepartments: z.array(z.string()),
  schedule: z.record(z.string(), z.string()),
  indicator: z.object({
    name: z.string(),
    unit: z.string(),
    baseline: optionalNumber,
    target: optionalNumber,
  }),
  indicatorActual: optionalNumber,
  savingsPlan: SavingsSchema,
  savingsActual: SignedSavingsSchema,
  /** 実績の区分 of the last report's actuals as the cell holds it: 見込み, 確定 or ''. */
  actualBasis: z.string(),
  /** 効果区分 as the cell holds it: 単年度, 継続, or '' (read as 単年度). */
  effectType: z.string(),
  indicatorTargets: z.record(z.string(), optionalNumber),
  cutTargets: z.record(z.string(), optionalNumber),
  revenueTargets: z.record(z.string(), optionalNumber),
  status: z.string(),
  progress: z.nullable(z.number()),
  grade: z.string(),
  activity: z.string(),
  issues: z.string(),
  nextSteps: z.string(),
  /** The round an item added mid-plan was added in ('' for the plan as first made): it is graded from then on. */
  addedRoundId: z.string(),
  /** 異動 as the register holds it: '' (active), 統合, 廃止 or 完了 (lifecycle.ts), from lifecycleRoundId on. */
  lifecycle: z.string(),
  lifecycleRoundId: z.string(),
  /** The ID of the item a merged (統合) item joined. */
  mergedInto: z.string(),
  /** 再掲: a second reform the item is shown under, counted once (its own reform's). */
  crossListedReformNo: optionalNumber,
  /** Round id of the last progress report, '' if never reported. */
  lastRoundId: z.string(),
  /** requestId of the last progress report applied to the row: a retry of it is recognised without reading the history. */
  lastRequestId: z.string(),
  updatedBy: z.string(),
  /** ISO date-time of the last change, '' if never changed by the add-on. */
  updatedAt: z.string(),
  /** Incremented by every write through the add-on; a save based on an older revision is refused. */
  revision: revisionNo,
});

/**
 * An item's plan fields (what the item form edits): an edit's history entry keeps them as they were before it, so
 * the plan as it stood at any instant can be read back (src/domain/as-of.ts planAsOf).
 */
export const ItemPlanSchema = z.object({
  pillarNo: ItemSchema.shape.pillarNo,
  reformNo: ItemSchema.shape.reformNo,
  title: z.string(),
  description: z.string(),
  department: z.string(),
  relatedDepartments: z.array(z.string()),
  schedule: ItemSchema.shape.schedule,
  indicator: ItemSchema.shape.indicator,
  savingsPlan: SavingsSchema,
  /** A 異動 entry's item as it was before it (lifecycle.ts), so a past round's grading can be read back. */
  lifecycle: z.optional(z.string()),
  lifecycleRoundId: z.optional(z.string()),
  mergedInto: z.optional(z.string()),
  crossListedReformNo: z.optional(ItemSchema.shape.crossListedReformNo),
  // Absent in the plans of edits made before the yearly plan existed.
  effectType: z.optional(z.string()),
  indicatorTargets: z.optional(ItemSchema.shape.indicatorTargets),
  cutTargets: z.optional(ItemSchema.shape.cutTargets),
  revenueTargets: z.optional(ItemSchema.shape.revenueTargets),
});

/**
 * One append-only history row: every create, edit and progress report, and the plan office's decision on a report
 * (review: its 最終評価 in 評価; return: 差戻し), which applies to the item's latest report in the round.
 */
export const HISTORY_KINDS = [
  'create',
  'update',
  'progress',
  'adopt',
  'review',
  'return',
  'lifecycle',
] as const;
export const HistoryEntrySchema = z.object({
  at: IsoDateTimeSchema,
  user: z.string(),
  kind: z.enum(HISTORY_KINDS),
  requestId: z.string(),
  itemId: ItemIdSchema,
  /** Item revision after this change. */
  revision: revisionNo,
  roundId: z.string(),
  status: z.string(),
  progress: z.nullable(z.number()),
  grade: z.string(),
  indicatorActual: optionalNumber,
  savingsActual: SignedSavingsSchema,
  /** 見込み or 確定 of the report's actuals; absent in a 履歴 without the column. */
  actualBasis: z.optional(z.string()),
  activity: z.string(),
  issues: z.string(),
  nextSteps: z.string(),
  /** Human-readable summary of what changed, in Japanese (e.g. "進捗状況: 検討中→実施中"). */
  changes: z.string(),
  /** An edit's plan fields as they were before it (absent on other entries, and in a 履歴 without the column). */
  planBefore: z.optional(ItemPlanSchema),
});

// ---------------------------------------------------------------------------------------------------------------
// Request payloads that are not items.

export const ItemFilterSchema = z.object({
  department: z.optional(z.string()),
  pillarNo: z.optional(positiveInt),
  roundId: z.optional(z.string()),
  /** Only items without a report for roundId (or the current round). */
  notReportedOnly: z.optional(z.boolean()),
  /** Free-text search over id, title and department. */
  query: z.optional(trimmed(LIMITS.title)),
});

/** adoptHandEdits: the items whose hand edits to adopt, or null for every item with some. */
export const AdoptRequestSchema = z.nullable(z.array(ItemIdSchema).check(z.maxLength(LIMITS.listItems)));

export const ReportRequestSchema = z.object({
  roundId: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
  meetingName: required(LIMITS.title),
  meetingDate: IsoDateSchema,
  /** 資料番号, e.g. "資料1". */
  documentNo: trimmed(LIMITS.shortText),
  /** Empty: the built-in layout. Otherwise the id of a Google Doc used as a template. */
  templateDocId: trimmed(100),
  /** The plan office saw that 履歴 or 報告書ログ was changed by hand and asks for the report anyway: the document
   * says so on its first page. */
  acknowledgeTampering: z.optional(z.boolean()),
});

/** A logged report made again as the record stood then: the log entry (by its 作成日時) and the meeting's details. */
export const RegenerateRequestSchema = z.object({
  /** As 報告書ログ shows it (2026/12/01 10:00:00, copied from the cell) or as ISO text. */
  loggedAt: z.string().check(
    z.trim(),
    z.regex(
      /^(\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}(:\d{2})?|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))$/,
      {
        error: FIELD_REASONS.dateTimeFormat,
      },
    ),
  ),
  meetingName: ReportRequestSchema.shape.meetingName,
  meetingDate: IsoDateSchema,
  documentNo: ReportRequestSchema.shape.documentNo,
  templateDocId: ReportRequestSchema.shape.templateDocId,
  acknowledgeTampering: ReportRequestSchema.shape.acknowledgeTampering,
});

export type Pillar = z.infer<typeof PillarSchema>;
export type Reform = z.infer<typeof ReformSchema>;
export type Department = z.infer<typeof DepartmentSchema>;
export type StatusRole = (typeof STATUS_ROLES)[number];
export type Status = z.infer<typeof StatusSchema>;
export type Grade = z.infer<typeof GradeSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type OpenRoundInput = z.infer<typeof OpenRoundInputSchema>;
export type SendRemindersInput = z.infer<typeof SendRemindersInputSchema>;
export type Master = z.infer<typeof MasterSchema>;
export type Schedule = z.infer<typeof ScheduleSchema>;
export type Savings = z.infer<typeof SavingsSchema>;
export type ItemInput = z.infer<typeof ItemInputSchema>;
export type ProgressInput = z.infer<typeof ProgressInputSchema>;
export type ReviewInput = z.infer<typeof ReviewInputSchema>;
export type LifecycleInput = z.infer<typeof LifecycleInputSchema>;
export type LifecycleKind = (typeof LIFECYCLE_KINDS)[number];
export type Item = z.infer<typeof ItemSchema>;
export type HistoryKind = (typeof HISTORY_KINDS)[number];
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type ItemFilter = z.infer<typeof ItemFilterSchema>;
export type ImportRequest = z.infer<typeof ImportRequestSchema>;
export type ReportRequest = z.infer<typeof ReportRequestSchema>;
export type RegenerateRequest = z.infer<typeof RegenerateRequestSchema>;
export type ItemPlan = z.infer<typeof ItemPlanSchema>;
