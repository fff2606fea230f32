// The item form as typed (text for every field), its payload for saveItem, and its validation with the very
// schema and rules the server applies (ItemInputSchema + checkItemInput), so messages match word for word.
import type { Draft, FieldError } from '../../src/domain/api';
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
}

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
  };
}

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
  };
}

/** Every message the server would give for this form, in the server's words. */
export function validateItem(form: ItemForm, master: Master): FieldError[] {
  const checked = parseAndCheck(ItemInputSchema, payloadOf(form), (input) => checkItemInput(input, master));
  return checked.ok ? [] : checked.fields;
}
