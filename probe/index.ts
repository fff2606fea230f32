// Every check of the probe kit, module by module, and the assumptions no single execution can probe.
import type { ProbeCheck } from './check';
import { checks as docsApi } from './checks/docs-api';
import { checks as document } from './checks/document';
import { checks as protections } from './checks/protections';
import { checks as scriptRun } from './checks/script-run';
import { checks as services } from './checks/services';
import { checks as sheets } from './checks/sheets';
import { checks as triggers } from './checks/triggers';
import { checks as values } from './checks/values';

export const checks: ProbeCheck[] = [
  ...sheets,
  ...values,
  ...protections,
  ...triggers,
  ...services,
  ...document,
  ...docsApi,
  ...scriptRun,
];

/** An assumption the emulation makes that the kit cannot check from inside one execution. */
export interface Unprobed {
  assumption: string;
  source: string;
  tag: ProbeCheck['tag'];
  why: string;
}

export const unprobed: Unprobed[] = [
  {
    assumption:
      'waitLock on a lock another execution holds throws "Lock timeout: another process was holding the lock for too long."',
    source: 'apps-script-facts §6 (seen)',
    tag: 'seen',
    why: 'needs a second execution holding the lock at the same time',
  },
  {
    assumption: 'onOpen in AuthMode.NONE can build menus and use Logger and Utilities, and nothing else.',
    source: 'apps-script-facts §4; workspace/add-ons/concepts/editor-auth-lifecycle',
    tag: 'doc',
    why: 'needs an add-on installed but not yet used in the file',
  },
];
