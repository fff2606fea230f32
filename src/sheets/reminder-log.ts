// 督促ログ: one plain-text row per department a reminder was mailed to. A sheet of its own, not 報告書ログ: that log
// is sealed (連番/ダイジェスト) and records meeting reports, and a reminder is no report; created on first use.
import { INSTANT_FORMAT, instantCell } from '../domain/instant-cells';
import type { CellValue } from '../domain/row-codec';
import { asPlainText } from '../domain/row-codec';
import { SHEETS } from '../domain/sheet-names';
import { setValuesAsText } from './kept-text';

export const REMINDER_LOG_HEADERS = [
  '送信日時',
  '送信者',
  '送信ID',
  '報告回ID',
  '担当課',
  '宛先',
  '未報告件数',
] as const;

export interface ReminderLogRow {
  at: string;
  user: string;
  requestId: string;
  roundId: string;
  department: string;
  to: string[];
  count: number;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class ReminderLog {
  constructor(private readonly spreadsheet = SpreadsheetApp.getActiveSpreadsheet()) {}

  private existing(): Sheet | null {
    return this.spreadsheet.getSheetByName(SHEETS.reminderLog);
  }

  /** The departments already mailed under this request ID (a retried send), in the order they were logged. */
  departmentsSentFor(requestId: string): { department: string; to: string[] }[] {
    const sheet = this.existing();
    if (!sheet || sheet.getLastRow() < 2) return [];
    const rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, REMINDER_LOG_HEADERS.length).getValues();
    return rows
      .filter((r) => String(r[2]) === requestId)
      .map((r) => ({
        department: String(r[4]),
        to: String(r[5])
          .split(/[、,\s]+/)
          .filter(Boolean),
      }));
  }

  append(row: ReminderLogRow): void {
    const sheet = this.existing() ?? this.create();
    const cells: CellValue[] = [
      instantCell(row.at),
      row.user,
      row.requestId,
      row.roundId,
      asPlainText(row.department),
      row.to.join('、'),
      row.count,
    ];
    const range = sheet.getRange(sheet.getLastRow() + 1, 1, 1, cells.length);
    range.setNumberFormats([
      cells.map((c) => (typeof c === 'number' ? '0' : typeof c === 'string' ? '@' : INSTANT_FORMAT)),
    ]);
    setValuesAsText(range, [cells]);
  }

  private create(): Sheet {
    const sheet = this.spreadsheet.insertSheet(SHEETS.reminderLog);
    sheet
      .getRange(1, 1, 1, REMINDER_LOG_HEADERS.length)
      .setValues([[...REMINDER_LOG_HEADERS]])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
    return sheet;
  }
}
