// Parses an untrusted payload against a schema and turns every zod issue into a Japanese FieldError.
import * as z from 'zod/mini';
import type { FieldError } from './api';
import { FIELD_REASONS, fieldLabel } from './messages/fields';
import { IsoDateSchema, IsoDateTimeSchema, ItemIdSchema, MULTI_LINE_TEXT, SINGLE_LINE_TEXT } from './schemas';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] };

/** The shape of a zod issue this module reads (zod's own type is a wide union; only these fields matter). */
interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  pattern?: string;
  values?: unknown[];
  keys?: string[];
  input?: unknown;
}

/** Validates `payload` (any value at all) with `schema`; never throws. */
export function parsePayload<S extends z.ZodMiniType>(schema: S, payload: unknown): ParseResult<z.output<S>> {
  let result: ReturnType<typeof z.safeParse<S>>;
  try {
    result = z.safeParse(schema, payload);
  } catch {
    // A hostile payload (a getter that throws, a cyclic proxy) must still come back as a field error.
    return { ok: false, fields: [{ path: '', message: `入力内容: ${FIELD_REASONS.notPayload}` }] };
  }
  if (result.success) return { ok: true, value: result.data };
  const fields: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues as unknown as Issue[]) {
    const path = issue.path.map(String).join('.');
    // One message per field: the first reason is the one the user should fix first.
    if (seen.has(path)) continue;
    seen.add(path);
    const reason = issueReason(issue, valueAt(payload, issue.path), numberBounds(schema, issue.path));
    fields.push({ path, message: `${fieldLabel(path)}: ${reason}` });
  }
  return { ok: false, fields };
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const patternOf = (schema: z.ZodMiniString): string | undefined => {
  for (const check of schema._zod.def.checks ?? []) {
    const pattern = (check._zod.def as { pattern?: RegExp }).pattern;
    if (pattern) return String(pattern);
  }
  return undefined;
};

const FORMAT_REASONS: [string | undefined, string][] = [
  [patternOf(ItemIdSchema), FIELD_REASONS.itemIdFormat],
  [patternOf(IsoDateSchema), FIELD_REASONS.dateFormat],
  [patternOf(IsoDateTimeSchema), FIELD_REASONS.dateTimeFormat],
  [String(SINGLE_LINE_TEXT), FIELD_REASONS.controlChars],
  [String(MULTI_LINE_TEXT), FIELD_REASONS.controlChars],
  [String(/^[^\s@]+@[^\s@]+$/), FIELD_REASONS.email],
  [String(/^[A-Za-z0-9_-]{1,20}$/), FIELD_REASONS.roundIdFormat],
  [String(/^[A-Za-z0-9_-]{8,64}$/), FIELD_REASONS.requestIdFormat],
  [String(/^\d{4}$/), FIELD_REASONS.fiscalYearKey],
];

interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      innerType?: SchemaNode;
      element?: SchemaNode;
      valueType?: SchemaNode;
      checks?: { _zod: { def: { check?: string; value?: unknown } } }[];
    };
  };
}

/** Both bounds of the number schema at `path`, so a range message can state the whole range ("0以上100以下"). */
function numberBounds(schema: unknown, path: PropertyKey[]): Bounds {
  let node = schema as SchemaNode | undefined;
  const steps = [...path];
  while (node) {
    const def = node._zod.def;
    if (def.type === 'optional' || def.type === 'nullable') node = def.innerType;
    else if (steps.length === 0) break;
    else {
      const key = String(steps.shift());
      node = def.type === 'object' ? def.shape?.[key] : def.type === 'array' ? def.element : def.valueType;
    }
  }
  const bounds: Bounds = { min: null, max: null };
  for (const check of node?._zod.def.checks ?? []) {
    const { check: kind, value } = check._zod.def;
    if (typeof value !== 'number') continue;
    if (kind === 'greater_than') bounds.min = value;
    if (kind === 'less_than') bounds.max = value;
  }
  return bounds;
}

interface Bounds {
  min: number | null;
  max: number | null;
}

function issueReason(issue: Issue, input: unknown, bounds: Bounds): string {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined || input === null || input === '') return FIELD_REASONS.required;
      return typeReason(issue.expected);
    case 'too_small':
      if (issue.origin === 'number') return FIELD_REASONS.range(Number(issue.minimum), bounds.max);
      return sizeReason(issue.origin, issue.minimum, null);
    case 'too_big':
      if (issue.origin === 'number') return FIELD_REASONS.range(bounds.min, Number(issue.maximum));
      return sizeReason(issue.origin, null, issue.maximum);
    case 'invalid_format':
      if (issue.format === 'email') return FIELD_REASONS.email;
      return FORMAT_REASONS.find(([pattern]) => pattern === issue.pattern)?.[1] ?? FIELD_REASONS.format;
    case 'invalid_value':
      return FIELD_REASONS.choice((issue.values ?? []).map(String));
    case 'unrecognized_keys':
      return FIELD_REASONS.unknownKeys(issue.keys ?? []);
    case 'invalid_key':
      return FIELD_REASONS.fiscalYearKey;
    case 'not_multiple_of':
      return FIELD_REASONS.notInteger;
    default:
      // custom (refinements such as "finite number"), invalid_union, invalid_element
      return typeof input === 'number' ? FIELD_REASONS.notNumber : FIELD_REASONS.invalid;
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
