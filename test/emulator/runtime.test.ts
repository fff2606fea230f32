// Fidelity of executions: fresh global context, auth modes, google.script.run copying, locks, triggers, state files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Environment, LOCK_TIMEOUT_MESSAGE } from '../../emulator';
import { TEST_START } from '../../harness/clock';
import { PROBE_DIST, probe, probeEnvironment } from '../support/probe';

describe('executions', () => {
  it('run each call in a fresh global context, over state that persists', () => {
    const env = probeEnvironment();
    expect(env.run('countExecutions')).toBe(1);
    expect(env.run('countExecutions')).toBe(1);
    probe(env, "SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('kept');");
    expect(
      probe(env, "return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue();"),
    ).toBe('kept');
  });

  it('in AuthMode.NONE allow menu building, Logger and Utilities, and refuse every other service', () => {
    const env = probeEnvironment();
    expect(
      probe(
        env,
        "SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'probe').addToUi(); Logger.log('ok'); return Utilities.formatDate(new Date(0), 'Asia/Tokyo', 'yyyy-MM-dd HH:mm');",
        {
          authMode: 'NONE',
        },
      ),
    ).toBe('1970-01-01 09:00');
    expect(env.services.ui.addonMenu).toEqual([{ caption: 'x', functionName: 'probe' }]);
    for (const call of [
      'SpreadsheetApp.getActiveSpreadsheet()',
      'PropertiesService.getDocumentProperties()',
      'LockService.getDocumentLock()',
      'Session.getActiveUser()',
    ]) {
      expect(() => probe(env, `${call};`, { authMode: 'NONE' })).toThrow(/permission/);
    }
  });

  it('google.script.run refuses names ending in "_", fails loudly on Dates and turns undefined in arrays into null', () => {
    const env = probeEnvironment();
    expect(() => env.scriptRun('hidden_', [])).toThrow('Script function not found: hidden_');
    expect(() => env.scriptRun('nothingHere', [])).toThrow('Script function not found: nothingHere');
    // Only the project's own top-level functions exist: nothing inherited, no service, not Date (apps-script-facts
    // §1; the refusal is the seen text for a missing function, dwyl/learn-to-send-email-via-google-script-html-no-server#400).
    for (const name of [
      'constructor',
      'toString',
      'isPrototypeOf',
      'hasOwnProperty',
      'Date',
      'SpreadsheetApp',
    ])
      expect(() => env.scriptRun(name, [])).toThrow(`Script function not found: ${name}`);
    expect(() => env.run('constructor', [])).toThrow('Script function not found: constructor');
    expect(() => env.scriptRun('probe', ['return new Date();'])).toThrow(/Date cannot be passed/);
    expect(() => env.scriptRun('probe', [new Date()])).toThrow(/Date cannot be passed/);
    expect(env.scriptRun('probe', ['return [1, undefined, { a: undefined, b: 2 }];'])).toEqual([
      1,
      null,
      { b: 2 },
    ]);
  });

  it('syncClock moves the clock forward to a later time and never backwards', () => {
    const env = probeEnvironment();
    const start = env.now;
    env.syncClock(start + 60_000);
    expect(env.now).toBe(start + 60_000);
    env.syncClock(start);
    expect(env.now).toBe(start + 60_000);
  });

  it("the script's Date reads the virtual clock, not the machine's; given times stay as given", () => {
    const env = probeEnvironment();
    env.syncClock(TEST_START + 3_600_000);
    const seen = probe(
      env,
      'return [Date.now(), new Date().getTime(), new Date(0).getTime(), Date.UTC(2024, 3, 1), new Date() instanceof Date, typeof Date()];',
    );
    expect(seen).toEqual([
      TEST_START + 3_600_000,
      TEST_START + 3_600_000,
      0,
      Date.UTC(2024, 3, 1),
      true,
      'string',
    ]);
  });

  it('the document lock really excludes an execution that starts while another holds it', () => {
    const env = probeEnvironment();
    const seen: unknown[] = [];
    env.onServiceCall((key) => {
      if (key !== 'Range.setValue') return;
      env.onServiceCall(null);
      const start = env.now;
      seen.push(
        probe(env, 'return LockService.getDocumentLock().tryLock(3000);', { user: 'b@city.example.jp' }),
      );
      seen.push(env.now - start);
      seen.push(
        probe(
          env,
          'try { LockService.getDocumentLock().waitLock(1000); return "got it"; } catch (e) { return e.message; }',
        ),
      );
    });
    probe(
      env,
      "var lock = LockService.getDocumentLock(); lock.waitLock(10000); SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue(1); lock.releaseLock();",
    );
    expect(seen).toEqual([false, 3000, LOCK_TIMEOUT_MESSAGE]);
    // Released at the end of the holder's execution: the next one gets it at once.
    expect(probe(env, 'return LockService.getDocumentLock().tryLock(0);')).toBe(true);
  });

  it('a lock still held when an execution ends is released', () => {
    const env = probeEnvironment();
    probe(env, 'LockService.getDocumentLock().waitLock(1000);');
    expect(probe(env, 'return LockService.getDocumentLock().tryLock(0);')).toBe(true);
  });

  it('a user edit stores the typed value and runs the simple onEdit in LIMITED mode', () => {
    const env = probeEnvironment();
    probe(env, "SpreadsheetApp.getActiveSpreadsheet().insertSheet('Log');");
    env.userEdit('シート1', 'C3', '=SUM(1,2)');
    expect(env.spreadsheet.formulas()).toEqual([{ sheet: 'シート1', a1: 'C3', formula: '=SUM(1,2)' }]);
    expect(env.spreadsheet.values('Log')).toEqual([['C3', '=SUM(1,2)', 'LIMITED']]);
    expect(env.triggerErrors).toEqual([]);
  });

  it('saves and loads the whole state; a corrupt file is refused and left as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-'));
    const file = join(dir, 'state.json');
    const env = probeEnvironment();
    probe(env, "SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B2').setValue('保存');");
    probe(env, "PropertiesService.getDocumentProperties().setProperty('n', 5);");
    env.save(file);
    const loaded = Environment.load(file, { distDir: PROBE_DIST });
    expect(loaded.spreadsheet.values('シート1')).toEqual([
      ['', ''],
      ['', '保存'],
    ]);
    expect(probe(loaded, "return PropertiesService.getDocumentProperties().getProperty('n');")).toBe('5');

    writeFileSync(file, '{"version": 1, "spreadsheet": ');
    expect(() => Environment.load(file)).toThrow(/not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "spreadsheet": ');
  });
});
