// A form's payload parsed by its schema; one the schema refuses is refused with the rules' messages on its other
// fields too, so the user hears every problem at once instead of one stage per try.

import type * as z from 'zod/mini';
import type { FieldError } from '../domain/api';
import { Refusal, refuseInvalid } from '../domain/refusal';
import type { Master } from '../domain/schemas';
import { parseAndCheck, parsePayload } from '../domain/validate-payload';
import { RegisterStore } from '../sheets/register-store';

/** The valid payload (its rules run again under the lock, on the master read there), or a refusal naming every problem. */
export function parseInput<S extends z.ZodMiniObject>(
  schema: S,
  payload: unknown,
  rules: (input: Partial<z.output<S>>, master: Master) => FieldError[],
): z.output<S> {
  const parsed = parsePayload(schema, payload);
  if (parsed.ok) return parsed.value;
  let master: Master;
  try {
    master = new RegisterStore().readMaster();
  } catch (error) {
    // Without a readable master the rules cannot speak; the schema's refusal stands on its own.
    if (error instanceof Refusal) refuseInvalid(parsed.fields);
    throw error;
  }
  const checked = parseAndCheck(schema, payload, (input) => rules(input, master));
  refuseInvalid(checked.ok ? parsed.fields : checked.fields);
}
