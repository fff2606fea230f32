// Reporting rounds through the built bundle: opening (plan office only, retry-safe, current round), closing (no new
// reports; a plan-office correction with its reason in 変更内容), 未報告 by department, and mailed reminders: the dry
// run's recipients and texts, a sending within the quota, and a quota too small refused with nothing sent.
import type { Environment } from '../../emulator';
import { progressReport } from '../../harness/payloads';
import { ok, PLAN_OFFICE, setUpEnvironment } from '../../harness/register';
import type {
  ApiResult,
  ItemDetail,
  MasterView,
  OpenRoundResult,
  RecordProgressResult,
  ReminderPreview,
  ReminderSendResult,
  RoundsView,
} from '../../src/domain/api';
import { isoDateInTokyo } from '../../src/domain/fiscal-year';
import { SHEETS } from '../../src/domain/sheet-names';
import { listed } from '../support/items';
import { mapUsers } from '../support/roles';
import { stateHash } from '../support/server-functions';

jest.setTimeout(60_000);

const DIGITAL = 'tanaka@city.gyoda.example.jp';
const DIGITAL_2 = 'yamada@city.gyoda.example.jp';
const ASSETS = 'sato@city.gyoda.example.jp';

/** The Tokyo calendar day `days` after the environment's virtual today. */
const dayAfter = (env: Environment, days: number) =>
  isoDateInTokyo(new Date(env.now + days * 24 * 60 * 60 * 1000));

function mappedEnvironment(): Environment {
  const env = setUpEnvironment();
  mapUsers(env, {
    planOffice: [PLAN_OFFICE],
    departments: { デジタル推進課: [DIGITAL, DIGITAL_2], 資産管理課: [ASSETS] },
  });
  return env;
}

const openInput = (env: Environment, patch: Record<string, unknown> = {}) => ({
  requestId: 'open-round-0001',
  label: '令和7年度 上半期',
  fiscalYear: 2025,
  dueDate: dayAfter(env, 5),
  ...patch,
});

const open = (env: Environment, patch: Record<string, unknown> = {}, user = PLAN_OFFICE) =>
  env.scriptRun('openRound', [openInput(env, patch)], { user }) as ApiResult<OpenRoundResult>;

let sequence = 0;
const report = (env: Environment, itemId: string, roundId: string, user: string, patch = {}) => {
  const { item } = ok<ItemDetail>(env.scriptRun('getItem', [itemId, roundId], { user: PLAN_OFFICE }));
  return env.scriptRun(
    'recordProgress',
    [
      progressReport(itemId, `req-rounds-${String(++sequence).padStart(6, '0')}`, item.revision, {
        roundId,
        ...patch,
      }),
    ],
    { user },
  ) as ApiResult<RecordProgressResult>;
};

const historyRows = (env: Environment) => env.spreadsheet.values(SHEETS.history);

describe('報告回の開始', () => {
  it('is refused for a department user in Japanese, with the state unchanged', () => {
    const env = mappedEnvironment();
    const before = stateHash(env);
    const result = open(env, {}, DIGITAL);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('forbidden');
      expect(result.error.message).toContain('報告回の開始');
    }
    expect(stateHash(env)).toBe(before);
  });

  it('appends the round with an R7-H1 ID and makes it the current round', () => {
    const env = mappedEnvironment();
    const { round, duplicate } = ok<OpenRoundResult>(open(env));
    expect(duplicate).toBe(false);
    expect(round).toEqual({
      id: 'R7-H1',
      label: '令和7年度 上半期',
      fiscalYear: 2025,
      dueDate: dayAfter(env, 5),
    });
    const view = ok<MasterView>(env.scriptRun('getSummaryView', [], { user: DIGITAL }));
    expect(view.master.currentRoundId).toBe('R7-H1');
    expect(view.defaultRoundId).toBe('R7-H1');
    expect(view.master.rounds.at(-1)).toEqual(round);
    // A second round of the same half gets a unique ID.
    const second = ok<OpenRoundResult>(
      open(env, { requestId: 'open-round-0002', label: '令和7年度 上半期（追加）' }),
    );
    expect(second.round.id).toBe('R7-H1-2');
  });

  it('adds one round when a request is retried', () => {
    const env = mappedEnvironment();
    const first = ok<OpenRoundResult>(open(env));
    const settled = env.spreadsheet.values(SHEETS.master);
    const retry = ok<OpenRoundResult>(open(env));
    expect(retry).toEqual({ round: first.round, duplicate: true });
    expect(env.spreadsheet.values(SHEETS.master)).toEqual(settled);
    const view = ok<MasterView>(env.scriptRun('getSummaryView', []));
    expect(view.master.rounds.filter((r) => r.label === '令和7年度 上半期')).toHaveLength(1);
  });

  it('refuses a name already used, naming the field, with nothing changed', () => {
    const env = mappedEnvironment();
    const before = stateHash(env);
    const result = open(env, { label: '令和4年度 上半期' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.[0]?.message).toContain('報告回の名称');
    expect(stateHash(env)).toBe(before);
  });

  it('sends today (Tokyo, by the server clock) with the master, for the days left to the deadline', () => {
    const env = mappedEnvironment();
    const view = ok<MasterView>(env.scriptRun('getSummaryView', []));
    expect(view.today).toBe(isoDateInTokyo(new Date(env.now)));
  });
});

describe('締切', () => {
  it('refuses new reports into a closed round, naming it, and lets the plan office correct one with a reason', () => {
    const env = mappedEnvironment();
    ok(open(env));
    ok(report(env, '1-1-01', 'R7-H1', DIGITAL));
    ok(env.scriptRun('closeRound', ['R7-H1']));
    const view = ok<RoundsView>(env.scriptRun('getRoundsView', ['R7-H1']));
    expect(view.rounds.find((r) => r.id === 'R7-H1')?.closed).toBe(true);

    const before = stateHash(env);
    const refused = report(env, '1-1-01', 'R7-H1', DIGITAL, { progress: 40 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('令和7年度 上半期');
    const noReason = report(env, '1-1-01', 'R7-H1', PLAN_OFFICE, { progress: 40 });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.error.fields?.[0]?.path).toBe('correctionReason');
    expect(stateHash(env)).toBe(before);

    const corrected = ok<RecordProgressResult>(
      report(env, '1-1-01', 'R7-H1', PLAN_OFFICE, {
        progress: 40,
        correctionReason: '会議資料との相違を修正',
      }),
    );
    expect(corrected.entry.changes).toContain('締切後の訂正（理由: 会議資料との相違を修正）');
    const rows = historyRows(env);
    const changes = (rows[0] as unknown[]).indexOf('変更内容');
    expect(String(rows.at(-1)?.[changes])).toContain('会議資料との相違を修正');
  });

  it('reads a register from before the 状態 column: every round open', () => {
    const env = mappedEnvironment();
    const grid = env.spreadsheet.values(SHEETS.master);
    const state = (grid[0] as unknown[]).indexOf('状態');
    expect(state).toBeGreaterThan(0);
    env.spreadsheet.edit(SHEETS.master, 1, state + 1, [['']]);
    const view = ok<MasterView>(env.scriptRun('getSummaryView', []));
    expect(view.master.rounds.some((r) => r.closed)).toBe(false);
    ok(report(env, '1-1-01', 'R4-H2', DIGITAL));
    // Closing writes the header back, and the round reads as closed.
    ok(env.scriptRun('closeRound', ['R4-H2']));
    expect(env.spreadsheet.values(SHEETS.master)[0]?.[state]).toBe('状態');
    const closed = ok<MasterView>(env.scriptRun('getSummaryView', []));
    expect(closed.master.rounds.find((r) => r.id === 'R4-H2')?.closed).toBe(true);
  });
});

describe('未報告 by department', () => {
  it('groups the round’s unreported items by department with counts, agreeing with the list', () => {
    const env = mappedEnvironment();
    ok(open(env));
    ok(report(env, '1-1-01', 'R7-H1', DIGITAL));
    const view = ok<RoundsView>(env.scriptRun('getRoundsView', [null]));
    expect(view.roundId).toBe('R7-H1');
    const expected = new Map<string, string[]>();
    for (const item of listed(env, { roundId: 'R7-H1' }).filter((i) => !i.reported))
      expected.set(item.department, [...(expected.get(item.department) ?? []), item.id]);
    expect(Object.fromEntries(view.unreported.map((g) => [g.department, g.items.map((i) => i.id)]))).toEqual(
      Object.fromEntries(expected),
    );
    for (const group of view.unreported) expect(group.count).toBe(group.items.length);
    const digital = view.unreported.find((g) => g.department === 'デジタル推進課');
    expect(digital?.items.map((i) => i.id)).not.toContain('1-1-01');
    expect(digital?.items[0]?.title).toBeTruthy();
  });

  it('is for the plan office only', () => {
    const env = mappedEnvironment();
    const result = env.scriptRun('getRoundsView', [null], { user: DIGITAL }) as ApiResult<RoundsView>;
    expect(result.ok).toBe(false);
  });
});

describe('督促', () => {
  it('dry run lists each department’s recipients and plain-text reminder, and sends nothing', () => {
    const env = mappedEnvironment();
    ok(open(env));
    const before = stateHash(env);
    const preview = ok<ReminderPreview>(env.scriptRun('previewReminders', [null]));
    expect(stateHash(env)).toBe(before);
    expect(env.services.mail?.sent ?? []).toEqual([]);
    const digital = preview.reminders.find((r) => r.department === 'デジタル推進課');
    expect(digital?.to).toEqual([DIGITAL, DIGITAL_2]);
    expect(digital?.subject).toContain('令和7年度 上半期');
    expect(digital?.body).toContain('1-1-01');
    expect(digital?.body).toMatch(/締切は令和\d+年\d+月\d+日です/);
    expect(digital?.body).not.toMatch(/<[a-z]/i);
    // A department without members in マスタ is listed with no recipients: its text is for copying.
    expect(preview.reminders.find((r) => r.department === '財政課')?.to).toEqual([]);
    expect(preview.recipients).toBe(3);
    expect(preview.remainingQuota).toBe(100);
  });

  it('sends one mail per department with members within the quota, logs each, and a retry sends none', () => {
    const env = mappedEnvironment();
    ok(open(env));
    const preview = ok<ReminderPreview>(env.scriptRun('previewReminders', ['R7-H1']));
    const input = { requestId: 'remind-0001', roundId: 'R7-H1' };
    const result = ok<ReminderSendResult>(env.scriptRun('sendReminders', [input]));
    const sent = env.services.mail?.sent ?? [];
    expect(sent.map((m) => [m.to, m.subject, m.body])).toEqual(
      preview.reminders.filter((r) => r.to.length).map((r) => [r.to, r.subject, r.body]),
    );
    expect(result.sent.map((s) => s.department).sort()).toEqual(['デジタル推進課', '資産管理課'].sort());
    expect(result.remainingQuota).toBe(97);
    const log = env.spreadsheet.values(SHEETS.reminderLog);
    expect(log.slice(1).map((r) => [r[2], r[3], r[4]])).toEqual(
      result.sent.map((s) => ['remind-0001', 'R7-H1', s.department]),
    );
    const retry = ok<ReminderSendResult>(env.scriptRun('sendReminders', [input]));
    expect(retry.duplicate).toBe(true);
    expect(env.services.mail?.sent).toHaveLength(2);
  });

  it('refuses before sending anything when the quota cannot cover every department, saying how many remain', () => {
    const env = mappedEnvironment();
    ok(open(env));
    if (env.services.mail) env.services.mail.dailyRecipients = 2;
    const before = stateHash(env);
    const result = env.scriptRun('sendReminders', [
      { requestId: 'remind-0002', roundId: 'R7-H1' },
    ]) as ApiResult<ReminderSendResult>;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('quota');
      expect(result.error.message).toContain('残り 2件');
    }
    expect(env.services.mail?.sent ?? []).toEqual([]);
    expect(stateHash(env)).toBe(before);
  });
});
