// The new-plan form as typed, and the set-up choice it sends: the outline parsed by the same pure function the
// preview shows, departments one per line.
import type { FieldError } from '../../src/domain/api';
import type { SetupChoice } from '../../src/domain/new-plan';
import { type OutlineParse, parsePlanOutline } from '../../src/domain/plan-outline';

export interface PlanDraft {
  planName: string;
  city: string;
  localGovernmentCode: string;
  startFiscalYear: number;
  endFiscalYear: number;
  outline: string;
  departments: string;
}

/** Plan years offered: 令和元年度 to 令和22年度 (the schema takes 1989–2100; a new plan starts about now). */
export const OFFERED_YEARS = Array.from({ length: 22 }, (_, i) => 2019 + i);

export function emptyDraft(startFiscalYear: number): PlanDraft {
  return {
    planName: '',
    city: '',
    localGovernmentCode: '',
    startFiscalYear,
    endFiscalYear: startFiscalYear + 3,
    outline: '',
    departments: '',
  };
}

/** The choice to send, or the outline's problems (which the preview already lists) when it cannot be read. */
export function choiceOf(draft: PlanDraft, outline: OutlineParse): SetupChoice | null {
  if (!outline.ok) return null;
  return {
    plan: 'new',
    planName: draft.planName,
    city: draft.city,
    localGovernmentCode: draft.localGovernmentCode,
    period: { startFiscalYear: draft.startFiscalYear, endFiscalYear: draft.endFiscalYear },
    pillars: outline.value.pillars,
    reforms: outline.value.reforms,
    departments: draft.departments
      .split(/\r\n|\r|\n/)
      .map((d) => d.trim())
      .filter(Boolean),
  };
}

export const parseOutline = (draft: PlanDraft) => parsePlanOutline(draft.outline);

/** The form field a server message belongs under, by the payload path's first segment. */
const FIELD_OF: Record<string, keyof PlanDraft> = {
  planName: 'planName',
  city: 'city',
  localGovernmentCode: 'localGovernmentCode',
  period: 'endFiscalYear',
  pillars: 'outline',
  reforms: 'outline',
  departments: 'departments',
};

/** The server's field messages by form field; those no field shows stay in `rest`. */
export function placeFieldErrors(fields: FieldError[]): {
  byField: Partial<Record<keyof PlanDraft, string>>;
  rest: string[];
} {
  const byField: Partial<Record<keyof PlanDraft, string>> = {};
  const rest: string[] = [];
  for (const f of fields) {
    const segments = f.path.split('.');
    const field = f.path === 'period.startFiscalYear' ? 'startFiscalYear' : FIELD_OF[segments[0] ?? ''];
    if (field && !byField[field]) byField[field] = f.message;
    else rest.push(f.message);
  }
  return { byField, rest };
}
