// 台帳の検証: validates the whole register (marking problem cells), lists the problems by item with a jump to
// each cell, the counts of errors and warnings, a re-run button, and the first row of 履歴 or 報告書ログ changed after
// it was recorded (tampering), if any.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError, TamperFinding, ValidationReport } from '../../src/domain/api';
import { VALIDATION } from '../../src/domain/messages';
import { ErrorBanner, MasterWarnings, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { callServer } from '../shared/server';
import { groupByItem } from './groups';
import { ProblemList } from './problem-list';

export function ValidateApp() {
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [tampering, setTampering] = useState<TamperFinding[]>([]);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string>(VALIDATION.checking);

  const run = async () => {
    setBusy(true);
    setError(null);
    setStatus(VALIDATION.checking);
    const result = await callServer('validateRegister');
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setStatus('');
      return;
    }
    setReport(result.value);
    const history = await callServer('verifyHistory');
    const found = history.ok ? history.value.tampering : [];
    setTampering(found);
    if (!history.ok) setError(history.error);
    setStatus(result.value.problems.length || found.length ? '' : VALIDATION.noProblems);
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
    run();
  }, []);

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
        <Button primary busy={busy} busyLabel={VALIDATION.checking} onClick={run}>
          {VALIDATION.rerun}
        </Button>
        {report && report.handEditRows > 0 ? (
          <Button busy={busy} busyLabel={VALIDATION.adopting} onClick={adopt}>
            {VALIDATION.adopt}
          </Button>
        ) : null}
      </div>
      <StatusLine text={status} />
      {tampering.length > 0 ? (
        <div class="banner error" role="alert">
          <p>
            <strong>{VALIDATION.tamperHeading}</strong>
          </p>
          {tampering.map((t) => (
            <p key={t.sheet}>{t.message}</p>
          ))}
        </div>
      ) : null}
      {report && report.problems.length > 0 ? (
        <ProblemList groups={groupByItem(report.problems)} onJump={jump} />
      ) : null}
    </main>
  );
}
