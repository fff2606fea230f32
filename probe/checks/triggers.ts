// Probe checks of the execution context (emulator/services/lock.ts, basics.ts). What only a simple trigger sees
// (LIMITED refusals, the blank e-mail) cannot be observed from a menu run: test/emulator/triggers.test.ts.
import type { ProbeCheck } from '../check';

export const checks: ProbeCheck[] = [
  {
    id: 'triggers.document-lock-in-container',
    assumption:
      'LockService.getDocumentLock() gives a lock in a script bound to a spreadsheet (null only outside one).',
    source:
      'developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock; apps-script-facts §6',
    tag: 'doc',
    run() {
      const observed = LockService.getDocumentLock() ? 'a lock' : 'null';
      return { expected: 'a lock', observed, pass: observed === 'a lock' };
    },
  },
  {
    id: 'triggers.active-user-email',
    assumption:
      "Session.getActiveUser().getEmail() is the user's address or '' (across domains), never anything else.",
    source: 'developers.google.com/apps-script/reference/base/session#getActiveUser; apps-script-facts §9',
    tag: 'open',
    run() {
      const email = Session.getActiveUser().getEmail();
      const pass = typeof email === 'string' && (email === '' || email.includes('@'));
      return { expected: "an e-mail address or ''", observed: JSON.stringify(email), pass };
    },
  },
  {
    id: 'triggers.auth-modes',
    assumption: 'ScriptApp.AuthMode has NONE, LIMITED and FULL, the modes the emulation runs in.',
    source: 'developers.google.com/apps-script/reference/script/auth-mode',
    tag: 'doc',
    run() {
      const modes = ['NONE', 'LIMITED', 'FULL'].filter((m) => m in ScriptApp.AuthMode);
      return { expected: 'NONE, LIMITED, FULL', observed: modes.join(', '), pass: modes.length === 3 };
    },
  },
];
