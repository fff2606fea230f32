// Counts every emulated service method call (e.g. "Range.getValues") and the cells those calls move, so
// benchmarks can report calls and cells per operation.
import { type CellsMoved, cellsMoved } from './cell-count';

export interface CallSnapshot {
  total: number;
  byMethod: Record<string, number>;
  cells: CellsMoved;
}

export class CallCounter {
  private readonly counts = new Map<string, number>();
  /** Runs before each counted call: a test can start another execution there, mid-flight. */
  onCall: ((key: string) => void) | null = null;

  private quiet = 0;
  private readonly cells: CellsMoved = { read: 0, written: 0 };

  count(key: string, moved: CellsMoved | null = null): void {
    if (this.quiet > 0) return;
    this.onCall?.(key);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (moved) {
      this.cells.read += moved.read;
      this.cells.written += moved.written;
    }
  }

  /** Runs work the emulation does on the script's behalf inside one counted call, without counting it again. */
  uncounted<T>(work: () => T): T {
    this.quiet++;
    try {
      return work();
    } finally {
      this.quiet--;
    }
  }

  reset(): void {
    this.counts.clear();
    this.cells.read = 0;
    this.cells.written = 0;
  }

  snapshot(): CallSnapshot {
    const byMethod: Record<string, number> = {};
    let total = 0;
    for (const [key, n] of [...this.counts].sort(([a], [b]) => a.localeCompare(b))) {
      byMethod[key] = n;
      total += n;
    }
    return { total, byMethod, cells: { ...this.cells } };
  }
}

/** A script called a method of a real Apps Script class that the emulation does not have. */
export class NotEmulatedError extends Error {
  constructor(readonly method: string) {
    super(`not emulated: ${method}`);
    this.name = 'NotEmulatedError';
  }
}

/** Names that callers probe on any object (promises, JSON, jest, util.inspect): missing, never "not emulated". */
const PROBED = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'prototype']);

/**
 * Wraps a service object so that every method call is counted as "<className>.<method>" before it runs.
 * Classes return `counted(this, 'Range', ctx.calls)` from their constructor, so no method can forget to count;
 * calling a method the class does not emulate throws NotEmulatedError ("not emulated: Range.getFoo").
 */
export function counted<T extends object>(target: T, className: string, calls: CallCounter): T {
  const wrappers = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (
        value === undefined &&
        typeof prop === 'string' &&
        /^[a-z][A-Za-z0-9]*$/.test(prop) &&
        !PROBED.has(prop)
      ) {
        // A method the emulation lacks fails by name, not as "x.getFoo is not a function".
        return () => {
          throw new NotEmulatedError(`${className}.${prop}`);
        };
      }
      if (typeof value !== 'function' || typeof prop === 'symbol' || prop === 'constructor') return value;
      let wrapper = wrappers.get(prop);
      if (!wrapper) {
        const key = `${className}.${prop}`;
        wrapper = function (this: unknown, ...args: unknown[]) {
          calls.count(key, cellsMoved(className, prop, obj, args));
          const result = (value as (...a: unknown[]) => unknown).apply(this === receiver ? obj : this, args);
          // Chained calls (`return this`) must go on through the proxy, or they would not be counted.
          return result === obj ? receiver : result;
        };
        wrappers.set(prop, wrapper);
      }
      return wrapper;
    },
  });
}
