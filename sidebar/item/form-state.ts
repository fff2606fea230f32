// The item form as typed (text for every field), its payload for saveItem, and its validation with the very
// schema and rules the server applies (ItemInputSchema + checkItemInput), so messages match word for word.
import type { Draft, FieldError } from '../../src/domain/api';
import { EFFECT_TYPE_LABELS } from '../../src/domain/messages';
import { checkItemInput } from '../../src/domain/rules';
import { type Item, type ItemInput, ItemInputSchema, type Master } from '../../src/domain/schemas';
import { parseAndCheck } from '../../src/domain/validate-payload';
import { numberFromText, textFromNumber } from '../shared/number-text';
import { newRequestId } from '../shared/request-id';

export interface ItemForm {
  id: string;
  baseRevision: number | null;
  /** A new item's idempotency key: the same for every try of one submission. */
  requestId: string;
  pillarNo: string;
  reformNo: string;
  title: string;
  description: string;
  department: string;
  relatedDepartments: string[];
  schedule: Record<string, string>;
  indicatorName: string;
  indicatorUnit: string;
  baseline: string;
  target: string;
  savingsCut: string;
  savingsRevenue: string;
  /** 単年度 or 継続. */
  effectType: string;
  /** Per fiscal year ("2022"), as typed. */
  indicatorTargets: Record<string, string>;
  cutTargets: Record<string, string>;
  revenueTargets: Record<string, string>;
}

/** The yearly target groups of the form, each a text per fiscal year. */
export const TARGET_GROUPS = ['indicatorTargets', 'cutTargets', 'revenueTargets'] as const;
type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Fiscal years of the plan period, in order. */
export function periodYears(master: Master): number[] {
  const years: number[] = [];
  for (let y = master.period.startFiscalYear; y <= master.period.endFiscalYear; y++) years.push(y);
  return years;
}

export function emptyForm(master: Master, department: string): ItemForm {
  return {
    id: '',
    baseRevision: null,
    requestId: newRequestId(),
    pillarNo: '',
    reformNo: '',
    title: '',
    description: '',
    department,
    relatedDepartments: [],
    schedule: Object.fromEntries(periodYears(master).map((y) => [String(y), ''])),
    indicatorName: '',
    indicatorUnit: '',
    baseline: '',
    target: '',
    savingsCut: '',
    savingsRevenue: '',
    effectType: EFFECT_TYPE_LABELS.single,
    ...yearTexts(master, () => ''),
  };
}

/** Each target group with a text per year of the plan period. */
function yearTexts(master: Master, text: (group: TargetGroup, year: string) => string) {
  const group = (g: TargetGroup) =>
    Object.fromEntries(periodYears(master).map((y) => [String(y), text(g, String(y))]));
  return {
    indicatorTargets: group('indicatorTargets'),
    cutTargets: group('cutTargets'),
    revenueTargets: group('revenueTargets'),
  };
}

export function formFromItem(item: Item, master: Master): ItemForm {
  return {
    ...emptyForm(master, item.department),
    id: item.id,
    baseRevision: item.revision,
    requestId: '',
    pillarNo: String(item.pillarNo),
    reformNo: String(item.reformNo),
    title: item.title,
    description: item.description,
    relatedDepartments: item.relatedDepartments,
    schedule: { ...emptyForm(master, '').schedule, ...item.schedule },
    indicatorName: item.indicator.name,
    indicatorUnit: item.indicator.unit,
    baseline: textFromNumber(item.indicator.baseline),
    target: textFromNumber(item.indicator.target),
    savingsCut: textFromNumber(item.savingsPlan.cut),
    savingsRevenue: textFromNumber(item.savingsPlan.revenue),
    effectType: item.effectType || EFFECT_TYPE_LABELS.single,
    ...yearTexts(master, (group, year) => textFromNumber(item[group][year])),
  };
}

const yearNumbers = (texts: Record<string, string>) =>
  Object.fromEntries(Object.entries(texts).map(([year, text]) => [year, numberFromText(text)]));

const choice = (text: string) => (text === '' ? null : Number(text));

/** What saveItem receives: the schema's fields as typed; the schema, not the compiler, decides whether they are valid. */
export function payloadOf(form: ItemForm): Draft<ItemInput> {
  return {
    ...(form.id ? { id: form.id, baseRevision: form.baseRevision } : { requestId: form.requestId }),
    pillarNo: choice(form.pillarNo),
    reformNo: choice(form.reformNo),
    title: form.title,
    description: form.description,
    department: form.department,
    relatedDepartments: form.relatedDepartments,
    schedule: form.schedule,
    indicator: {
      name: form.indicatorName,
      unit: form.indicatorUnit,
      baseline: numberFromText(form.baseline),
      target: numberFromText(form.target),
    },
    savingsPlan: { cut: numberFromText(form.savingsCut), revenue: numberFromText(form.savingsRevenue) },
    // Chosen from the two labels; the schema still checks it.
    effectType: form.effectType as ItemInput['effectType'],
    indicatorTargets: yearNumbers(form.indicatorTargets),
    cutTargets: yearNumbers(form.cutTargets),
    revenueTargets: yearNumbers(form.revenueTargets),
  };
}

/** Every message the server would give for this form, in the server's words. */
export function validateItem(form: ItemForm, master: Master): FieldError[] {
  const checked = parseAndCheck(ItemInputSchema, payloadOf(form), (input) => checkItemInput(input, master));
  return checked.ok ? [] : checked.fields;
}
