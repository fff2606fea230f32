// The probe checks (probe/checks/*.ts) pass in the emulation: bundled by esbuild as the kit would be, then run in
// one execution of the probe fixture against a scratch sheet, so the kit and the emulation cannot drift apart.
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { probe, probeEnvironment } from '../support/probe';

const ROOT = join(__dirname, '..', '..');
const FILES = ['values', 'protections', 'triggers'];

/** The checks as one script: `__probeChecks.runAll()` answers one result per check. */
function bundle(): string {
  const imports = FILES.map((f, i) => `import { checks as c${i} } from './probe/checks/${f}';`).join('\n');
  const list = FILES.map((_, i) => `...c${i}`).join(', ');
  const result = buildSync({
    stdin: {
      contents: `${imports}
export function runAll() {
  const scratch = SpreadsheetApp.getActiveSpreadsheet().insertSheet('probe-scratch');
  return [${list}].map((check) => {
    try {
      return { id: check.id, tag: check.tag, ...check.run(scratch) };
    } catch (error) {
      return { id: check.id, tag: check.tag, expected: '', observed: String(error), pass: false };
    }
  });
}`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: '__probeChecks',
    target: 'es2020',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

interface Result {
  id: string;
  tag: string;
  expected: string;
  observed: string;
  pass: boolean;
}

describe('probe checks in the emulation', () => {
  const results = probe(probeEnvironment(), `${bundle()}\nreturn __probeChecks.runAll();`) as Result[];

  it('has the checks of every file, each with a stable id', () => {
    expect(results.length).toBeGreaterThanOrEqual(20);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    for (const prefix of FILES) expect(results.some((r) => r.id.startsWith(`${prefix}.`))).toBe(true);
  });

  it.each(FILES)('passes every %s check', (prefix) => {
    const failed = results.filter((r) => r.id.startsWith(`${prefix}.`) && !r.pass);
    expect(failed).toEqual([]);
  });
});
