// This file builds the probe kit: a separate small Apps Script project (dist-probe/) that checks, in a real
// spreadsheet, each assumption the emulation makes; it also rewrites probe/assumptions.md from the checks.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderAssumptions } from '../probe/assumptions';
import { clientChecks } from '../probe/client';
import { appsScriptBundle } from './apps-script-bundle';

const root = resolve(__dirname, '..');
export const probeDistDir = join(root, 'dist-probe');
const entry = join(root, 'probe', 'main.ts');
const KIT_GLOBAL = '__probeKit';

/**
 * Writes Code.js (a top-level function per export of probe/main.ts), the client checks' sidebar and the add-on's
 * own manifest (same scopes)
 * into `outDir`. The folder is not emptied: a deployer's .clasp.json there survives a rebuild.
 */
export async function buildProbeKit(outDir = probeDistDir): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const { code, names } = await appsScriptBundle(entry, KIT_GLOBAL);
  writeFileSync(join(outDir, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(outDir, 'appsscript.json'));
  // The client checks expect exactly the functions google.script.run offers: all but the "_" names.
  const offered = JSON.stringify(names.filter((name) => !name.endsWith('_')));
  const client = readFileSync(join(root, 'probe', 'client.html'), 'utf8');
  const described = JSON.stringify(Object.fromEntries(clientChecks.map((c) => [c.id, c])));
  const page = client.replace('/*SERVER_FUNCTIONS*/ []', offered).replace('/*CLIENT_CHECKS*/ {}', described);
  writeFileSync(join(outDir, 'client.html'), page);
  return names;
}

if (require.main === module) {
  buildProbeKit().then(
    (names) => {
      writeFileSync(join(root, 'probe', 'assumptions.md'), renderAssumptions());
      console.log(`dist-probe/Code.js: ${names.join(', ')}; probe/assumptions.md rewritten`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
