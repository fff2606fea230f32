// The probe kit (npm run probe) built and run in the emulation: every check passes here, the results sheet is
// written as a deployer will see it in a real spreadsheet, and the assumptions list is the checks' own.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { Environment } from '../../emulator';
import { TEST_START } from '../../harness/clock';
import { renderAssumptions } from '../../probe/assumptions';
import { checks } from '../../probe/index';
import { RESULTS_HEADER, RESULTS_SHEET } from '../../probe/run';
import { buildProbeKit } from '../../scripts/build-probe';

const root = join(__dirname, '..', '..');
let kitDir = '';

beforeAll(async () => {
  kitDir = mkdtempSync(join(tmpdir(), 'probe-kit-'));
  expect(await buildProbeKit(kitDir)).toEqual([
    'onOpen',
    'probeEcho',
    'probeHidden_',
    'probeToday',
    'recordClientProbes',
    'runClientProbes',
    'runProbes',
  ]);
});

function runKit(prepare: (env: Environment) => void = () => undefined) {
  const env = Environment.create({ distDir: kitDir, now: TEST_START });
  env.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
  const item = env.services.ui.addonMenu.find((i) => i.caption === 'Run probes');
  expect(item?.functionName).toBe('runProbes');
  prepare(env);
  env.run(item?.functionName ?? '', []);
  return { env, rows: env.spreadsheet.values(RESULTS_SHEET) };
}

describe('the probe kit', () => {
  it("is a separate project with plain top-level functions and the add-on's own scopes", () => {
    const manifest = JSON.parse(readFileSync(join(kitDir, 'appsscript.json'), 'utf8'));
    const addOn = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual(addOn.oauthScopes);
    const code = readFileSync(join(kitDir, 'Code.js'), 'utf8');
    expect(code).toMatch(/^function onOpen\(\)/m);
    expect(code).toMatch(/^function runProbes\(\)/m);
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    // apps-script-facts §1: no timers, fetch, URL, encoders, base64 or Node globals, and global code touches no service.
    expect(code).not.toMatch(
      /\b(setTimeout|setInterval|fetch|URL|URLSearchParams|TextEncoder|TextDecoder|atob|btoa|process|performance|require)\b/,
    );
    expect(() => vm.runInNewContext(code, {})).not.toThrow();
  });

  it('passes every check in the emulation and writes one results row per check', () => {
    const { env, rows } = runKit();
    expect(rows[0]).toEqual(RESULTS_HEADER);
    expect(rows.slice(1).map((r) => r[0])).toEqual(checks.map((c) => c.id));
    const failures = rows.slice(1).filter((r) => r[6] !== 'pass');
    expect(failures).toEqual([]);
    // Observations are written as text: nothing in the results sheet became a formula.
    expect(
      env.spreadsheet
        .sheet(RESULTS_SHEET)
        .rows.flat()
        .some((c) => c?.formula),
    ).toBe(false);
    expect(env.spreadsheet.sheetNames().some((n) => n.startsWith('probe scratch'))).toBe(false);
  });

  it('reports a platform that behaves otherwise as FAIL, with what it saw', () => {
    const { rows } = runKit((env) => {
      env.services.documents.failNextCreate = 'Service invoked too many times for one day: docs create.';
    });
    const failed = rows.filter((r) => r[6] === 'FAIL');
    expect(failed.map((r) => r[0])).toEqual(['document.new-body']);
    expect(failed[0]?.[5]).toBe('threw: Service invoked too many times for one day: docs create.');
  });

  it('lists every assumption with its source and tag in probe/assumptions.md (npm run probe rewrites it)', () => {
    expect(readFileSync(join(root, 'probe', 'assumptions.md'), 'utf8')).toBe(renderAssumptions());
    for (const check of checks) {
      expect(check.source).not.toBe('');
      expect(['doc', 'seen', 'open']).toContain(check.tag);
    }
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
  });
});
