// Fidelity of simple triggers and AuthMode.LIMITED, the hidden active user, the document lock outside a document
// and methods the emulation lacks. Sources: apps-script-facts §4, §6, §9; developers.google.com/apps-script/
// guides/triggers#restrictions ("cannot access services that require authorization"); apps-script/reference/
// base/session#getActiveUser (blank "in any context that allows a script to run without that user's
// authorization, like a simple onOpen(e) or onEdit(e) trigger" and across domains); reference/lock/lock-service.
import { Environment } from '../../emulator';
import { TEST_START } from '../../harness/clock';
import { PROBE_DIST, probe, probeEnvironment } from '../support/probe';

const tryCall = (statement: string) =>
  `try { var r = ${statement}; return r === null ? 'null' : 'ok'; } catch (e) { return e.message; }`;

describe('AuthMode.LIMITED (simple triggers)', () => {
  it.each([
    ['DocumentApp.create("x")', 'You do not have permission to call DocumentApp.create.'],
    ['DocumentApp.openById("x")', 'You do not have permission to call DocumentApp.openById.'],
    [
      'PropertiesService.getUserProperties()',
      'You do not have permission to call PropertiesService.getUserProperties.',
    ],
    ['CacheService.getUserCache()', 'You do not have permission to call CacheService.getUserCache.'],
    ['LockService.getUserLock()', 'You do not have permission to call LockService.getUserLock.'],
  ])('refuses %s, which needs authorization', (statement, message) => {
    expect(probe(probeEnvironment(), tryCall(statement), { authMode: 'LIMITED' })).toBe(message);
  });

  it.each([
    'SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange("A1").setValue(1)',
    'PropertiesService.getDocumentProperties().setProperty("k", "v")',
    'LockService.getDocumentLock()',
    'CacheService.getDocumentCache()',
  ])('lets %s reach the current document', (statement) => {
    expect(probe(probeEnvironment(), tryCall(statement), { authMode: 'LIMITED' })).toBe('ok');
  });

  it('hides the active user: getEmail() is "" in LIMITED, the user is known in FULL', () => {
    const env = probeEnvironment();
    const email = 'return Session.getActiveUser().getEmail();';
    expect(probe(env, email, { authMode: 'LIMITED', user: 'a@city.example.jp' })).toBe('');
    expect(probe(env, email, { user: 'a@city.example.jp' })).toBe('a@city.example.jp');
  });

  it('gives onEdit an event whose user has a blank e-mail, and runs it in LIMITED', () => {
    const env = probeEnvironment();
    probe(env, "SpreadsheetApp.getActiveSpreadsheet().insertSheet('Log');");
    env.userEdit('シート1', 'A1', 'x', { user: 'a@city.example.jp' });
    expect(env.spreadsheet.values('Log')).toEqual([['A1', 'x', 'LIMITED']]);
  });
});

describe('a FULL run can hide the active user, as across domains', () => {
  it('answers "" for the whole environment or for one run', () => {
    const hidden = Environment.create({ distDir: PROBE_DIST, now: TEST_START, activeUserHidden: true });
    expect(probe(hidden, 'return Session.getActiveUser().getEmail();')).toBe('');
    const env = probeEnvironment();
    expect(probe(env, 'return Session.getActiveUser().getEmail();', { activeUserHidden: true })).toBe('');
  });
});

describe('LockService.getDocumentLock outside a document', () => {
  it('returns null when the script has no containing document', () => {
    const env = Environment.create({ distDir: PROBE_DIST, now: TEST_START, noContainingDocument: true });
    expect(probe(env, tryCall('LockService.getDocumentLock()'))).toBe('null');
    expect(probe(env, tryCall('LockService.getScriptLock()'))).toBe('ok');
  });
});

describe('methods the emulation lacks', () => {
  it('throw a named "not emulated: Class.method" error', () => {
    const result = probe(
      probeEnvironment(),
      `try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getRichTextValue(); }
      catch (e) { return [e.name, e.message]; }`,
    );
    expect(result).toEqual(['NotEmulatedError', 'not emulated: Range.getRichTextValue']);
    expect(
      probe(probeEnvironment(), 'try { SpreadsheetApp.openById("x"); } catch (e) { return e.message; }'),
    ).toBe('not emulated: SpreadsheetApp.openById');
  });
});
