// Runs every check in a scratch sheet of its own and writes the results sheet: the same code runs in a real
// spreadsheet (the kit pushed by a deployer) and in the emulation (npm test).
import type { ProbeCheck } from './check';
import { checks } from './index';

export const RESULTS_SHEET = 'Probe results';
export const RESULTS_HEADER = ['id', 'assumption', 'tag', 'source', 'expected', 'observed', 'result'];

function runOne(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  check: ProbeCheck,
  n: number,
): { expected: string; observed: string; pass: boolean } {
  const scratch = spreadsheet.insertSheet(`probe scratch ${n}`);
  try {
    return check.run(scratch);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { expected: '(no exception)', observed: `threw: ${message}`, pass: false };
  } finally {
    spreadsheet.deleteSheet(scratch);
  }
}

/** Runs the checks and rewrites the results sheet; returns how many failed. */
export function runChecks(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const rows = checks.map((check, n) => {
    const result = runOne(spreadsheet, check, n + 1);
    const cells = [check.id, check.assumption, check.tag, check.source, result.expected, result.observed];
    return [...cells, result.pass ? 'pass' : 'FAIL'];
  });
  const sheet = spreadsheet.getSheetByName(RESULTS_SHEET) ?? spreadsheet.insertSheet(RESULTS_SHEET);
  sheet.clear();
  // A leading apostrophe keeps every text as typed: an observation such as "=1+1" must not become a formula.
  const table = [RESULTS_HEADER, ...rows].map((row) => row.map((cell) => `'${cell}`));
  sheet.getRange(1, 1, table.length, RESULTS_HEADER.length).setValues(table);
  sheet.setFrozenRows(1);
  return rows.filter((row) => row[row.length - 1] === 'FAIL').length;
}
