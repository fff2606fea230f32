// A recorded sidebar served with the google.script bridge injected before its own scripts; bytes otherwise kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const bridge = readFileSync(join(__dirname, 'bridge.js'), 'utf8');

export function sidebarPage(html: string): string {
  const tag = `<script>${bridge}</script>`;
  // After <head>, or after the doctype (a script before it would put the page in quirks mode).
  const anchor = /<head[^>]*>/i.exec(html) ?? /<!doctype[^>]*>/i.exec(html);
  if (!anchor) return tag + html;
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
