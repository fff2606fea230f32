// What an operation would cost in a real spreadsheet, estimated from the calls and cells the emulation counted.
// Every unit cost cites its public source; low and high are the fastest and slowest figures reported, so the
// estimate is a range, never a measurement.
import type { CellsMoved } from '../emulator/core/cell-count';

export interface UnitCost {
  low: number;
  high: number;
  source: string;
}

export const COST_MODEL = {
  /** One google.script.run execution: a whole script start (the bundle re-runs) plus the round trip. */
  execution: {
    low: 300,
    high: 3000,
    source:
      'apps-script-facts §10 [seen]: 0.3 s to several s per google.script.run round trip (labnol/apps-script-starter#25, enuchi/gas-client#35)',
  },
  /** One service method call (SpreadsheetApp, DocumentApp and the rest; no DocumentApp-specific figure is published). */
  call: {
    low: 3,
    high: 160,
    source:
      'bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html: 1,000 getRange().getValue() calls 3,064 ms (3 ms each); 1,000 getLastRow() calls 160,377 ms (160 ms each)',
  },
  /** One cell moved by a batched read or write. */
  cell: {
    low: 0.0125,
    high: 0.1,
    source:
      'a 4,000-cell setValues under 50 ms (developreference.com, "What is faster: ScriptDb or SpreadsheetApp"); Google best practices: 100×100 backgrounds in one batched call ≈ 1 s (apps-script/guides/support/best-practices)',
  },
  /** Properties and Cache calls, measured separately (they are not Sheets calls). */
  propertiesGet: { low: 30, high: 30, source: 'apps-script-facts §7 [seen]: Properties get ≈ 30 ms' },
  propertiesSet: { low: 62, high: 62, source: 'apps-script-facts §7 [seen]: Properties set ≈ 62 ms' },
  cacheGet: { low: 3, high: 3, source: 'apps-script-facts §7 [seen]: Cache get ≈ 3 ms' },
  cachePut: { low: 93, high: 93, source: 'apps-script-facts §7 [seen]: Cache put ≈ 93 ms' },
} as const satisfies Record<string, UnitCost>;

/** Calls whose cost is known on their own; every other counted call costs COST_MODEL.call. */
const SPECIFIC: [RegExp, UnitCost][] = [
  [/^Properties\.getPropert(y|ies)$/, COST_MODEL.propertiesGet],
  [/^Properties\.(setPropert(y|ies)|deleteProperty)$/, COST_MODEL.propertiesSet],
  [/^Cache\.get(All)?$/, COST_MODEL.cacheGet],
  [/^Cache\.(put(All)?|remove(All)?)$/, COST_MODEL.cachePut],
];

/** Calls that cost nothing worth counting: pure computation or logging inside the script. */
const FREE = /^(Utilities|Logger|Session|ScriptApp)\./;

export function estimateMs(
  byMethod: Record<string, number>,
  cells: CellsMoved,
): { low: number; high: number } {
  let low = COST_MODEL.execution.low;
  let high = COST_MODEL.execution.high;
  for (const [method, n] of Object.entries(byMethod)) {
    if (FREE.test(method)) continue;
    const unit = SPECIFIC.find(([pattern]) => pattern.test(method))?.[1] ?? COST_MODEL.call;
    low += n * unit.low;
    high += n * unit.high;
  }
  const moved = cells.read + cells.written;
  low += moved * COST_MODEL.cell.low;
  high += moved * COST_MODEL.cell.high;
  return { low: Math.round(low), high: Math.round(high) };
}
