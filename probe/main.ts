// The probe kit's entry points (each export becomes a top-level Apps Script function): menu items that run every
// check in this spreadsheet, and the client checks' sidebar with the server functions it calls.
import { recordClientResults } from './client';
import { RESULTS_SHEET, runChecks } from './run';

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Run probes', 'runProbes')
    .addItem('Run client probes', 'runClientProbes')
    .addToUi();
}

export function runProbes(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const failed = runChecks(spreadsheet);
  spreadsheet.toast(
    failed ? `${failed} check(s) failed: see ${RESULTS_SHEET}` : 'All checks passed',
    'Probe kit',
  );
}

/** Opens the sidebar whose script checks google.script.run from the client side (probe/client.html). */
export function runClientProbes(): void {
  const page = HtmlService.createHtmlOutputFromFile('client').setTitle('Run client probes');
  SpreadsheetApp.getUi().showSidebar(page);
}

/** Sends its argument back, as google.script.run delivered it. */
export function probeEcho(value: unknown): unknown {
  return value;
}

/** Returns a Date, which google.script.run cannot carry. */
export function probeToday(): Date {
  return new Date();
}

/** Exists on the server only: its "_" name keeps it off google.script.run. */
export function probeHidden_(): string {
  return 'hidden';
}

export function recordClientProbes(rows: unknown): void {
  recordClientResults(SpreadsheetApp.getActiveSpreadsheet(), rows);
}
