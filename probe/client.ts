// The client-side checks of google.script.run (their code is probe/client.html, a sidebar's script) and their
// results, written as a sheet like the server checks' results.
import type { ProbeCheck } from './check';
import { RESULTS_HEADER } from './run';

/** A check that only a sidebar can run: described here, run by probe/client.html. */
export type ClientCheck = Pick<ProbeCheck, 'id' | 'assumption' | 'source' | 'tag'>;

export const clientChecks: ClientCheck[] = [
  {
    id: 'client.run-keys',
    assumption: 'google.script.run holds one property per server function plus the four with* built-ins.',
    source:
      'enuchi/gas-client (Object.keys(google.script.run) minus the built-ins); guides/html/reference/run',
    tag: 'seen',
  },
  {
    id: 'client.hidden-name',
    assumption: 'A server function whose name ends in "_" is not on google.script.run.',
    source: 'apps-script-facts §1; developers.google.com/apps-script/guides/html/reference/run',
    tag: 'doc',
  },
  {
    id: 'client.undefined-in-array',
    assumption: 'undefined in an array argument arrives as null (and comes back so).',
    source: 'apps-script-facts §2; developers.google.com/apps-script/guides/html/reference/run',
    tag: 'doc',
  },
  {
    id: 'client.date-result',
    assumption: 'A returned Date arrives as null or fails the call (the product never returns one).',
    source: 'apps-script-facts §2',
    tag: 'open',
  },
];

export const CLIENT_RESULTS_SHEET = 'Client probe results';

export function recordClientResults(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  rows: unknown,
): void {
  const table = (Array.isArray(rows) ? rows : [])
    .filter((row): row is unknown[] => Array.isArray(row) && row.length === RESULTS_HEADER.length)
    .map((row) => row.map(String));
  const sheet =
    spreadsheet.getSheetByName(CLIENT_RESULTS_SHEET) ?? spreadsheet.insertSheet(CLIENT_RESULTS_SHEET);
  sheet.clear();
  // A leading apostrophe keeps every text as typed (see run.ts).
  const cells = [RESULTS_HEADER, ...table].map((row) => row.map((cell) => `'${cell}`));
  sheet.getRange(1, 1, cells.length, RESULTS_HEADER.length).setValues(cells);
}
