// Small helpers the checks share: what a thrown error says, and a value's type as Apps Script reports it.

/** Runs `work` and gives the message it threw, or "no error". */
export function thrown(work: () => unknown): string {
  try {
    work();
    return 'no error';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** "number", "boolean", "string", "date" (a Date of any realm), "null"… */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'date';
  return typeof value;
}

/** A result whose observation must equal the expectation exactly. */
export const same = (expected: string, observed: string) => ({
  expected,
  observed,
  pass: observed === expected,
});
