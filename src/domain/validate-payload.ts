// Parses an untrusted payload against a schema and turns every zod issue into a Japanese FieldError.
import * as z from 'zod/mini';
import type { FieldError } from './api';
import { CHOICE_PATHS, FIELD_REASONS, fieldLabel } from './messages/fields';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] };

/** Validates `payload` (any value at all) with `schema`; never throws. */
export function parsePayload<S extends z.ZodMiniType>(schema: S, payload: unknown): ParseResult<z.output<S>> {
  let result: ReturnType<typeof z.safeParse<S>>;
  try {
    result = z.safeParse(schema, payload, { error: reasonOf });
  } catch {
    // A hostile payload (a getter that throws, a cyclic proxy) must still come back as a field error.
    return { ok: false, fields: [{ path: '', message: `入力内容: ${FIELD_REASONS.notPayload}` }] };
  }
  if (result.success) return { ok: true, value: result.data };
  const fields: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    // One message per field: the first reason is the one the user should fix first.
    if (seen.has(path)) continue;
    seen.add(path);
    const reason =
      issue.message === FIELD_REASONS.required && CHOICE_PATHS.has(path)
        ? FIELD_REASONS.requiredChoice
        : issue.message;
    fields.push({ path, message: `${fieldLabel(path)}: ${reason}` });
  }
  return { ok: false, fields };
}

/**
 * The reason for an issue whose check declared none: zod asks the parse's error map only then (a check's own
 * `error`, given in schemas.ts for formats and ranges, comes first: https://zod.dev/error-customization, "Error
 * precedence"), so no schema internals are read here.
 */
function reasonOf(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '')
        return FIELD_REASONS.required;
      return typeReason(issue.expected);
    case 'too_small':
      return sizeReason(issue.origin, issue.minimum, null);
    case 'too_big':
      return sizeReason(issue.origin, null, issue.maximum);
    case 'invalid_format':
      return issue.format === 'email' ? FIELD_REASONS.email : FIELD_REASONS.format;
    case 'invalid_value':
      return FIELD_REASONS.choice(issue.values.map(String));
    case 'unrecognized_keys':
      return FIELD_REASONS.unknownKeys(issue.keys);
    case 'invalid_key':
      return FIELD_REASONS.fiscalYearKey;
    case 'not_multiple_of':
      return FIELD_REASONS.notInteger;
    default:
      // custom (refinements such as "finite number"), invalid_union, invalid_element
      return typeof issue.input === 'number' ? FIELD_REASONS.notNumber : FIELD_REASONS.invalid;
  }
}

function typeReason(expected: string | undefined): string {
  switch (expected) {
    case 'string':
      return FIELD_REASONS.notText;
    case 'number':
      return FIELD_REASONS.notNumber;
    case 'int':
      return FIELD_REASONS.notInteger;
    case 'boolean':
      return FIELD_REASONS.notBoolean;
    case 'array':
      return FIELD_REASONS.notList;
    case 'object':
    case 'record':
      return FIELD_REASONS.notObject;
    default:
      return FIELD_REASONS.invalid;
  }
}

function sizeReason(
  origin: string | undefined,
  min: number | bigint | undefined | null,
  max: number | bigint | undefined | null,
): string {
  const lo = min === null || min === undefined ? null : Number(min);
  const hi = max === null || max === undefined ? null : Number(max);
  if (origin === 'string') {
    if (lo !== null) return lo <= 1 ? FIELD_REASONS.required : FIELD_REASONS.minLength(lo);
    return FIELD_REASONS.maxLength(hi ?? 0);
  }
  if (origin === 'array' || origin === 'set') {
    return lo !== null ? FIELD_REASONS.minItems(lo) : FIELD_REASONS.maxItems(hi ?? 0);
  }
  return FIELD_REASONS.range(lo, hi);
}

/**
 * The fields of an object payload that pass their own schema, so the rules can still judge them when other
 * fields fail (e.g. a late grade without 課題 beside a 進捗率 of 120).
 */
function validFields<S extends z.ZodMiniObject>(schema: S, payload: unknown): Partial<z.output<S>> {
  if (typeof payload !== 'object' || payload === null) return {};
  const valid: Record<string, unknown> = {};
  try {
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodMiniType>)) {
      const result = z.safeParse(field, (payload as Record<string, unknown>)[key]);
      if (result.success) valid[key] = result.data;
    }
  } catch {
    // A hostile payload (a getter that throws): parsePayload has already named it.
    return {};
  }
  return valid as Partial<z.output<S>>;
}

/**
 * The schema and the form's rules in one pass, every problem at once: when the schema refuses some fields, the
 * rules still judge the others (a field keeps its first message).
 */
export function parseAndCheck<S extends z.ZodMiniObject>(
  schema: S,
  payload: unknown,
  rules: (input: Partial<z.output<S>>) => FieldError[],
): ParseResult<z.output<S>> {
  const parsed = parsePayload(schema, payload);
  if (parsed.ok) {
    const errors = rules(parsed.value);
    return errors.length ? { ok: false, fields: errors } : parsed;
  }
  const named = new Set(parsed.fields.map((f) => f.path));
  const more = rules(validFields(schema, payload)).filter((e) => !named.has(e.path));
  return { ok: false, fields: [...parsed.fields, ...more] };
}
