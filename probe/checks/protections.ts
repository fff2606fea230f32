// Probe checks of protections (emulator/spreadsheet/protection.ts, workbook.ts refuseWrite). A refusal of another
// user's write needs a second account, so it is proven by test/emulator/protections.test.ts only.
import type { ProbeCheck } from '../check';

type Seen = { expected: string; observed: string; pass: boolean };

function withProtection(
  scratch: GoogleAppsScript.Spreadsheet.Sheet,
  body: (p: GoogleAppsScript.Spreadsheet.Protection) => Seen,
): Seen {
  scratch.clear();
  const protection = scratch.getRange('A1:B2').protect().setDescription('probe');
  try {
    return body(protection);
  } finally {
    protection.remove();
  }
}

export const checks: ProbeCheck[] = [
  {
    id: 'protections.new-has-file-editors',
    assumption: "A new protection starts with the file's editors, the user running the script among them.",
    source: 'developers.google.com/apps-script/reference/spreadsheet/range#protect; apps-script-facts §5',
    tag: 'doc',
    run(scratch) {
      return withProtection(scratch, (p) => {
        const me = Session.getEffectiveUser().getEmail();
        const editors = p.getEditors().map((u) => u.getEmail());
        return {
          expected: `editors include ${me}`,
          observed: editors.join(', '),
          pass: editors.includes(me),
        };
      });
    },
  },
  {
    id: 'protections.editor-may-write',
    assumption: 'An editor of a protection that is not warning-only may write into it.',
    source: 'apps-script-facts §9',
    tag: 'doc',
    run(scratch) {
      return withProtection(scratch, () => {
        let observed = 'written';
        try {
          scratch.getRange('A1').setValue('x');
          SpreadsheetApp.flush();
        } catch (error) {
          observed = String(error);
        }
        return { expected: 'written', observed, pass: observed === 'written' };
      });
    },
  },
  {
    id: 'protections.warning-only-no-editors',
    assumption: 'A warning-only protection has no editors.',
    source: 'Sheets API ProtectedRange.editors: "Editors are not supported with warningOnly protection"',
    tag: 'doc',
    run(scratch) {
      return withProtection(scratch, (p) => {
        p.setWarningOnly(true);
        const observed = `${p.getEditors().length} editors`;
        return { expected: '0 editors', observed, pass: observed === '0 editors' };
      });
    },
  },
];
