// Formats benchmark runs as a console table and as the JSON shape scripts compare between runs.
import { docsApiCalls, documentAppCalls } from '../harness/report';
import type { NaiveBaseline } from './naive';

export interface BenchRun {
  operation: Operation;
  items: number;
  calls: { total: number; byService: Record<string, number>; byMethod: Record<string, number> };
  /** Cells the operation's Range/Sheet calls read and wrote (emulator/core/cell-count.ts). */
  cellsRead: number;
  cellsWritten: number;
  /** Size of the JSON answer the sidebar or menu receives, in UTF-8 bytes. */
  responseBytes: number;
  /** The cost model's range for a real spreadsheet (bench/cost-model.ts), in ms. */
  estimatedMs: { low: number; high: number };
  cpuMs: number;
  /** Heap used after the operation (or before, if larger). */
  heapMB: number;
  /** Peak resident set of the whole bench process so far (monotonic). */
  rssPeakMB: number;
  /** What the operation answered, in a few words (e.g. problem count, "ok", an error code). */
  outcome: string;
}

export interface BenchResult {
  runs: BenchRun[];
  /** Each built sidebar: its size, and the google.script.run round trips before it is usable (null: not opened). */
  sidebars: { file: string; bytes: number; roundTripsBeforeUsable: number | null }[];
  naiveBaseline: NaiveBaseline[];
  machine: { node: string; platform: string; cpus: number };
}

export const OPERATIONS = [
  'setup',
  'listItems',
  'getItem',
  'saveItem',
  'recordProgress',
  'validate',
  'aggregate',
  'report',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** "Range.getValues" → "Range"; services are the classes the calls were made on. */
export function byService(byMethod: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(byMethod)) {
    const service = key.split('.')[0] ?? key;
    out[service] = (out[service] ?? 0) + n;
  }
  return out;
}

function pad(text: string, width: number, right = false): string {
  const gap = ' '.repeat(Math.max(0, width - text.length));
  return right ? gap + text : text + gap;
}

export function formatTable(result: BenchResult): string {
  const lines: string[] = [];
  const header = [
    'operation',
    'items',
    'calls',
    'cells read',
    'cells written',
    'answer bytes',
    'estimated ms',
    'cpu ms',
    'heap MB',
    'outcome',
    'calls by service',
  ];
  const rows = result.runs.map((r) => [
    r.operation,
    String(r.items),
    String(r.calls.total),
    String(r.cellsRead),
    String(r.cellsWritten),
    String(r.responseBytes),
    `${r.estimatedMs.low}–${r.estimatedMs.high}`,
    r.cpuMs.toFixed(1),
    r.heapMB.toFixed(0),
    r.outcome,
    Object.entries(r.calls.byService)
      .map(([s, n]) => `${s} ${n}`)
      .join(', '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = new Set([1, 2, 3, 4, 5, 6, 7, 8]);
  for (const r of [header, ...rows]) {
    lines.push(r.map((cell, i) => pad(cell, widths[i] ?? 0, numeric.has(i))).join('  '));
  }
  lines.push('');
  lines.push(
    'naive cell-by-cell baseline (model: computed from rows × columns; measured: run in the emulation):',
  );
  for (const b of result.naiveBaseline) {
    lines.push(`  ${b.kind} ${b.operation} at ${b.items} items: ${b.calls} calls (${b.formula})`);
  }
  lines.push('');
  lines.push('meeting report (goal: at most 80 DocumentApp calls, the styles in one Docs API batchUpdate):');
  for (const r of result.runs.filter((run) => run.operation === 'report'))
    lines.push(
      `  at ${r.items} items: ${documentAppCalls(r.calls.byMethod)} DocumentApp calls, ${docsApiCalls(r.calls.byMethod)} Docs API calls (${r.calls.byMethod['Docs.Documents.batchUpdate'] ?? 0} batchUpdate)`,
    );
  lines.push('');
  lines.push(`sidebar HTML sizes:${result.sidebars.length ? '' : ' none built yet'}`);
  for (const s of result.sidebars)
    lines.push(
      `  ${s.file}: ${s.bytes} bytes (${(s.bytes / 1024).toFixed(1)} KB), ${s.roundTripsBeforeUsable ?? '?'} round trip(s) before usable`,
    );
  return lines.join('\n');
}

export function toJson(result: BenchResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
