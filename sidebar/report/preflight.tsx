// What the report will say before it is made: the round, how many of its items are reported, the meeting date in
// 和暦, the hand edits it will not use and any break of the history's chain — and, when too few are reported, a
// question instead of a report made without a word.
import type { Coverage, ReportPreflight } from '../../src/domain/api';
import { REPORT } from '../../src/domain/messages/report';
import { Button } from '../shared/button';

const T = REPORT.sidebar;

/**
 * Below this share of reported items the sidebar asks before making the report: a meeting document with most
 * items 未報告 is more often a wrong round or an early click than a choice.
 */
export const LOW_COVERAGE_PERCENT = 80;

export function isLowCoverage(coverage: Coverage): boolean {
  return coverage.rate !== null && coverage.rate < LOW_COVERAGE_PERCENT;
}

const figureOf = (c: Coverage) => T.coverageFigure(c.reported, c.due, c.rate);

export function Preflight(props: { roundLabel: string; preflight: ReportPreflight | null; wareki: string }) {
  const { roundLabel, preflight, wareki } = props;
  const coverage = preflight?.coverage ?? null;
  return (
    <section class="preflight" aria-label={T.preflight}>
      <h2>{T.preflight}</h2>
      <dl>
        <dt>{T.preflightRound}</dt>
        <dd>{roundLabel}</dd>
        <dt>{T.preflightCoverage}</dt>
        <dd>{coverage ? figureOf(coverage) : T.coverageLoading}</dd>
        <dt>{T.preflightDate}</dt>
        <dd>{wareki}</dd>
        {preflight && preflight.handEditRows > 0 ? (
          <>
            <dt>{T.preflightHandEdits}</dt>
            <dd>{T.preflightHandEditRows(preflight.handEditRows)}</dd>
          </>
        ) : null}
      </dl>
      {preflight?.tampering.map((t) => (
        <p key={`${t.sheet}:${t.reason}`} class="banner error" role="alert">
          {t.message}
        </p>
      ))}
    </section>
  );
}

/** The question asked when coverage is low: make it anyway, or stop. */
export function LowCoverageQuestion(props: { coverage: Coverage; onGo: () => void; onStop: () => void }) {
  return (
    <div class="banner error" role="alertdialog" aria-label={T.preflight}>
      <p>{T.lowCoverage(figureOf(props.coverage))}</p>
      <div class="buttons">
        <Button create onClick={props.onGo}>
          {T.confirmGenerate}
        </Button>
        <Button onClick={props.onStop}>{T.cancelGenerate}</Button>
      </div>
    </div>
  );
}
