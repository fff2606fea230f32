// The fields of one item: classification (pillar → reform), text, departments, per-year schedule, indicator, savings,
// and the yearly targets (効果区分, and per 年度 the indicator's 目標値 and the 効果額 目標).

import { warekiFiscalYear } from '../../src/domain/fiscal-year';
import { EFFECT_TYPE_LABELS, fieldLabel, LEDGER, SIDEBAR } from '../../src/domain/messages';
import type { Master } from '../../src/domain/schemas';
import { CheckboxGroup } from '../shared/checkbox-group';
import { NumberInput, Select, TextArea, TextInput } from '../shared/inputs';
import { type ItemForm, periodYears, TARGET_GROUPS } from './form-state';

export interface ItemFieldsProps {
  form: ItemForm;
  master: Master;
  disabled: boolean;
  /** The message to show under the field at a dotted payload path. */
  message: (path: string) => string | undefined;
  onChange: (path: string, patch: Partial<ItemForm>) => void;
}

/** Payload paths the form shows a field for; messages for any other path go into the banner. */
export const ITEM_FIELD_PATHS = [
  'pillarNo',
  'reformNo',
  'title',
  'description',
  'department',
  'relatedDepartments',
  'schedule',
  'indicator.name',
  'indicator.unit',
  'indicator.baseline',
  'indicator.target',
  'savingsPlan.cut',
  'savingsPlan.revenue',
  'effectType',
  ...TARGET_GROUPS,
];

const TARGET_CAPTIONS = {
  indicatorTargets: LEDGER.indicatorTargetCaption,
  cutTargets: LEDGER.cutCaption,
  revenueTargets: LEDGER.revenueCaption,
} as const;

export function ItemFields({ form, master, disabled, message, onChange }: ItemFieldsProps) {
  const reforms = master.reforms.filter((r) => String(r.pillarNo) === form.pillarNo);
  const text = (path: string, key: keyof ItemForm) => ({
    id: `f-${path.replace(/\./g, '-')}`,
    label: fieldLabel(path),
    error: message(path),
    disabled,
    value: form[key] as string,
    onValue: (value: string) => onChange(path, { [key]: value }),
  });
  const choosePillar = (pillarNo: string) => {
    const keepsReform = master.reforms.some(
      (r) => String(r.no) === form.reformNo && String(r.pillarNo) === pillarNo,
    );
    onChange('pillarNo', { pillarNo, reformNo: keepsReform ? form.reformNo : '' });
  };
  return (
    <div>
      <Select
        {...text('pillarNo', 'pillarNo')}
        required
        onValue={choosePillar}
        placeholder={SIDEBAR.choose}
        options={master.pillars.map((p) => ({ value: String(p.no), label: `${p.no} ${p.name}` }))}
      />
      <Select
        {...text('reformNo', 'reformNo')}
        required
        placeholder={SIDEBAR.choose}
        options={reforms.map((r) => ({ value: String(r.no), label: `${r.no} ${r.name}` }))}
      />
      <TextInput {...text('title', 'title')} required />
      <TextArea {...text('description', 'description')} rows={4} />
      <Select
        {...text('department', 'department')}
        required
        placeholder={SIDEBAR.choose}
        options={master.departments.map((d) => ({ value: d.name, label: d.name }))}
      />
      <CheckboxGroup
        id="f-relatedDepartments"
        label={fieldLabel('relatedDepartments')}
        options={master.departments.map((d) => d.name).filter((name) => name !== form.department)}
        values={form.relatedDepartments}
        error={message('relatedDepartments')}
        disabled={disabled}
        onValues={(relatedDepartments) => onChange('relatedDepartments', { relatedDepartments })}
      />
      <h2>{SIDEBAR.scheduleHeading}</h2>
      {periodYears(master).map((year) => (
        <TextInput
          key={year}
          id={`f-schedule-${year}`}
          label={warekiFiscalYear(year)}
          error={message(`schedule.${year}`)}
          disabled={disabled}
          value={form.schedule[String(year)] ?? ''}
          onValue={(value) =>
            onChange(`schedule.${year}`, { schedule: { ...form.schedule, [String(year)]: value } })
          }
        />
      ))}
      <h2>{SIDEBAR.indicatorHeading}</h2>
      <TextInput {...text('indicator.name', 'indicatorName')} />
      <TextInput {...text('indicator.unit', 'indicatorUnit')} />
      <NumberInput {...text('indicator.baseline', 'baseline')} unit={form.indicatorUnit} />
      <NumberInput {...text('indicator.target', 'target')} unit={form.indicatorUnit} />
      <h2>{SIDEBAR.savingsPlanHeading}</h2>
      <NumberInput {...text('savingsPlan.cut', 'savingsCut')} label={SIDEBAR.savingsCut} unit="千円" />
      <NumberInput
        {...text('savingsPlan.revenue', 'savingsRevenue')}
        label={SIDEBAR.savingsRevenue}
        unit="千円"
      />
      <h2>{LEDGER.targetsHeading}</h2>
      <p class="hint">{LEDGER.targetsHint}</p>
      <Select
        {...text('effectType', 'effectType')}
        options={Object.values(EFFECT_TYPE_LABELS).map((label) => ({ value: label, label }))}
      />
      {periodYears(master).map((year) => (
        <fieldset key={year} class="year-targets">
          <legend>{warekiFiscalYear(year)}</legend>
          {TARGET_GROUPS.map((group) => (
            <NumberInput
              key={group}
              id={`f-${group}-${year}`}
              label={TARGET_CAPTIONS[group]}
              unit={group === 'indicatorTargets' ? form.indicatorUnit : '千円'}
              error={message(`${group}.${year}`) ?? message(group)}
              disabled={disabled}
              value={form[group][String(year)] ?? ''}
              onValue={(value) =>
                onChange(`${group}.${year}`, { [group]: { ...form[group], [String(year)]: value } })
              }
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}
