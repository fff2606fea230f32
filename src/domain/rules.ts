// Cross-field and master-aware rules for the item and progress forms, checked after the schema has passed.
// The sidebars run the same functions as the server, so a message appears under the field before saving.
import type { FieldError } from './api';
import { RULES } from './messages/rules';
import type { ItemInput, Master, ProgressInput } from './schemas';

export function checkItemInput(input: ItemInput, master: Master): FieldError[] {
  const errors: FieldError[] = [];
  if (!master.pillars.some((p) => p.no === input.pillarNo)) {
    errors.push({ path: 'pillarNo', message: RULES.unknownPillar(input.pillarNo) });
  }
  const reform = master.reforms.find((r) => r.no === input.reformNo);
  if (!reform) errors.push({ path: 'reformNo', message: RULES.unknownReform(input.reformNo) });
  else if (reform.pillarNo !== input.pillarNo) {
    errors.push({ path: 'reformNo', message: RULES.reformNotInPillar(input.reformNo, input.pillarNo) });
  }
  const departments = new Set(master.departments.map((d) => d.name));
  if (!departments.has(input.department))
    errors.push({ path: 'department', message: RULES.unknownDepartment });
  input.relatedDepartments.forEach((name, i) => {
    if (!departments.has(name))
      errors.push({ path: `relatedDepartments.${i}`, message: RULES.unknownRelated(name) });
  });
  for (const year of Object.keys(input.schedule)) {
    const fy = Number(year);
    if (fy < master.period.startFiscalYear || fy > master.period.endFiscalYear) {
      errors.push({ path: `schedule.${year}`, message: RULES.scheduleOutsidePeriod });
    }
  }
  return errors;
}

export function checkProgressInput(input: ProgressInput, master: Master): FieldError[] {
  const errors: FieldError[] = [];
  if (!master.rounds.some((r) => r.id === input.roundId))
    errors.push({ path: 'roundId', message: RULES.unknownRound });
  const status = master.statuses.find((s) => s.name === input.status);
  if (!status) errors.push({ path: 'status', message: RULES.unknownStatus });
  else if (status.role === 'done' && input.progress !== 100) {
    errors.push({ path: 'progress', message: RULES.doneNeeds100(status.name) });
  } else if (status.role === 'notStarted' && input.progress !== 0) {
    errors.push({ path: 'progress', message: RULES.notStartedNeeds0(status.name) });
  }
  const grade = master.grades.find((g) => g.code === input.grade);
  if (!grade) errors.push({ path: 'grade', message: RULES.unknownGrade });
  else if (grade.late) {
    if (!input.issues) errors.push({ path: 'issues', message: RULES.lateNeedsIssues(grade.code) });
    if (!input.nextSteps) errors.push({ path: 'nextSteps', message: RULES.lateNeedsNextSteps(grade.code) });
  }
  return errors;
}
