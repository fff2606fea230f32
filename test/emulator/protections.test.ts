// Fidelity of protections and planted write failures. Sources: apps-script-facts §5 and §9 — [seen] Google's
// refusal text (theoephraim/node-google-spreadsheet PR #20); [doc] Range.protect "the permissions mirror those of
// the spreadsheet itself"; [doc] Sheets API ProtectedRange: "Editors are not supported with warningOnly protection".
import { Environment } from '../../emulator';
import { TEST_START } from '../../harness/clock';
import { PROBE_DIST, probe } from '../support/probe';

const OWNER = 'owner@city.example.jp';
const EDITOR = 'editor@city.example.jp';
const OTHER = 'other@city.example.jp';
const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function shared(): Environment {
  return Environment.create({ distDir: PROBE_DIST, now: TEST_START, user: OWNER, editors: [EDITOR, OTHER] });
}
const SHEET = 'var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];';
const attempt = (env: Environment, user: string, statement: string) =>
  probe(env, `${SHEET} try { ${statement}; return 'written'; } catch (e) { return e.message; }`, { user });

describe('protections', () => {
  it("starts a new protection with the file's owner and editors", () => {
    const env = shared();
    const editors = probe(
      env,
      `${SHEET} return sh.getRange('A1:B2').protect().getEditors().map(function (u) { return u.getEmail(); });`,
    );
    expect(editors).toEqual([OWNER, EDITOR, OTHER]);
  });

  it('refuses a write by a user who is not an editor of a protection that is not warning-only', () => {
    const env = shared();
    probe(env, `${SHEET} var p = sh.getRange('A1:B2').protect(); p.removeEditors(['${OTHER}']);`);
    expect(attempt(env, OTHER, "sh.getRange('B2').setValue('x')")).toBe(PROTECTED);
    expect(attempt(env, OTHER, "sh.getRange('A1:C1').setNumberFormat('@')")).toBe(PROTECTED);
    expect(attempt(env, OTHER, 'sh.deleteRow(1)')).toBe(PROTECTED);
    expect(attempt(env, OTHER, "sh.getRange('C3').setValue('x')")).toBe('written');
    expect(attempt(env, EDITOR, "sh.getRange('B2').setValue('y')")).toBe('written');
    expect(attempt(env, OWNER, "sh.getRange('A1').setValue('z')")).toBe('written');
    expect(env.spreadsheet.values('シート1')).toEqual([
      ['z', '', ''],
      ['', 'y', ''],
      ['', '', 'x'],
    ]);
  });

  it('canEdit answers for the user running the script exactly as a write by that user is judged', () => {
    const env = shared();
    probe(env, `${SHEET} var p = sh.protect(); p.removeEditors(['${OTHER}']);`);
    const canEdit = (user: string) =>
      probe(env, `${SHEET} return sh.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].canEdit();`, {
        user,
      });
    expect([OWNER, EDITOR, OTHER].map(canEdit)).toEqual([true, true, false]);
    expect(attempt(env, OTHER, "sh.getRange('A1').setValue('x')")).toBe(PROTECTED);
    probe(env, `${SHEET} sh.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].setWarningOnly(true);`);
    expect(canEdit(OTHER)).toBe(true);
  });

  it('lets everyone write through a warning-only protection, which has no editors', () => {
    const env = shared();
    const editors = probe(
      env,
      `${SHEET} var p = sh.protect().setWarningOnly(true);
      var added; try { p.addEditor('${OTHER}'); added = 'added'; } catch (e) { added = e.message; }
      return [p.getEditors().length, added];`,
    );
    expect(editors).toEqual([0, 'Editors are not supported with warning-only protection.']);
    expect(attempt(env, OTHER, "sh.appendRow(['x'])")).toBe('written');
  });
});

describe('a person typing or pasting', () => {
  it('is held by a protection that is not warning-only as a script is: refused whole, nothing written', () => {
    const env = shared();
    probe(env, `${SHEET} var p = sh.getRange('B2').protect(); p.removeEditors(['${OTHER}']);`);
    expect(() => env.userEdit('シート1', 'B2', 'typed', { user: OTHER })).toThrow(PROTECTED);
    // A paste that covers one protected cell is refused whole, its other cells too.
    expect(() =>
      env.userPaste(
        'シート1',
        'A1',
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        { user: OTHER },
      ),
    ).toThrow(PROTECTED);
    expect(env.spreadsheet.values('シート1').flat().join('')).toBe('');
    env.userEdit('シート1', 'C3', 'beside', { user: OTHER });
    env.userEdit('シート1', 'B2', 'editor', { user: EDITOR });
    env.userEdit('シート1', 'A1', 'owner', { user: OWNER });
    expect(env.spreadsheet.values('シート1')).toEqual([
      ['owner', '', ''],
      ['', 'editor', ''],
      ['', '', 'beside'],
    ]);
  });

  it('goes on through a warning-only protection', () => {
    const env = shared();
    probe(env, `${SHEET} sh.protect().setWarningOnly(true);`);
    env.userEdit('シート1', 'A1', 'typed', { user: OTHER });
    expect(env.spreadsheet.values('シート1')).toEqual([['typed']]);
  });
});

describe('planted write failures', () => {
  it('fails exactly the n-th write with the Sheets service error, and only that one', () => {
    const env = shared();
    env.spreadsheet.failWriteAt(2);
    const result = probe(
      env,
      `${SHEET} var out = [];
      ['A1', 'A2', 'A3'].forEach(function (a1) {
        try { sh.getRange(a1).setValue(a1); out.push('ok'); } catch (e) { out.push(e.message); }
      });
      return out;`,
    );
    expect(result).toEqual([
      'ok',
      'Service Spreadsheets failed while accessing document with id emulated-spreadsheet-1.',
      'ok',
    ]);
    expect(env.spreadsheet.values('シート1')).toEqual([['A1'], [''], ['A3']]);
  });
});
