// Reporting rounds for the plan office: open a round (it becomes the current one), close it, see 未報告 by
// department and remind those departments by mail. Every write runs under the document lock; the callers in
// src/index.ts check the role first, so anyone else is refused with nothing changed.
import type { OpenRoundResult, ReminderPreview, ReminderSendResult, RoundsView } from '../domain/api';
import { isoDateInTokyo } from '../domain/fiscal-year';
import { MASTER_BLOCKS, ROUND_STATE, roundCells, roundPlaces } from '../domain/master-codec';
import { ROUNDS, RULES } from '../domain/messages';
import { parseOrRefuse, Refusal, refuseInvalid } from '../domain/refusal';
import { newRoundId, resolveRound } from '../domain/rounds';
import {
  LIMITS,
  type Master,
  OpenRoundInputSchema,
  type Round,
  SendRemindersInputSchema,
} from '../domain/schemas';
import { SHEETS } from '../domain/sheet-names';
import { remindersFor, unreportedByDepartment } from '../domain/unreported';
import { parsePayload } from '../domain/validate-payload';
import { setValuesAsText } from '../sheets/kept-text';
import { RegisterStore } from '../sheets/register-store';
import { ReminderLog } from '../sheets/reminder-log';
import { currentUserEmail, nowIso } from './current-user';
import { withDocumentLock } from './lock';

/** Document property that remembers which round an open request made, so a retried open adds nothing. */
const openedBy = (requestId: string) => `openRound:${requestId}`;

/** The 状態 column stands right after the rounds block's own columns, wherever the block was moved. */
const STATE_OFFSET = MASTER_BLOCKS.rounds.headers.length;

const today = () => isoDateInTokyo(new Date());

function masterSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(
    SHEETS.master,
  ) as GoogleAppsScript.Spreadsheet.Sheet;
}

/** Where the rounds are in マスタ as it is now; a layout a round cannot be written into is refused. */
function placesOrRefuse(store: RegisterStore) {
  const places = roundPlaces(store.readMasterGrid());
  if (!places?.current || !places.stateColumnFree)
    throw new Refusal({ code: 'layout', message: ROUNDS.noSettingsRow });
  return { ...places, current: places.current };
}

export function openRound(payload: unknown): OpenRoundResult {
  const input = parseOrRefuse(parsePayload(OpenRoundInputSchema, payload));
  return withDocumentLock(() => {
    const store = new RegisterStore();
    const master = store.readMaster();
    const properties = PropertiesService.getDocumentProperties();
    const earlier = properties.getProperty(openedBy(input.requestId));
    const opened = master.rounds.find((r) => r.id === earlier);
    if (opened) return { round: opened, duplicate: true };
    if (input.roundId && master.rounds.some((r) => r.id === input.roundId))
      refuseInvalid([{ path: 'roundId', message: ROUNDS.idTaken(input.roundId) }]);
    if (master.rounds.some((r) => r.label.trim() === input.label))
      refuseInvalid([{ path: 'label', message: ROUNDS.labelTaken(input.label) }]);
    if (master.rounds.length >= LIMITS.listItems)
      throw new Refusal({ code: 'invalid', message: ROUNDS.tooManyRounds });
    const places = placesOrRefuse(store);
    const round: Round = {
      id: input.roundId || newRoundId(master, input.label, input.fiscalYear),
      label: input.label,
      fiscalYear: input.fiscalYear,
      dueDate: input.dueDate,
    };
    const sheet = masterSheet();
    asMasterEditor(sheet, () => {
      writeStateHeader(sheet, places.column);
      const row = sheet.getRange(places.nextRow, places.column, 1, STATE_OFFSET + 1);
      // Plain text but for the 年度: a deadline typed as text stays the ISO date it was, in any time zone.
      row.setNumberFormats([['@', '@', '0', '@', '@']]);
      setValuesAsText(row, [roundCells(round)]);
      sheet.getRange(places.current.row, places.current.column).setValue(round.id);
    });
    properties.setProperty(openedBy(input.requestId), round.id);
    return { round, duplicate: false };
  });
}

/**
 * Writes to マスタ, which Sheets lets only the editors of its protections write (the plan office and the file's
 * owner): anyone else is refused by name before anything is written. Asked of the protections (Protection.canEdit)
 * rather than read from a failed write, whose message Apps Script gives in the user's language. While nobody is
 * mapped, every user may run plan-office tasks, but only マスタ's editors can change its rounds.
 */
function asMasterEditor(sheet: GoogleAppsScript.Spreadsheet.Sheet, write: () => void): void {
  const locked = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => !p.canEdit());
  if (locked) throw new Refusal({ code: 'forbidden', message: ROUNDS.masterEditorsOnly });
  write();
}

/** A register set up before the 状態 column gets its header with the first round written. */
function writeStateHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet, roundsColumn: number): void {
  const cell = sheet.getRange(1, roundsColumn + STATE_OFFSET);
  if (String(cell.getValue()).trim() === '') cell.setValue(ROUND_STATE.header);
}

/**
 * Closing is idempotent: a closed round stays closed, and closing it again changes nothing. The round must be named:
 * no default, since a close cannot be taken back from the sidebar.
 */
export function closeRound(roundId: unknown): { round: Round } {
  if (typeof roundId !== 'string' || roundId.trim() === '')
    throw new Refusal({ code: 'notFound', message: RULES.unknownRound });
  return withDocumentLock(() => {
    const store = new RegisterStore();
    const master = store.readMaster();
    const round = findRound(master, roundId);
    if (round.closed) return { round };
    const places = placesOrRefuse(store);
    const row = places.rowOf(round.id) as number;
    const sheet = masterSheet();
    asMasterEditor(sheet, () => {
      writeStateHeader(sheet, places.column);
      sheet.getRange(row, places.column + STATE_OFFSET).setValue(ROUNDS.closedLabel);
    });
    return { round: { ...round, closed: true } };
  });
}

function findRound(master: Master, requested: unknown): Round {
  const id = resolveRound(master, requested);
  const round = master.rounds.find((r) => r.id === id);
  if (!round) throw new Refusal({ code: 'notFound', message: ROUNDS.noSettingsRow });
  return round;
}

export function roundsView(requested: unknown): RoundsView {
  const store = new RegisterStore();
  const master = store.readMaster();
  // A register without rounds yet (a new plan): the sidebar opens on its form to start the first one.
  if (master.rounds.length === 0 && (requested === null || requested === undefined))
    return { rounds: [], currentRoundId: '', roundId: '', unreported: [], today: today() };
  const round = findRound(master, requested);
  return {
    rounds: master.rounds,
    currentRoundId: master.currentRoundId ?? '',
    roundId: round.id,
    unreported: unreportedOf(store, master, round.id),
    today: today(),
  };
}

/** Who has not reported in the round, over the items of the record (a row typed in by hand is nobody's yet). */
function unreportedOf(store: RegisterStore, master: Master, roundId: string) {
  const history = store.readHistory();
  return unreportedByDepartment(master, store.readRecordedItems(master, history), history, roundId);
}

function reminders(store: RegisterStore, requested: unknown) {
  const master = store.readMaster();
  const round = findRound(master, requested);
  const groups = unreportedOf(store, master, round.id);
  return { round, list: remindersFor(master, round, groups) };
}

export function previewReminders(requested: unknown): ReminderPreview {
  const { round, list } = reminders(new RegisterStore(), requested);
  return {
    roundId: round.id,
    reminders: list,
    recipients: list.reduce((n, r) => n + r.to.length, 0),
    // "the number of recipients you can send emails to for the rest of the day"
    // (developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()).
    remainingQuota: MailApp.getRemainingDailyQuota(),
  };
}

/**
 * One mail per department with unreported items and members in マスタ, each logged as it goes. Refused before the
 * first mail when today's quota cannot cover every recipient, so a department is never left out half-way.
 */
export function sendReminders(payload: unknown): ReminderSendResult {
  const input = parseOrRefuse(parsePayload(SendRemindersInputSchema, payload));
  return withDocumentLock(() => {
    const store = new RegisterStore();
    const log = new ReminderLog();
    const { round, list } = reminders(store, input.roundId);
    const earlier = log.departmentsSentFor(input.requestId);
    const remaining = MailApp.getRemainingDailyQuota();
    if (earlier.length)
      return { roundId: round.id, sent: earlier, skipped: [], duplicate: true, remainingQuota: remaining };
    const mailed = list.filter((r) => r.to.length > 0);
    const needed = mailed.reduce((n, r) => n + r.to.length, 0);
    if (needed > remaining)
      throw new Refusal({ code: 'quota', message: ROUNDS.quotaTooSmall(needed, remaining) });
    const user = currentUserEmail();
    for (const r of mailed) {
      // Plain text only: `body`, never `htmlBody`.
      MailApp.sendEmail({ to: r.to.join(','), subject: r.subject, body: r.body });
      log.append({
        at: nowIso(),
        user,
        requestId: input.requestId,
        roundId: round.id,
        department: r.department,
        to: r.to,
        count: r.count,
      });
    }
    return {
      roundId: round.id,
      sent: mailed.map((r) => ({ department: r.department, to: r.to })),
      skipped: list.filter((r) => r.to.length === 0).map((r) => r.department),
      duplicate: false,
      remainingQuota: MailApp.getRemainingDailyQuota(),
    };
  });
}
