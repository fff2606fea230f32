// State of the non-spreadsheet services that outlives one execution: properties, caches, locks, documents, mail
// and what the UI showed.
import { type DocumentsState, newDocumentsState } from '../document/state';
import { type MailState, newMailState } from './mail';

export interface MenuItemRecord {
  caption: string;
  functionName: string | null;
}

export interface UiRecord {
  /** The add-on menu as built by the last onOpen. */
  addonMenu: MenuItemRecord[];
  sidebars: { title: string; file: string | null; html: string; executionId: number }[];
  dialogs: { title: string; html: string }[];
  alerts: { title: string; prompt: string }[];
  toasts: { title: string; message: string }[];
  selections: { sheet: string; a1: string }[];
}

export interface LockRecord {
  /** Execution holding the lock; -1 for "another process" set up by a test; null when free. */
  holder: number | null;
}

export interface ServiceStoresState {
  properties: {
    script: Record<string, string>;
    document: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
  caches: Record<string, Record<string, { value: string; expires: number }>>;
  locks: Record<string, LockRecord>;
  documents: DocumentsState;
  /** Absent in state files written before MailApp was emulated. */
  mail?: MailState;
  ui: UiRecord;
  logs: string[];
}

export function newServiceStoresState(): ServiceStoresState {
  return {
    properties: { script: {}, document: {}, user: {} },
    caches: {},
    locks: {},
    documents: newDocumentsState(),
    mail: newMailState(),
    ui: { addonMenu: [], sidebars: [], dialogs: [], alerts: [], toasts: [], selections: [] },
    logs: [],
  };
}

/** An ended execution releases every lock it still holds ("released at script end", apps-script-facts §6). */
export function endExecution(state: ServiceStoresState, executionId: number): void {
  for (const lock of Object.values(state.locks)) if (lock.holder === executionId) lock.holder = null;
}
