// Cross-field and master-aware rules, written once and used by the item and progress forms (after the schema
// has passed) and by the validation of register rows, including hand-typed ones.
import type { FieldError } from './api';
import { fiscalYearHeader, planPeriodLabel, warekiFiscalYear } from './fiscal-year';
import { FIELD_LABELS } from './messages/fields';
import { EFFECT_TYPE_LABELS, LEDGER, YEARLY_TARGET_GROUPS } from './messages/ledger';
import { RULES } from './messages/rules';
import { type Item, type ItemInput, LIMITS, type Master, type ProgressInput } from './schemas';

function classificationErrors(pillarNo: number, reformNo: number, master: Master): FieldError[] {
  const errors: FieldError[] = [];
  if (!master.pillars.some((p) => p.no === pillarNo))
    errors.push({ path: 'pillarNo', message: RULES.unknownPillar(pillarNo) });
  const reform = master.reforms.find((r) => r.no === reformNo);
  if (!reform) errors.push({ path: 'reformNo', message: RULES.unknownReform(reformNo) });
  else if (reform.pillarNo !== pillarNo) {
    errors.push({ path: 'reformNo', message: RULES.reformNotInPillar(reformNo, pillarNo) });
  }
  return errors;
}

/** The master's department names, made once per master: a validation checks every row against the same master. */
const departmentNameSets = new WeakMap<Master, Set<string>>();

function departmentNames(master: Master): Set<string> {
  let names = departmentNameSets.get(master);
  if (!names) {
    names = new Set(master.departments.map((d) => d.name));
    departmentNameSets.set(master, names);
  }
  return names;
}

function mainDepartmentErrors(department: string, master: Master): FieldError[] {
  return departmentNames(master).has(department)
    ? []
    : [{ path: 'department', message: RULES.unknownDepartment }];
}

function relatedDepartmentErrors(related: string[], master: Master): FieldError[] {
  const departments = departmentNames(master);
  return related.flatMap((name, i) =>
    departments.has(name) ? [] : [{ path: `relatedDepartments.${i}`, message: RULES.unknownRelated(name) }],
  );
}

function departmentErrors(department: string, related: string[], master: Master): FieldError[] {
  return [...mainDepartmentErrors(department, master), ...relatedDepartmentErrors(related, master)];
}

/** 完了 (role done) means 100 %, 未着手 (role notStarted) means 0 %. */
function statusErrors(status: string, progress: number | null, master: Master): FieldError[] {
  const found = master.statuses.find((s) => s.name === status);
  if (!found) return [{ path: 'status', message: RULES.unknownStatus }];
  if (found.role === 'done' && progress !== 100)
    return [{ path: 'progress', message: RULES.doneNeeds100(found.name) }];
  if (found.role === 'notStarted' && progress !== null && progress !== 0) {
    return [{ path: 'progress', message: RULES.notStartedNeeds0(found.name) }];
  }
  return [];
}

/** Late grades (C and D by default) need 課題 and 今後の方針. */
function gradeErrors(grade: string, issues: string, nextSteps: string, master: Master): FieldError[] {
  const found = master.grades.find((g) => g.code === grade);
  if (!found) return [{ path: 'grade', message: RULES.unknownGrade }];
  const errors: FieldError[] = [];
  if (found.late && !issues.trim())
    errors.push({ path: 'issues', message: RULES.lateNeedsIssues(found.code) });
  if (found.late && !nextSteps.trim())
    errors.push({ path: 'nextSteps', message: RULES.lateNeedsNextSteps(found.code) });
  return errors;
}

/** A plan for a fiscal year outside master.period (e.g. typed into a year column a user added by hand). */
function scheduleErrors(schedule: Record<string, string>, master: Master): FieldError[] {
  const { startFiscalYear, endFiscalYear } = master.period;
  const period = planPeriodLabel(startFiscalYear, endFiscalYear);
  return Object.entries(schedule)
    .filter(([year, plan]) => {
      const fy = Number(year);
      return plan.trim() !== '' && (fy < startFiscalYear || fy > endFiscalYear);
    })
    .map(([year]) => ({
      path: `schedule.${year}`,
      message: RULES.scheduleOutsidePeriod(warekiFiscalYear(Number(year)), period),
    }));
}

/**
 * A payload's schedule holds the plan period's years only: empty entries for other years would be stored and
 * logged as a change though nobody sees them (a sidebar sends one per 年度 of the period). One error for all.
 */
function scheduleKeyErrors(schedule: Record<string, string>, master: Master): FieldError[] {
  const { startFiscalYear, endFiscalYear } = master.period;
  const outside = Object.entries(schedule)
    .filter(
      ([year, plan]) =>
        plan.trim() === '' && (Number(year) < startFiscalYear || Number(year) > endFiscalYear),
    )
    .map(([year]) => warekiFiscalYear(Number(year)));
  if (!outside.length) return [];
  return [
    {
      path: 'schedule',
      message: RULES.scheduleYearsOutsidePeriod(outside, planPeriodLabel(startFiscalYear, endFiscalYear)),
    },
  ];
}

/**
 * Yearly targets hold the plan period's years only (a sidebar sends one per 年度): a target for another year would
 * be stored where no column shows it. One error per group, naming the years.
 */
function yearlyKeyErrors(plan: Partial<Pick<Item, (typeof YEARLY_TARGET_GROUPS)[number]>>, master: Master) {
  const { startFiscalYear, endFiscalYear } = master.period;
  return YEARLY_TARGET_GROUPS.flatMap((group): FieldError[] => {
    const outside = Object.keys(plan[group] ?? {})
      .filter((year) => Number(year) < startFiscalYear || Number(year) > endFiscalYear)
      .map((year) => warekiFiscalYear(Number(year)));
    return outside.length
      ? [
          {
            path: group,
            message: LEDGER.yearsOutsidePeriod(
              LEDGER.groupLabel[group],
              outside,
              planPeriodLabel(startFiscalYear, endFiscalYear),
            ),
          },
        ]
      : [];
  });
}

/** A 効果区分 typed by hand must be one of the two (empty reads as 単年度). */
const effectTypeErrors = (effectType: string): FieldError[] =>
  effectType === '' || Object.values(EFFECT_TYPE_LABELS).some((label) => label === effectType)
    ? []
    : [{ path: 'effectType', message: LEDGER.unknownEffectType }];

/** Text limits of a stored row (related departments are checked against the master's names instead). */
const TEXT_LIMITS: Readonly<Record<string, number>> = {
  title: LIMITS.title,
  description: LIMITS.longText,
  department: LIMITS.shortText,
  'indicator.name': LIMITS.title,
  'indicator.unit': LIMITS.shortText,
  activity: LIMITS.longText,
  issues: LIMITS.longText,
  nextSteps: LIMITS.longText,
};

function lengthError(path: string, label: string, text: string, max: number): FieldError[] {
  // No more UTF-16 units than the limit means no more code points either: most texts need no count.
  if (text.length <= max) return [];
  const length = [...text].length;
  return length > max ? [{ path, message: RULES.tooLong(label, max, length) }] : [];
}

/** TEXT_LIMITS with each path split once, not once per row. */
const TEXT_LIMIT_STEPS = Object.entries(TEXT_LIMITS).map(([path, max]) => {
  const [head, tail] = path.split('.') as [string, string | undefined];
  return { path, head, tail, max, label: FIELD_LABELS[path] ?? path };
});

function textLengthErrors(item: Item): FieldError[] {
  const fields = item as unknown as Record<string, unknown>;
  const errors = TEXT_LIMIT_STEPS.flatMap(({ path, head, tail, max, label }) => {
    const value = tail ? (fields[head] as Record<string, unknown>)[tail] : fields[head];
    return lengthError(path, label, String(value ?? ''), max);
  });
  for (const [year, plan] of Object.entries(item.schedule)) {
    errors.push(...lengthError(`schedule.${year}`, fiscalYearHeader(Number(year)), plan, LIMITS.shortText));
  }
  return errors;
}

/**
 * A form's rules. The input may be partial: the fields that passed the schema when others did not (see
 * parseAndCheck), so each rule speaks when its own fields are known and every problem is reported at once.
 */
export function checkItemInput(input: Partial<ItemInput>, master: Master): FieldError[] {
  const { pillarNo, reformNo, department, relatedDepartments, schedule } = input;
  return [
    ...(pillarNo !== undefined && reformNo !== undefined
      ? classificationErrors(pillarNo, reformNo, master)
      : []),
    ...(department !== undefined ? mainDepartmentErrors(department, master) : []),
    ...(relatedDepartments !== undefined ? relatedDepartmentErrors(relatedDepartments, master) : []),
    ...(schedule !== undefined ? scheduleErrors(schedule, master) : []),
    ...(schedule !== undefined ? scheduleKeyErrors(schedule, master) : []),
    ...yearlyKeyErrors(input, master),
  ];
}

export function checkProgressInput(input: Partial<ProgressInput>, master: Master): FieldError[] {
  const { roundId, status, progress, grade, issues, nextSteps } = input;
  const round =
    roundId === undefined || master.rounds.some((r) => r.id === roundId)
      ? []
      : [{ path: 'roundId', message: RULES.unknownRound }];
  return [
    ...round,
    ...(status !== undefined && progress !== undefined ? statusErrors(status, progress, master) : []),
    ...(grade !== undefined && issues !== undefined && nextSteps !== undefined
      ? gradeErrors(grade, issues, nextSteps, master)
      : []),
  ];
}

/** A register row as stored: the same rules; status and grade only when filled (empty ones are reported as required elsewhere). */
export function checkItemRecord(item: Item, master: Master): FieldError[] {
  return [
    ...classificationErrors(item.pillarNo, item.reformNo, master),
    ...departmentErrors(item.department, item.relatedDepartments, master),
    ...scheduleErrors(item.schedule, master),
    ...effectTypeErrors(item.effectType),
    ...textLengthErrors(item),
    ...(item.status ? statusErrors(item.status, item.progress, master) : []),
    ...(item.grade ? gradeErrors(item.grade, item.issues, item.nextSteps, master) : []),
  ];
}
