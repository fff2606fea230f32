// The probe kit's entry points (each export becomes a top-level Apps Script function): a menu item that runs
// every check in this spreadsheet and writes the results sheet.
import { RESULTS_SHEET, runChecks } from './run';

export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Run probes', 'runProbes').addToUi();
}

export function runProbes(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const failed = runChecks(spreadsheet);
  spreadsheet.toast(
    failed ? `${failed} check(s) failed: see ${RESULTS_SHEET}` : 'All checks passed',
    'Probe kit',
  );
}
