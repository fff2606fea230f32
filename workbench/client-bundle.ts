// Bundles the page's TypeScript client with esbuild when the workbench starts.
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export async function buildClient(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(__dirname, 'client', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}
