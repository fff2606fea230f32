// One Apps Script file from a TypeScript entry module, for the add-on and the probe kit alike: the module bundled as
// an IIFE held in a global, then a real top-level `function name()` per export, the only kind Apps Script calls.
import * as esbuild from 'esbuild';

// Apps Script V8 supports ES2019-level syntax reliably; lowering removes class fields (static/#private).
export const common: esbuild.BuildOptions = {
  bundle: true,
  write: false,
  target: 'es2019',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'silent',
};

/** Names the entry module exports, sorted: these, and only these, become top-level functions. */
async function exportNames(entry: string): Promise<string[]> {
  const result = await esbuild.build({ ...common, entryPoints: [entry], format: 'esm', metafile: true });
  const output = Object.values(result.metafile?.outputs ?? {})[0];
  if (!output) throw new Error(`esbuild produced no output for ${entry}`);
  return [...output.exports].sort();
}

/** The Code.js text for `entry` and the names of its top-level functions. */
export async function appsScriptBundle(
  entry: string,
  globalName: string,
  options: esbuild.BuildOptions = {},
): Promise<{ code: string; names: string[] }> {
  const names = await exportNames(entry);
  const result = await esbuild.build({
    ...common,
    ...options,
    entryPoints: [entry],
    format: 'iife',
    globalName,
  });
  const body = result.outputFiles?.[0]?.text ?? '';
  const wrappers = names.map(
    (name) => `function ${name}(){return ${globalName}.${name}.apply(this,arguments)}`,
  );
  return { code: `${body}\n${wrappers.join('\n')}\n`, names };
}
