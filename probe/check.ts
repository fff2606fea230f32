// One assumption the emulation makes about real Apps Script, as a check that runs on both: in a real spreadsheet
// (the probe kit, pushed by a deployer) and in the emulation (npm test), so the two cannot drift apart.
export interface ProbeCheck {
  /** Stable identifier, e.g. "values.leading-zeros". */
  id: string;
  /** What the emulation assumes, in one English sentence. */
  assumption: string;
  /** Where that comes from: a URL or a reference such as "apps-script-facts §9". */
  source: string;
  /** doc: Google's documentation; seen: a public report of real behaviour; open: unsettled. */
  tag: 'doc' | 'seen' | 'open';
  /**
   * Runs against SpreadsheetApp/DocumentApp/… of whatever platform it is on, in a scratch sheet it is given,
   * and says what it expected and saw. An "open" check passes when the observed behaviour is one of the
   * answers the product is built to handle.
   */
  run(scratch: GoogleAppsScript.Spreadsheet.Sheet): { expected: string; observed: string; pass: boolean };
}
