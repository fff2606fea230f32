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

/**
 * Wraps a service object so that every method call is counted as "<className>.<method>" before it runs.
 * Classes return `counted(this, 'Range', ctx.calls)` from their constructor, so no method can forget to count.
 */
export function counted<T extends object>(target: T, className: string, calls: CallCounter): T {
  const wrappers = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
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
