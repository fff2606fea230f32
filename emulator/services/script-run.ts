// The copy google.script.run makes of arguments and results (apps-script-facts §2): numbers, booleans,
// strings, null and plain objects/arrays of those; undefined in arrays becomes null; Dates and functions fail.

export function copyForScriptRun(value: unknown, direction: 'toServer' | 'toClient'): unknown {
  const where = direction === 'toServer' ? 'argument' : 'return value';
  const copy = (v: unknown, path: string): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (v === undefined) return undefined;
    if (typeof v === 'function')
      throw new Error(`google.script.run: a function cannot be passed (${where} ${path}).`);
    if (Object.prototype.toString.call(v) === '[object Date]') {
      throw new Error(`google.script.run: a Date cannot be passed (${where} ${path}); send an ISO string.`);
    }
    if (Array.isArray(v)) return v.map((item, i) => copy(item, `${path}[${i}]`) ?? null);
    if (typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
        const copied = copy(item, `${path}.${key}`);
        if (copied !== undefined) out[key] = copied;
      }
      return out;
    }
    throw new Error(`google.script.run: unsupported ${typeof v} (${where} ${path}).`);
  };
  return copy(value, direction === 'toServer' ? 'arguments' : 'result');
}
