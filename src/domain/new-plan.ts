// The set-up choice: the 行田市 sample, or a new plan typed by the plan office (its name, city, 団体コード, period,
// pillars, reforms, departments), checked as a whole and turned into the first マスタ.

import * as z from 'zod/mini';
import type { FieldError } from './api';
import { checkDigit, localGovernmentCodeProblem } from './local-government-code';
import { SETUP } from './messages/setup';
import { DepartmentSchema, type Master, MasterSchema } from './schemas';
import { SEED_MASTER } from './seed';
import { type ParseResult, parsePayload } from './validate-payload';

/** A plan longer than this would lay out more 年度 columns than anyone reads; real plans run 3–5 years. */
export const MAX_PLAN_YEARS = 10;

export const NewPlanSchema = z.object({
  plan: z.literal('new'),
  planName: MasterSchema.shape.planName,
  city: MasterSchema.shape.city,
  localGovernmentCode: z.string(),
  period: MasterSchema.shape.period,
  pillars: MasterSchema.shape.pillars,
  reforms: MasterSchema.shape.reforms,
  /** Department names; their members are added in マスタ later. */
  departments: z.array(DepartmentSchema.shape.name).check(z.maxLength(500)),
});

export type NewPlan = z.infer<typeof NewPlanSchema>;
/** null (what the menu's repair and older callers send) is the sample's set-up, or a repair of a set-up file. */
export type SetupChoice = { plan: 'sample' } | NewPlan;

/** The problems of a schema-valid new plan that only the whole plan shows. */
export function newPlanProblems(plan: NewPlan): FieldError[] {
  const problems: FieldError[] = [];
  const code = plan.localGovernmentCode.trim();
  const codeProblem = localGovernmentCodeProblem(code);
  if (codeProblem)
    problems.push({
      path: 'localGovernmentCode',
      message:
        codeProblem === 'format'
          ? SETUP.codeFormat(code)
          : SETUP.codeCheckDigit(code, checkDigit(code.slice(0, 5))),
    });
  const { startFiscalYear, endFiscalYear } = plan.period;
  if (endFiscalYear < startFiscalYear)
    problems.push({ path: 'period.endFiscalYear', message: SETUP.periodOrder });
  else if (endFiscalYear - startFiscalYear + 1 > MAX_PLAN_YEARS)
    problems.push({ path: 'period.endFiscalYear', message: SETUP.periodLength(MAX_PLAN_YEARS) });
  const pillarNos = new Set<number>();
  plan.pillars.forEach((p, i) => {
    if (pillarNos.has(p.no)) problems.push({ path: `pillars.${i}.no`, message: SETUP.duplicatePillar(p.no) });
    pillarNos.add(p.no);
  });
  const reformNos = new Set<number>();
  plan.reforms.forEach((r, i) => {
    if (reformNos.has(r.no)) problems.push({ path: `reforms.${i}.no`, message: SETUP.duplicateReform(r.no) });
    reformNos.add(r.no);
    if (!pillarNos.has(r.pillarNo))
      problems.push({ path: `reforms.${i}.pillarNo`, message: SETUP.unknownPillar(r.name, r.pillarNo) });
  });
  plan.pillars.forEach((p, i) => {
    if (!plan.reforms.some((r) => r.pillarNo === p.no))
      problems.push({ path: `pillars.${i}`, message: SETUP.pillarWithoutReform(p.name) });
  });
  const departments = new Set<string>();
  plan.departments.forEach((name, i) => {
    if (departments.has(name))
      problems.push({ path: `departments.${i}`, message: SETUP.duplicateDepartment(name) });
    departments.add(name);
  });
  return problems;
}

/** The set-up choice of a payload, or every problem: the plan's fields by their names. */
export function parseSetupChoice(payload: unknown): ParseResult<SetupChoice | null> {
  if (payload === null || payload === undefined) return { ok: true, value: null };
  const plan = typeof payload === 'object' ? (payload as { plan?: unknown }).plan : undefined;
  if (plan === 'sample') return { ok: true, value: { plan: 'sample' } };
  if (plan !== 'new') return { ok: false, fields: [{ path: 'plan', message: SETUP.choiceInvalid }] };
  const parsed = parsePayload(NewPlanSchema, payload);
  if (!parsed.ok) return parsed;
  const problems = newPlanProblems(parsed.value);
  return problems.length ? { ok: false, fields: problems } : parsed;
}

/**
 * The first マスタ of a new plan: its own structure and period, the sample's statuses and grades (a city renames them
 * in マスタ), no rounds yet (報告回の開始 opens them), and `user` as 行革担当 when there is one.
 */
export function newPlanMaster(plan: NewPlan, user: string): Master {
  return {
    planName: plan.planName,
    city: plan.city,
    localGovernmentCode: plan.localGovernmentCode.trim(),
    period: plan.period,
    pillars: plan.pillars,
    reforms: plan.reforms,
    departments: plan.departments.map((name) => ({ name, members: [] })),
    planOffice: user ? [user] : [],
    statuses: SEED_MASTER.statuses,
    grades: SEED_MASTER.grades,
    rounds: [],
  };
}
