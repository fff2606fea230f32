// Checks of what the emulated google.script.run assumes about which names it can reach (apps-script-facts §1, §2):
// a project's top-level functions are its global object's own functions, and inherited names are not among them.
import type { ProbeCheck } from '../check';
import { same } from './observe';

const global = globalThis as unknown as Record<string, unknown>;
// The global's own names as listed: Node's vm answers hasOwnProperty on a context's global with true for inherited
// names, which V8's own global does not; the list is the same on both.
const own = (name: string) => Object.getOwnPropertyNames(globalThis).includes(name);

export const checks: ProbeCheck[] = [
  {
    id: 'script-run.top-level-functions',
    assumption: "A project's top-level function declarations are own functions of its global object.",
    source: 'apps-script-facts §1; developers.google.com/apps-script/guides/v8-runtime',
    tag: 'doc',
    run() {
      return same(
        'runProbes: own function',
        `runProbes: ${own('runProbes') ? 'own' : 'not own'} ${typeof global.runProbes}`,
      );
    },
  },
  {
    id: 'script-run.inherited-names',
    assumption:
      'constructor, toString and isPrototypeOf are not own properties of the global object, so they are no script functions.',
    source: 'apps-script-facts §1 (only top-level declarations are callable); ECMAScript Object.prototype',
    tag: 'open',
    run() {
      const names = ['constructor', 'toString', 'isPrototypeOf'];
      return same('none own', names.filter(own).join(', ') || 'none own');
    },
  },
  {
    id: 'script-run.services-are-objects',
    assumption:
      'The services (SpreadsheetApp, DocumentApp…) are globals but not functions, so never callable by name.',
    source: 'developers.google.com/apps-script/guides/services',
    tag: 'doc',
    run() {
      const types = ['SpreadsheetApp', 'DocumentApp', 'LockService', 'PropertiesService'].map(
        (n) => typeof global[n],
      );
      return same('object, object, object, object', types.join(', '));
    },
  },
];
