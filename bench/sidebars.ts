// Sizes of the built sidebars: every dist/*.html, in bytes.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function sidebarSizes(distDir: string): { file: string; bytes: number }[] {
  if (!existsSync(distDir)) return [];
  return readdirSync(distDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => ({ file, bytes: statSync(join(distDir, file)).size }));
}
