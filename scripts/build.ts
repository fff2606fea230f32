// This file builds what `clasp push` uploads: one Apps Script file, one HTML file per sidebar, the manifest.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { appsScriptBundle, common } from './apps-script-bundle';

const root = resolve(__dirname, '..');
export const distDir = join(root, 'dist');
const serverEntry = join(root, 'src', 'index.ts');
const sidebarRoot = join(root, 'sidebar');
const sharedSidebarCss = join(sidebarRoot, 'shared', 'style.css');

/** Google's stylesheet for add-ons, which sidebars link to look like the rest of Sheets. */
export const ADDON_STYLESHEET = 'https://ssl.gstatic.com/docs/script/css/add-ons1.css';

/** The global that holds the bundled module; every entry point is a wrapper around one of its members. */
const APP_GLOBAL = '__reformPlanRegister';

async function buildServer(): Promise<string[]> {
  const { code, names } = await appsScriptBundle(serverEntry, APP_GLOBAL, {
    minifyWhitespace: true,
    minifySyntax: true,
  });
  writeFileSync(join(distDir, 'Code.js'), code);
  return names;
}

/** Each folder under sidebar/ with a main.tsx (except shared/) is one sidebar: one self-contained HTML file. */
function sidebarNames(): string[] {
  if (!existsSync(sidebarRoot)) return [];
  return readdirSync(sidebarRoot)
    .filter((name) => name !== 'shared' && statSync(join(sidebarRoot, name)).isDirectory())
    .filter((name) => {
      try {
        return statSync(join(sidebarRoot, name, 'main.tsx')).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}

function readOptional(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

async function buildSidebar(name: string): Promise<{ file: string; bytes: number }> {
  const result = await esbuild.build({
    ...common,
    entryPoints: [join(sidebarRoot, name, 'main.tsx')],
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  // esbuild escapes "</script" inside strings, so the script can be inlined safely.
  const script = result.outputFiles?.[0]?.text ?? '';
  const css = (readOptional(sharedSidebarCss) + readOptional(join(sidebarRoot, name, 'style.css'))).trim();
  // Google's add-on stylesheet after the local one: where it loads it gives the native look; offline (the
  // workbench, tests) the local style stands alone. https://developers.google.com/apps-script/add-ons/css
  const html =
    '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><base target="_top">' +
    `<style>${css}</style><link rel="stylesheet" href="${ADDON_STYLESHEET}">` +
    `</head><body><div id="app"></div><script>${script}</script></body></html>\n`;
  const file = `${name}.html`;
  writeFileSync(join(distDir, file), html);
  return { file, bytes: Buffer.byteLength(html) };
}

export async function build(): Promise<{
  entryPoints: string[];
  sidebars: { file: string; bytes: number }[];
}> {
  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  copyFileSync(join(root, 'appsscript.json'), join(distDir, 'appsscript.json'));
  const entryPoints = await buildServer();
  const sidebars = await Promise.all(sidebarNames().map(buildSidebar));
  return { entryPoints, sidebars };
}

if (require.main === module) {
  build().then(
    ({ entryPoints, sidebars }) => {
      console.log(`dist/Code.js: ${entryPoints.length} entry points (${entryPoints.join(', ')})`);
      for (const s of sidebars) console.log(`dist/${s.file}: ${s.bytes} bytes`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
