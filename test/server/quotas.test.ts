// Quotas and limits: a document lock another process holds too long, and the Document service failing at
// creation or at any call mid-report. The user gets a Japanese message; nothing half-written looks complete.
import fc from 'fast-check';
import type { Environment } from '../../emulator';
import { itemInput, progressReport, reportRequest } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import { docsApiCalls, documentAppCalls, runReport } from '../../harness/report';
import { MENU, REGISTER } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** What a user can see: every sheet and every document (the virtual clock moves while a lock is awaited). */
const visible = (env: Environment) =>
  JSON.stringify([env.toJSON().spreadsheet, env.toJSON().services.documents]);
const logRows = (env: Environment) => env.spreadsheet.values(SHEETS.reportLog).slice(1);

describe('a document lock that cannot be obtained in time', () => {
  const writers: [string, unknown[]][] = [
    ['setupRegister', []],
    ['saveItem', [itemInput({ relatedDepartments: [] })]],
    ['recordProgress', [progressReport('1-1-01', 'req-quota-lock-01', 1, { progress: 10 })]],
    ['refreshSummary', [null]],
    ['generateReport', [reportRequest()]],
  ];

  it.each(writers)('%s tells the user to retry and writes nothing', (fn, args) => {
    const env = setUpEnvironment();
    // Another process (not an execution of this test) holds the lock and never lets go.
    env.services.locks.document = { holder: -1 };
    const before = visible(env);
    const clockBefore = env.now;
    const result = env.scriptRun(fn, args);
    expect(result).toEqual({ ok: false, error: { code: 'busy', message: REGISTER.busy } });
    expect(visible(env)).toBe(before);
    // The execution really waited before giving up.
    expect(env.now).toBeGreaterThan(clockBefore);
    env.services.locks.document = { holder: null };
    expect((env.scriptRun(fn, args) as { error?: { code: string } }).error?.code).not.toBe('busy');
  });

  it('shows the busy message, in Japanese, to the user who runs set-up from the menu, and writes nothing', () => {
    const env = setUpEnvironment();
    env.services.locks.document = { holder: -1 };
    const before = visible(env);
    env.run('menuSetup', []);
    expect(env.services.ui.alerts).toEqual([{ title: MENU.setup, prompt: REGISTER.busy }]);
    expect(env.services.ui.alerts[0]?.prompt).toMatch(japanese);
    expect(visible(env)).toBe(before);
  });
});

describe('the Document service failing during a report', () => {
  const reportedEnvironment = () => {
    const env = setUpEnvironment();
    ok(env.scriptRun('recordProgress', [progressReport('1-1-01', 'req-quota-doc-01', 1, { progress: 40 })]));
    return env;
  };
  const probe = reportedEnvironment();
  probe.calls.reset();
  ok(runReport(probe));
  // DocumentApp's calls and the Docs API's (the styles' documents.get and batchUpdate, after the content is saved).
  const documentCalls =
    documentAppCalls(probe.calls.snapshot().byMethod) + docsApiCalls(probe.calls.snapshot().byMethod);
  const isDocumentCall = (key: string) => documentAppCalls({ [key]: 1 }) + docsApiCalls({ [key]: 1 }) > 0;

  it('a creation refused by quota: a message, no document, no log entry', () => {
    const env = reportedEnvironment();
    env.services.documents.failNextCreate = 'Service invoked too many times for one day: docs create.';
    const result = runReport(env) as { ok: boolean; error?: { message: string } };
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(japanese);
    expect(env.documents.list()).toEqual([]);
    expect(logRows(env)).toEqual([]);
  });

  it('a failure at any Document or Docs API call: a message, no log entry, no document that looks complete', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: documentCalls }), (failAt) => {
        const env = reportedEnvironment();
        let seen = 0;
        env.onServiceCall((key) => {
          if (!isDocumentCall(key)) return;
          if (++seen === failAt) throw new Error('Service unavailable: Documents');
        });
        const result = runReport(env) as { ok: boolean; error?: { message: string } };
        env.onServiceCall(null);
        expect(result.ok).toBe(false);
        expect(result.error?.message).toMatch(japanese);
        expect(logRows(env)).toEqual([]);
        for (const doc of env.documents.list()) expect(doc.name).toMatch(/^【作成失敗】/);
        // The lock was released: the next try succeeds and is logged as the only complete report.
        ok(runReport(env));
        expect(logRows(env)).toHaveLength(1);
      }),
      // The last two positions always: the Docs API's documents.get and batchUpdate, after the content is saved.
      { numRuns: 8, examples: [[documentCalls - 1], [documentCalls]] },
    );
  });
});
