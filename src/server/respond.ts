// The boundary of every server function: a refusal becomes { ok: false, error }, anything unexpected a
// Japanese "nothing was changed" message (the detail goes to the execution log, not to the user).
import type { ApiResult } from '../domain/api';
import { REGISTER } from '../domain/messages';
import { Refusal } from '../domain/refusal';

export function respond<T>(operation: () => T): ApiResult<T> {
  try {
    return { ok: true, value: operation() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.apiError };
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { ok: false, error: { code: 'failed', message: REGISTER.failed } };
  }
}
