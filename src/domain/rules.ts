// Cross-field and master-aware rules, written once and used by the item and progress forms (after the schema
// has passed) and by the validation of register rows, including hand-typed ones.
import type { FieldError } from './api';
import { RULES } from './messages/rules';
import type { Item, ItemInput, Master, ProgressInput } from './schemas';

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

function departmentErrors(department: string, related: string[], master: Master): FieldError[] {
  const departments = new Set(master.departments.map((d) => d.name));
  const errors: FieldError[] = [];
  if (!departments.has(department)) errors.push({ path: 'department', message: RULES.unknownDepartment });
  related.forEach((name, i) => {
    if (!departments.has(name))
      errors.push({ path: `relatedDepartments.${i}`, message: RULES.unknownRelated(name) });
  });
  return errors;
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

function scheduleErrors(schedule: Record<string, string>, master: Master): FieldError[] {
  return Object.entries(schedule)
    .filter(([year, plan]) => {
      const fy = Number(year);
      return plan.trim() !== '' && (fy < master.period.startFiscalYear || fy > master.period.endFiscalYear);
    })
    .map(([year]) => ({ path: `schedule.${year}`, message: RULES.scheduleOutsidePeriod }));
}

export function checkItemInput(input: ItemInput, master: Master): FieldError[] {
  return [
    ...classificationErrors(input.pillarNo, input.reformNo, master),
    ...departmentErrors(input.department, input.relatedDepartments, master),
    ...scheduleErrors(input.schedule, master),
  ];
}

export function checkProgressInput(input: ProgressInput, master: Master): FieldError[] {
  const round = master.rounds.some((r) => r.id === input.roundId)
    ? []
    : [{ path: 'roundId', message: RULES.unknownRound }];
  return [
    ...round,
    ...statusErrors(input.status, input.progress, master),
    ...gradeErrors(input.grade, input.issues, input.nextSteps, master),
  ];
}

/** A register row as stored: the same rules; status and grade only when filled (empty ones are reported as required elsewhere). */
export function checkItemRecord(item: Item, master: Master): FieldError[] {
  return [
    ...classificationErrors(item.pillarNo, item.reformNo, master),
    ...departmentErrors(item.department, item.relatedDepartments, master),
    ...scheduleErrors(item.schedule, master),
    ...(item.status ? statusErrors(item.status, item.progress, master) : []),
    ...(item.grade ? gradeErrors(item.grade, item.issues, item.nextSteps, master) : []),
  ];
}
