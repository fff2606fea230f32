// 台帳の検証: opens on the last validation kept (one cheap call, no register read); 検証する/再検証 validates the whole
// register (marking problem cells) and shows the counts, the errors first (by item, each with a jump to its cell),
// then the warnings one line per kind with their count; a filter hides the warnings, further pages load on request,
// and the first row of 履歴 or 報告書ログ changed after it was recorded (tampering), if any.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError, Problem, TamperFinding, ValidationReport } from '../../src/domain/api';
import { SIDEBAR, VALIDATION } from '../../src/domain/messages';
import { ErrorBanner, MasterWarnings, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { Checkbox } from '../shared/inputs';
import { callServer } from '../shared/server';
import { groupByItem, groupWarnings } from './groups';
import { ProblemList, WarningList } from './problem-list';

export function ValidateApp() {
  const [report, setReport] = useState<ValidationReport | null>(null);
  /** Every problem loaded so far: the first page, then each further page asked for. */
  const [problems, setProblems] = useState<Problem[]>([]);
  const [tampering, setTampering] = useState<TamperFinding[]>([]);
  const [busy, setBusy] = useState(true);
  const [opened, setOpened] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string>(SIDEBAR.loading);

  const open = async () => {
    const view = await callServer('getValidationView');
    setBusy(false);
    setOpened(true);
    if (!view.ok) {
      setStatus('');
      return setError(view.error);
    }
    const { validation, historyCheck } = view.value;
    if (historyCheck) setTampering(historyCheck.check.tampering);
    if (!validation) return setStatus(VALIDATION.noLast(VALIDATION.run));
    setReport(validation.report);
    setProblems(validation.report.problems);
    setStatus(VALIDATION.lastShown(validation.at, VALIDATION.rerun));
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    setStatus(VALIDATION.checking);
    // Both at once: one round trip before the sidebar is usable, not two in sequence.
    const [result, history] = await Promise.all([
      callServer('validateRegister', null),
      callServer('verifyHistory'),
    ]);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setStatus('');
      return;
    }
    setReport(result.value);
    setProblems(result.value.problems);
    const found = history.ok ? history.value.tampering : [];
    setTampering(found);
    if (!history.ok) setError(history.error);
    setStatus(result.value.problems.length || found.length ? '' : VALIDATION.noProblems);
  };

  const more = async () => {
    if (report?.nextOffset == null) return;
    setLoadingMore(true);
    setError(null);
    const result = await callServer('validateRegister', report.nextOffset);
    setLoadingMore(false);
    if (!result.ok) return setError(result.error);
    setReport(result.value);
    setProblems([...problems, ...result.value.problems]);
  };

  const adopt = async () => {
    setBusy(true);
    setError(null);
    setStatus(VALIDATION.adopting);
    const result = await callServer('adoptHandEdits', null);
    if (!result.ok) {
      setBusy(false);
      setStatus('');
      return setError(result.error);
    }
    await run();
    setStatus(VALIDATION.adopted(result.value.adopted.length, result.value.skipped.length));
  };

  const jump = async (a1: string) => {
    setError(null);
    const result = await callServer('selectCell', a1);
    if (result.ok) setStatus(VALIDATION.jumped(result.value.a1));
    else setError(result.error);
  };

  useEffect(() => {
    open();
  }, []);

  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = report ? groupWarnings(report.warningGroups, problems) : [];
  return (
    <main>
      <h1>{VALIDATION.title}</h1>
      <ErrorBanner error={error} />
      {report ? <MasterWarnings warnings={report.masterWarnings} /> : null}
      {report ? (
        <p class="counts">{VALIDATION.summary(report.checkedRows, report.errorCount, report.warningCount)}</p>
      ) : null}
      {report && report.handEditRows > 0 ? (
        <p class="counts">{VALIDATION.handEditCount(report.handEditRows)}</p>
      ) : null}
      <div class="buttons">
        <Button primary busy={busy} busyLabel={opened ? VALIDATION.checking : SIDEBAR.loading} onClick={run}>
          {report ? VALIDATION.rerun : VALIDATION.run}
        </Button>
        {report && report.handEditRows > 0 ? (
          <Button busy={busy} busyLabel={VALIDATION.adopting} onClick={adopt}>
            {VALIDATION.adopt}
          </Button>
        ) : null}
      </div>
      {report && report.warningCount > 0 ? (
        <div class="check-filter">
          <Checkbox label={VALIDATION.errorsOnly} checked={errorsOnly} onChecked={setErrorsOnly} />
        </div>
      ) : null}
      <StatusLine text={status} />
      {tampering.length > 0 ? (
        <div class="banner error" role="alert">
          <p>
            <strong>{VALIDATION.tamperHeading}</strong>
          </p>
          {tampering.map((t) => (
            <p key={`${t.sheet}:${t.reason}`}>{t.message}</p>
          ))}
        </div>
      ) : null}
      {report && report.errorCount > 0 ? (
        <section class="errors">
          <h2 class="section">{VALIDATION.errorsHeading(report.errorCount)}</h2>
          <ProblemList groups={groupByItem(errors)} onJump={jump} />
        </section>
      ) : null}
      {report && report.warningCount > 0 && !errorsOnly ? (
        <section class="warnings">
          <h2 class="section">{VALIDATION.warningsHeading(report.warningCount)}</h2>
          <WarningList groups={warnings} onJump={jump} />
        </section>
      ) : null}
      {report && report.nextOffset !== null ? (
        <div class="buttons">
          <Button busy={loadingMore} busyLabel={VALIDATION.loadingMore} onClick={more}>
            {VALIDATION.more}
          </Button>
        </div>
      ) : null}
    </main>
  );
}
