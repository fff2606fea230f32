// The fields of one progress report: status, %, grade, the actuals of the round's 年度 (indicator, savings, 見込み or
// 確定) and the three texts.
import { ACTUAL_BASIS_LABELS, fieldLabel, LEDGER, SIDEBAR } from '../../src/domain/messages';
import type { Master } from '../../src/domain/schemas';
import { Button } from '../shared/button';
import { NumberInput, Select, TextArea } from '../shared/inputs';
import type { ProgressForm } from './form-state';

/** Payload paths shown as fields; messages for other paths (requestId, roundId …) go into the banner. */
export const PROGRESS_FIELD_PATHS = [
  'status',
  'progress',
  'grade',
  'indicatorActual',
  'savingsActual.cut',
  'savingsActual.revenue',
  'actualBasis',
  'activity',
  'issues',
  'nextSteps',
];

export function ProgressFields(props: {
  form: ProgressForm;
  master: Master;
  indicatorUnit: string;
  /** The previous 課題 and 今後の方針 a new report may take over, null when there are none. */
  carry: { issues: string; nextSteps: string } | null;
  disabled: boolean;
  message: (path: string) => string | undefined;
  onChange: (path: string, patch: Partial<ProgressForm>) => void;
}) {
  const { form, master, indicatorUnit, carry, disabled, message, onChange } = props;
  const offerCarry = carry !== null && !disabled && !form.issues.trim() && !form.nextSteps.trim();
  const field = (path: string, key: keyof ProgressForm) => ({
    id: `f-${path.replace(/\./g, '-')}`,
    label: fieldLabel(path),
    error: message(path),
    disabled,
    value: String(form[key]),
    onValue: (value: string) => onChange(path, { [key]: value }),
  });
  const fiscalYear = master.rounds.find((r) => r.id === form.roundId)?.fiscalYear ?? null;
  const lateGrade = master.grades.find((g) => g.code === form.grade)?.late === true;
  return (
    <div>
      <Select
        {...field('status', 'status')}
        required
        placeholder={SIDEBAR.choose}
        options={master.statuses.map((s) => ({ value: s.name, label: s.name }))}
      />
      <NumberInput {...field('progress', 'progress')} required unit="%" />
      <Select
        {...field('grade', 'grade')}
        required
        placeholder={SIDEBAR.choose}
        options={master.grades.map((g) => ({
          value: g.code,
          label: g.label ? `${g.code} ${g.label}` : g.code,
        }))}
      />
      <NumberInput {...field('indicatorActual', 'indicatorActual')} unit={indicatorUnit} />
      <h2>{fiscalYear === null ? SIDEBAR.savingsActualHeading : LEDGER.actualsHeading(fiscalYear)}</h2>
      <p class="hint">{LEDGER.actualsHint}</p>
      <NumberInput {...field('savingsActual.cut', 'savingsCut')} label={SIDEBAR.savingsCut} unit="千円" />
      <NumberInput
        {...field('savingsActual.revenue', 'savingsRevenue')}
        label={SIDEBAR.savingsRevenue}
        unit="千円"
      />
      <Select
        {...field('actualBasis', 'actualBasis')}
        options={Object.values(ACTUAL_BASIS_LABELS).map((label) => ({ value: label, label }))}
      />
      <TextArea {...field('activity', 'activity')} rows={4} />
      {offerCarry ? (
        <div class="carry-over">
          <p class="hint">{SIDEBAR.carryOverHint}</p>
          <Button onClick={() => onChange('issues', { issues: carry.issues, nextSteps: carry.nextSteps })}>
            {SIDEBAR.carryOver}
          </Button>
        </div>
      ) : null}
      <TextArea {...field('issues', 'issues')} required={lateGrade} rows={3} />
      <TextArea {...field('nextSteps', 'nextSteps')} required={lateGrade} rows={3} />
    </div>
  );
}
