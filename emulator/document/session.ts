// A document opened through DocumentApp in one execution. DocumentApp edits a working copy; the saved document (what
// the Docs API and later executions see) receives it at saveAndClose, or when the execution ends with the document
// still open. After saveAndClose every object of that opening refuses calls.
// [doc] Document.saveAndClose: "Saves the current Document. Causes pending updates to be flushed and applied.";
// "scripts are automatically saved and closed at the end of script execution" (apps-script/reference/document/
// document#saveAndClose). [seen] a closed document throws "Document is closed, its contents cannot be updated."
// (brucemcpherson/gas-fakes#45, from live Apps Script). [open] whether the Docs API ever sees unsaved DocumentApp
// edits: it never does here, the side that breaks a script which does not save first.
import type { ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import type { DocumentState } from './state';

export interface DocumentSession {
  saved: DocumentState;
  working: DocumentState;
  closed: boolean;
  /** The saved body as it was when opened: an opening that changed nothing writes nothing back. */
  openedBody: string;
}

/** The context every object of one opening carries, so that each can tell when its document was closed. */
export interface SessionContext extends ServiceContext {
  readonly documentSession?: DocumentSession;
}

export function sessionContext(ctx: ServiceContext, session: DocumentSession): SessionContext {
  // A prototype link, not a copy: the context's getters (realm) keep reading the live execution.
  return Object.create(ctx, { documentSession: { value: session } }) as SessionContext;
}

export function refuseIfClosed(ctx: SessionContext): void {
  if (ctx.documentSession?.closed)
    throw exception(ctx.realm, 'Document is closed, its contents cannot be updated.');
}

export class DocumentSessions {
  private readonly open: DocumentSession[] = [];

  begin(saved: DocumentState): DocumentSession {
    const openedBody = JSON.stringify(saved.body);
    const session = { saved, working: structuredClone(saved), closed: false, openedBody };
    this.open.push(session);
    return session;
  }

  saveAndClose(session: DocumentSession): void {
    session.saved.body = session.working.body;
    session.closed = true;
  }

  /** The end of the execution saves what is still open and was changed. */
  endExecution(): void {
    for (const session of this.open.splice(0))
      if (!session.closed && JSON.stringify(session.working.body) !== session.openedBody)
        session.saved.body = session.working.body;
  }
}
