// A recorded sidebar served with the google.script bridge injected before its own scripts; bytes otherwise kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// bridge.js is one arrow function expression; the page calls it with the server functions' names.
const bridge = readFileSync(join(__dirname, 'bridge.js'), 'utf8').trim().replace(/;$/, '');

/** `serverFunctions`: the names google.script.run offers (Environment.scriptFunctions). */
export function sidebarPage(html: string, serverFunctions: string[]): string {
  // JSON inside a script element: "<" escaped so no name can close the element.
  const names = JSON.stringify(serverFunctions).replace(/</g, '\\u003c');
  const tag = `<script>(${bridge})(${names});</script>`;
  // After <head>, or after the doctype (a script before it would put the page in quirks mode).
  const anchor = /<head[^>]*>/i.exec(html) ?? /<!doctype[^>]*>/i.exec(html);
  if (!anchor) return tag + html;
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
