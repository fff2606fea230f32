// The new plan's fields: name, city, 団体コード, the period as 和暦 年度 choices, the pillars and reforms, departments.
import { planPeriodLabel, warekiFiscalYear } from '../../src/domain/fiscal-year';
import { SETUP } from '../../src/domain/messages';
import type { OutlineParse } from '../../src/domain/plan-outline';
import { Select, TextArea, TextInput } from '../shared/inputs';
import { OutlinePreview } from './outline-preview';
import { OFFERED_YEARS, type PlanDraft } from './plan-draft';

const YEAR_OPTIONS = OFFERED_YEARS.map((fy) => ({
  value: String(fy),
  label: SETUP.yearOption(warekiFiscalYear(fy), fy),
}));

export function PlanFields(props: {
  draft: PlanDraft;
  outline: OutlineParse;
  errors: Partial<Record<keyof PlanDraft, string>>;
  onDraft: (patch: Partial<PlanDraft>) => void;
  disabled: boolean;
}) {
  const { draft, outline, errors, onDraft, disabled } = props;
  const common = { disabled, required: true };
  return (
    <div class="plan-fields">
      <TextInput
        id="f-plan-name"
        label={SETUP.planNameLabel}
        value={draft.planName}
        onValue={(planName) => onDraft({ planName })}
        error={errors.planName}
        {...common}
      />
      <TextInput
        id="f-city"
        label={SETUP.cityLabel}
        value={draft.city}
        onValue={(city) => onDraft({ city })}
        error={errors.city}
        {...common}
      />
      <TextInput
        id="f-code"
        label={SETUP.codeLabel}
        hint={SETUP.codeHint}
        value={draft.localGovernmentCode}
        maxLength={6}
        onValue={(localGovernmentCode) => onDraft({ localGovernmentCode })}
        error={errors.localGovernmentCode}
        {...common}
      />
      <Select
        id="f-start"
        label={SETUP.startLabel}
        options={YEAR_OPTIONS}
        value={String(draft.startFiscalYear)}
        onValue={(v) => onDraft({ startFiscalYear: Number(v) })}
        error={errors.startFiscalYear}
        {...common}
      />
      <Select
        id="f-end"
        label={SETUP.endLabel}
        options={YEAR_OPTIONS}
        value={String(draft.endFiscalYear)}
        onValue={(v) => onDraft({ endFiscalYear: Number(v) })}
        error={errors.endFiscalYear}
        {...common}
      />
      <p class="period-shown" id="period-shown">
        {SETUP.periodShown(planPeriodLabel(draft.startFiscalYear, draft.endFiscalYear))}
      </p>
      <TextArea
        id="f-outline"
        label={SETUP.outlineLabel}
        hint={SETUP.outlineHint}
        rows={10}
        value={draft.outline}
        onValue={(text) => onDraft({ outline: text })}
        error={errors.outline}
        {...common}
      />
      <OutlinePreview outline={outline} typed={draft.outline.trim() !== ''} />
      <TextArea
        id="f-departments"
        label={SETUP.departmentsLabel}
        rows={4}
        value={draft.departments}
        onValue={(departments) => onDraft({ departments })}
        error={errors.departments}
        disabled={disabled}
      />
    </div>
  );
}
