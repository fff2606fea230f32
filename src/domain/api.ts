// The typed contract between the sidebars and the server: every function a sidebar may call, with its
// payload and result types. Results are plain JSON; an expected refusal is a value, not an exception.

import type { LedgerTotals } from './ledger';
import type { SetupChoice } from './new-plan';
import type { OpenDataTable } from './open-data';
import type { ReviewFigures } from './review';
import type {
  HistoryEntry,
  ImportRequest,
  Item,
  ItemFilter,
  ItemInput,
  LifecycleInput,
  Master,
  OpenRoundInput,
  ProgressInput,
  RegenerateRequest,
  ReportRequest,
  ReviewInput,
  Round,
  SendRemindersInput,
} from './schemas';
import type { TamperReason } from './tamper';

/** A message for one field of a form; `path` is the dotted path in the payload (e.g. "indicator.target"). */
export interface FieldError {
  path: string;
  message: string;
}

export type ApiErrorCode =
  | 'invalid' // the payload broke a schema or rule: see fields
  | 'stale' // the item changed since the client read it: see stale
  | 'forbidden' // the user may not do this
  | 'notFound' // unknown item, round or template
  | 'busy' // the document lock could not be obtained in time
  | 'notSetUp' // the register does not exist yet
  | 'layout' // a required column or sheet is missing or renamed
  | 'template' // the report template is unusable
  | 'quota' // today's mail quota cannot cover a reminder sending: nothing was sent
  | 'tampered' // 履歴 or 報告書ログ was changed by hand: the report needs the plan office's confirmation
  | 'failed'; // an unexpected failure; nothing was written

export interface FieldChange {
  path: string;
  label: string;
  yours: string;
  theirs: string;
}

/** One add-on cell typed by hand since the add-on last wrote the row: old and new as a person reads them. */
export interface HandEdit {
  /** Column key ("description", "schedule.2023"). */
  path: string;
  /** The column's header. */
  label: string;
  before: string;
  after: string;
}

/** Who changed the item since the client read it, and what. */
export interface StaleInfo {
  revision: number;
  updatedBy: string;
  updatedAt: string;
  changes: FieldChange[];
  /** Cells typed by hand since the add-on's last write (updatedBy/updatedAt are of that write). */
  handEdits?: HandEdit[];
}

export interface ApiError {
  code: ApiErrorCode;
  /** One Japanese sentence a user can act on. */
  message: string;
  fields?: FieldError[];
  stale?: StaleInfo;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface UserContext {
  email: string;
  isPlanOffice: boolean;
  /** Departments the user belongs to (by e-mail or group). */
  departments: string[];
  /** True for the plan office, and for everyone while no department mapping is configured: these users may
   * also run what writes for the whole plan (set-up, 集計, the meeting report). */
  canEditAll: boolean;
}

export interface MasterView {
  master: Master;
  user: UserContext;
  /** The round a sidebar starts on: the one a request without a round refers to. */
  defaultRoundId: string;
  /** マスタ cells that could not be read (each named, e.g. マスタ!X2): their entries are left out until fixed. */
  masterWarnings: string[];
  /** Today in Tokyo by the server's clock (ISO date): the sidebars count the days to a deadline from it. */
  today: string;
}

/** One department's unreported items in a round. */
export interface UnreportedDepartment {
  department: string;
  count: number;
  items: { id: string; title: string }[];
}

/** The 報告回 sidebar: every round with its state, and the 未報告 of the round asked for. */
export interface RoundsView {
  rounds: Round[];
  currentRoundId: string;
  roundId: string;
  unreported: UnreportedDepartment[];
  today: string;
}

export interface OpenRoundResult {
  round: Round;
  /** True when the request was a retry of one that already opened the round. */
  duplicate: boolean;
}

/** What a reminder sending would do: each department's recipients and text, and the mail quota left today. */
export interface ReminderPreview {
  roundId: string;
  reminders: { department: string; to: string[]; subject: string; body: string; count: number }[];
  /** Recipients all mails together count against the daily quota. */
  recipients: number;
  remainingQuota: number;
}

export interface ReminderSendResult {
  roundId: string;
  sent: { department: string; to: string[] }[];
  /** Departments with no members in マスタ: nothing was sent to them. */
  skipped: string[];
  duplicate: boolean;
  remainingQuota: number;
}

/** One entry of a sidebar's item list, as decoded from an ItemListResult (item-list.ts). */
export interface ItemSummary {
  id: string;
  title: string;
  department: string;
  /** Reported in the round the list was asked for. */
  reported: boolean;
  editable: boolean;
  /** The plan office returned the item's report in the round (差戻し), for this reason: it is to be resubmitted. */
  returnReason?: string;
  /** Out of the round's grading (統合済み, 廃止, 追加前): shown instead of 未報告, never the next to report. */
  outOfGrading?: string;
}

/**
 * The item list, column by column in sheet order (one entry per item in each): only what the lists show, ≤ 60
 * bytes an item. 担当課 is its position in the master's departments, which the sidebar already holds, or the text
 * when the master does not list it (item-list.ts encodes and decodes it); details come with getItem.
 */
export interface ItemListResult {
  roundId: string;
  ids: string[];
  titles: string[];
  departments: (number | string)[];
  /** Positions of the items reported in the round. */
  reported: number[];
  /** Positions of the items whose report in the round the plan office returned (差戻し), not yet resubmitted. */
  returned?: number[];
  /** The reason of each of those returns, in the same order. */
  returnReasons?: string[];
  /** Positions of the items out of the round's grading (統合, 廃止 or added later: lifecycle.ts). */
  outOfGrading?: number[];
  /** The state each of those shows (統合済み, 廃止, 追加前), in the same order. */
  outOfGradingStates?: string[];
}

/** What an item or progress sidebar needs to be usable, in one round trip. */
export interface ItemSidebarStart {
  view: MasterView;
  list: ItemListResult;
}

export interface ItemDetail {
  item: Item;
  editable: boolean;
  /** The latest progress report of an earlier round, shown for reference. */
  previous: HistoryEntry | null;
  /** The report already made in the requested round, if any. */
  current: HistoryEntry | null;
  /** The plan office's decision on `current` (最終評価 or 差戻し) and its comment or reason; null while unreviewed. */
  review?: ReviewDecision | null;
}

/** A decision on a report as the sidebars show it. */
export interface ReviewDecision {
  kind: 'review' | 'return';
  requestId: string;
  /** The 最終評価 (a review), or the report's own 自己評価 (a return). */
  grade: string;
  note: string;
  user: string;
  at: string;
}

export interface ReviewResult {
  entry: HistoryEntry;
  /** True when this requestId had already been recorded: nothing new was written. */
  duplicate: boolean;
}

export interface SetupResult {
  /** Sheet names created by this run. */
  created: string[];
  /** What was missing and has been restored (columns, validations, protections, named ranges). */
  repaired: string[];
  /** True when the register was empty and got the seed plan's items. */
  seeded: boolean;
  /** Who may edit マスタ after this run (its protection's editors): the plan office and the user who ran it. */
  masterEditors: string[];
  /** The user made 行革担当 by starting a new plan that listed none (null otherwise). */
  planOfficeAdded: string | null;
  /** マスタ lists no 行革担当 after this run: department members added now would lock everyone unlisted out. */
  planOfficeMissing: boolean;
  /** The register's 年度 columns brought to a plan period changed in マスタ (null when they matched it). */
  periodChange: PeriodChangeResult | null;
}

export interface PeriodChangeResult {
  /** Headers of the 年度計画 columns inserted. */
  added: string[];
  /** Headers of the columns of years that left the period, deleted. */
  removed: string[];
  /** Items whose values in those columns went to the history (one entry each). */
  itemsMoved: number;
}

export interface RecordProgressResult {
  item: Item;
  entry: HistoryEntry;
  /** True when this requestId had already been recorded: nothing new was written. */
  duplicate: boolean;
}

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Item ID of the row ('' when the row has none). */
  itemId: string;
  /** 取組項目 of the row as typed ('' when empty), so a list of problems can name the item. */
  itemTitle: string;
  /** 1-based sheet row. */
  row: number;
  /** Header of the column. */
  column: string;
  /** A1 notation of the cell on the register sheet. */
  a1: string;
  severity: Severity;
  /** Identifier of the rule that found it (e.g. "required", "late-needs-issues"). */
  rule: string;
  /** Japanese message naming the field and the reason. */
  message: string;
}

/** Warnings of one rule with one message (e.g. 20 items without an indicator), counted over the whole register. */
export interface WarningGroup {
  rule: string;
  message: string;
  count: number;
}

/**
 * What was changed by hand in the record: the first row of a sealed sheet (履歴, 報告書ログ) that breaks its digest
 * chain, a sealed sheet deleted whole, or 台帳 rows gone of items 履歴 records.
 */
export interface TamperFinding {
  sheet: string;
  /** 1-based sheet row (1 when the finding is of the whole sheet). */
  row: number;
  /** Its 連番, when it has a usable one. */
  seq: number | null;
  reason: TamperReason;
  message: string;
}

export interface ValidationReport {
  checkedRows: number;
  /** Rows with cells typed by hand since the add-on last wrote them, not yet adopted (手入力の変更). */
  handEditRows: number;
  errorCount: number;
  warningCount: number;
  /**
   * One page of the problems, from `offset`: errors first, then warnings, each in sheet order. The whole list can be
   * larger than a sidebar should receive at once; `nextOffset` asks for the next page (null when this is the last).
   */
  problems: Problem[];
  offset: number;
  nextOffset: number | null;
  warningGroups: WarningGroup[];
  /** マスタ cells that could not be read (each named): their entries are left out until fixed. */
  masterWarnings: string[];
}

export interface AdoptResult {
  /** IDs of the items whose hand edits are now recorded. */
  adopted: string[];
  /** IDs of the items left as they are because a cell has an error (fix it first, then adopt). */
  skipped: string[];
}

/** Whether 履歴 and 報告書ログ are as the add-on wrote them: one finding per sheet whose chain is broken. */
export interface HistoryCheck {
  tampering: TamperFinding[];
}

/** The last first page of 台帳の検証 and the last history check, each with its ISO time (Tokyo), or null. */
export interface ValidationView {
  validation: { report: ValidationReport; at: string } | null;
  historyCheck: { check: HistoryCheck; at: string } | null;
}

export interface SavingsFigures {
  planCut: number;
  planRevenue: number;
  planTotal: number;
  actualCut: number;
  actualRevenue: number;
  actualTotal: number;
  /** actualTotal / planTotal in percent, null when nothing is planned. */
  achievementRate: number | null;
}

export interface GroupFigures {
  items: number;
  /** Keyed by status name; items without a status under ''. */
  byStatus: Record<string, number>;
  /** Keyed by grade code; items without a grade in the round under ''. */
  byGrade: Record<string, number>;
  /** Over the reported items with a progress value. */
  averageProgress: number | null;
  /** Items without a report in the round (their status is 未報告). */
  unreported: number;
  savings: SavingsFigures;
}

export interface PillarFigures extends GroupFigures {
  pillarNo: number;
  name: string;
}

export interface ReformFigures extends GroupFigures {
  reformNo: number;
  pillarNo: number;
  name: string;
}

export interface DepartmentFigures extends GroupFigures {
  department: string;
}

export interface Coverage {
  roundId: string;
  due: number;
  reported: number;
  /** reported / due in percent, null when nothing is due. */
  rate: number | null;
  /** Departments with items not yet reported in the round, with those items' IDs. */
  missing: { department: string; itemIds: string[] }[];
}

export interface Summary {
  roundId: string;
  roundLabel: string;
  statusNames: string[];
  gradeCodes: string[];
  total: GroupFigures;
  byPillar: PillarFigures[];
  byReform: ReformFigures[];
  byDepartment: DepartmentFigures[];
  coverage: Coverage;
  /** How far the plan office has reviewed the round's reports (absent from a 集計 stored before reviews existed). */
  review?: ReviewFigures;
  /** The yearly ledger (効果額 per 年度, target / actual / cumulative / achievement), by pillar and in total. */
  ledger?: LedgerTotals;
}

/** The last 集計 written (refreshSummary), and when. */
export interface LastSummary {
  summary: Summary;
  /** ISO date-time (Tokyo) of that 集計. */
  at: string;
}

/** What the 集計 sidebar opens on: the master view and the last 集計, in one answer. */
export interface SummaryView extends MasterView {
  last: LastSummary | null;
}

/**
 * A form's payload before the server's schema has judged it: the schema's fields (a new required field is a
 * compile error in the form that builds it), with a number field holding null when left empty or the text typed
 * when it is not a number, so the schema refuses it with its own message.
 */
export type Draft<T> = T extends readonly (infer E)[]
  ? Draft<E>[]
  : T extends number
    ? number | string | null
    : T extends object
      ? { [K in keyof T]: Draft<T[K]> }
      : T;

/**
 * Every function a sidebar calls through google.script.run, as the client sees it, and nothing else (the menu's
 * own functions, such as menuSetup, are not here). src/contract-check.ts proves src/index.ts implements it.
 */
export interface ServerApi {
  /** The set-up sidebar's start: the 行田市 sample or a new plan (null: the sample on a new file, else a repair). */
  setupRegister(choice: SetupChoice | null): ApiResult<SetupResult>;
  listItems(filter: ItemFilter): ApiResult<ItemListResult>;
  /** The master view and the list (filtered as listItems), for a sidebar that opens. */
  startItemSidebar(filter: ItemFilter): ApiResult<ItemSidebarStart>;
  getItem(id: string, roundId: string | null): ApiResult<ItemDetail>;
  saveItem(input: Draft<ItemInput>): ApiResult<{ item: Item }>;
  recordProgress(input: Draft<ProgressInput>): ApiResult<RecordProgressResult>;
  /** Validates and marks the whole register; answers the page of problems from `offset` (null: the first). */
  validateRegister(offset: number | null): ApiResult<ValidationReport>;
  /** Plan office only: makes the hand edits of the given items (all, for null) the record, one history entry each. */
  adoptHandEdits(ids: string[] | null): ApiResult<AdoptResult>;
  /** Verifies the digest chains of 履歴 and 報告書ログ (a separate call: it reads both sheets whole). */
  verifyHistory(): ApiResult<HistoryCheck>;
  /** The last validation and history check kept, read without reading the register (the 検証 sidebar's first call). */
  getValidationView(): ApiResult<ValidationView>;
  refreshSummary(roundId: string | null): ApiResult<Summary>;
  /** The master view and the last 集計 written, read without reading the register (the 集計 sidebar's first call). */
  getSummaryView(): ApiResult<SummaryView>;
  /** The same figures as refreshSummary, written nowhere. */
  getSummary(roundId: string | null): ApiResult<Summary>;
  /** Selects one register cell (A1 notation), for the 検証 sidebar's jumps. */
  selectCell(a1: string): ApiResult<{ a1: string }>;
  /** The report's pre-flight for a round (plan office): coverage, unadopted hand edits and tampering. */
  getReportPreflight(roundId: string | null): ApiResult<ReportPreflight>;
  /** The master view with the default round's pre-flight (plan office): the 報告書 sidebar's one first call. */
  startReportSidebar(): ApiResult<ReportSidebarStart>;
  generateReport(request: ReportRequest): ApiResult<ReportResult>;
  /** A logged report made again, figure for figure, as the record stood at its 作成日時. */
  regenerateReport(request: RegenerateRequest): ApiResult<ReportResult>;
  /** The register as open-data tables; the sidebar writes each as a CSV file in the browser. */
  getOpenData(): ApiResult<OpenDataExport>;
  /** The 報告回 sidebar's calls, the plan office's only. A new round, which becomes the current one; retry-safe. */
  openRound(input: Draft<OpenRoundInput>): ApiResult<OpenRoundResult>;
  /** Closes a round by its ID: it accepts no new reports from then on. */
  closeRound(roundId: string): ApiResult<{ round: Round }>;
  /** Every round, and the 未報告 of the one asked for (null: the current round) — the sidebar's first call. */
  getRoundsView(roundId: string | null): ApiResult<RoundsView>;
  /** What a reminder sending would mail, to whom, and today's quota left; sends nothing. */
  previewReminders(roundId: string | null): ApiResult<ReminderPreview>;
  /** One mail per department with members and unreported items, each logged; a retried request sends nothing. */
  sendReminders(input: SendRemindersInput): ApiResult<ReminderSendResult>;
  /** Plan office only: a 最終評価 with a comment, or 差戻し with a reason, on an item's report in a round. */
  reviewReport(input: Draft<ReviewInput>): ApiResult<ReviewResult>;
  /** 取り込み (plan office): the sheets an import may read. */
  startImportSidebar(): ApiResult<ImportStart>;
  /** What importing a sheet with a mapping (null: the suggested one) would make and refuse; writes nothing. */
  previewImport(sheetName: string, mapping: string[] | null): ApiResult<ImportPreview>;
  /** Every row of the sheet as a new item with one history entry each, or nothing when any row cannot be taken. */
  importRegister(request: ImportRequest): ApiResult<ImportResult>;
  /** Plan office only: an item's 異動 (統合, 廃止, 完了 or back to active) from a round on; retry-safe. */
  changeLifecycle(input: Draft<LifecycleInput>): ApiResult<{ item: Item; duplicate: boolean }>;
}

/** The open-data tables (src/domain/open-data.ts), as plain JSON. */
export interface OpenDataExport {
  tables: OpenDataTable[];
}

export type ServerFunctionName = keyof ServerApi;

/** What the 報告書 sidebar shows before 作成: the round's coverage, hand edits the report will not use, tampering. */
export interface ReportPreflight {
  roundId: string;
  coverage: Coverage;
  /** Register rows with hand edits not yet adopted: the report uses the recorded rows, not what they show. */
  handEditRows: number;
  /** Breaks of the history's digest chain: 作成 is refused unless the plan office confirms. */
  tampering: TamperFinding[];
}

/** The 報告書 sidebar's first answer: the master view, and the default round's pre-flight for the plan office. */
export interface ReportSidebarStart {
  view: MasterView;
  preflight: ReportPreflight | null;
}

export interface ReportResult {
  documentId: string;
  url: string;
  title: string;
  roundId: string;
  roundLabel: string;
  /** Earlier log entries of the same round now marked 差し替え済み. */
  supersededCount: number;
  /** Register rows with hand edits not yet adopted (the report used the recorded rows). */
  handEditRows: number;
  /** The figures the report shows (the same as the 集計 sheet's for this round). */
  summary: Summary;
}

/** 取り込み: one header of the source sheet and the register field its column goes to ('' = not taken). */
export interface ImportColumn {
  /** Column letter in the source sheet (A, B, …). */
  column: string;
  header: string;
  field: string;
}

/** A register field an import may fill, for the sidebar's select per header. */
export interface ImportField {
  key: string;
  label: string;
  required: boolean;
}

/** A source row as the item it would become. */
export interface ImportPreviewRow {
  /** 1-based row of the source sheet. */
  row: number;
  id: string;
  pillarNo: number;
  reformNo: number;
  title: string;
  department: string;
}

/** A source row that cannot be taken, with every reason naming its cell (取込元!C7: …). */
export interface ImportRefusedRow {
  row: number;
  problems: string[];
}

/** What 取り込み would do with a source sheet and a mapping; nothing is written. */
export interface ImportPreview {
  sheetName: string;
  /** 1-based row of the source's header row. */
  headerRow: number;
  columns: ImportColumn[];
  fields: ImportField[];
  /** Why the mapping cannot be used yet (a required field unmapped, a field mapped twice); rows are not judged then. */
  mappingProblems: string[];
  /** Non-blank rows below the header. */
  rowCount: number;
  /** Rows that would become items. */
  takeable: number;
  /** The first rows as they would be created. */
  preview: ImportPreviewRow[];
  /** Rows that cannot be taken (the first IMPORT_LIST_MAX), and how many there are in all. */
  refused: ImportRefusedRow[];
  refusedCount: number;
}

/** The 取り込み sidebar's first answer: the file's sheets an import may read. */
export interface ImportStart {
  sources: string[];
}

export interface ImportResult {
  /** The items made, in the source's row order. */
  ids: string[];
  imported: number;
  /** True when this requestId had already imported: nothing new was written, the first answer is given again. */
  duplicate: boolean;
}
