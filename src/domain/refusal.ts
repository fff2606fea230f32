// An expected refusal (bad input, no right, stale, unknown, layout…): thrown anywhere below an entry point and
// turned into { ok: false, error } by the server's one boundary. Adapters and the domain throw it alike.
import type { ApiError, FieldError } from './api';
import { REGISTER } from './messages';

export class Refusal extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

export function refuseInvalid(fields: FieldError[]): never {
  throw new Refusal({ code: 'invalid', message: REGISTER.invalidInput, fields });
}

/** The value of a parsed payload, or the refusal naming each bad field. */
export function parseOrRefuse<T>(result: { ok: true; value: T } | { ok: false; fields: FieldError[] }): T {
  if (!result.ok) refuseInvalid(result.fields);
  return result.value;
}
