// The number format of every column the add-on writes: plain text ("@") on each text column, so a string is
// stored as written — in an automatic cell Sheets reads "0401" as 401, "1-2-03" or "2024-04-01" as a date and
// "TRUE" as a boolean (apps-script-facts §9).
import type { ColumnKind } from './columns';
import { HISTORY_HEADERS } from './history-codec';
import { INSTANT_FORMAT } from './instant-cells';
import { HISTORY, REPORT } from './messages';
import { REPORT_LOG_HEADERS } from './report/log';

export const PLAIN_TEXT = '@';
/** Sheets' automatic format, as getNumberFormat reports it. */
export const AUTOMATIC = '0.###############';

export const KIND_FORMATS: Record<ColumnKind, string> = {
  id: PLAIN_TEXT,
  int: '0',
  text: PLAIN_TEXT,
  longText: PLAIN_TEXT,
  textList: PLAIN_TEXT,
  number: '#,##0.##',
  money: '#,##0',
  // A negative 効果額 printed with △, as municipal tables do (the number itself stays negative): a format's second
  // section, after ";", is for negative numbers (developers.google.com/sheets/api/guides/formats).
  signedMoney: '#,##0;"△"#,##0',
  percent: '0',
  datetime: INSTANT_FORMAT,
  record: PLAIN_TEXT,
};

const HISTORY_NUMBER_FORMATS: Partial<Record<string, string>> = {
  [HISTORY.headers.at]: INSTANT_FORMAT,
  版: KIND_FORMATS.int,
  '進捗率(%)': KIND_FORMATS.percent,
  実績値: KIND_FORMATS.number,
  '効果額実績_歳出削減(千円)': KIND_FORMATS.signedMoney,
  '効果額実績_歳入確保(千円)': KIND_FORMATS.signedMoney,
};

/**
 * 履歴 by its header row: 日時 an instant, numbers in their formats, everything else (IDs, 報告回, free text, a city's own
 * columns) plain text.
 */
export function historyFormats(header: readonly unknown[]): string[] {
  return header.map((h) => HISTORY_NUMBER_FORMATS[String(h)] ?? PLAIN_TEXT);
}

/** 履歴 as set-up lays it out. */
export const HISTORY_FORMATS: string[] = historyFormats(HISTORY_HEADERS);

/** 報告書ログ: 作成日時 an instant, every other column text. */
export const REPORT_LOG_FORMATS: string[] = REPORT_LOG_HEADERS.map((h) =>
  h === REPORT.logHeaders.createdAt ? INSTANT_FORMAT : PLAIN_TEXT,
);
