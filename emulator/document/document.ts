// Document: one Google Doc as opened in this execution, its name, URL and body (a working copy until saved).
import { EmulatedBody } from './body';
import { serviceObject } from './service-object';
import { type DocumentSession, type DocumentSessions, type SessionContext, sessionContext } from './session';
import { documentUrl } from './state';

type GasDocument = GoogleAppsScript.Document.Document;

export class EmulatedDocument
  implements Pick<GasDocument, 'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'saveAndClose'>
{
  private readonly ctx: SessionContext;
  constructor(
    ctx: SessionContext,
    private readonly session: DocumentSession,
    private readonly sessions: DocumentSessions,
  ) {
    const own = sessionContext(ctx, session);
    this.ctx = own;
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return serviceObject(this, 'Document', own);
  }
  getId(): string {
    return this.session.saved.id;
  }
  getName(): string {
    return this.session.saved.name;
  }
  /** The name is the Drive file's, not part of the contents: it changes at once. */
  setName(name: string): GasDocument {
    this.session.saved.name = String(name);
    return this as unknown as GasDocument;
  }
  getUrl(): string {
    return documentUrl(this.session.saved.id);
  }
  getBody(): GoogleAppsScript.Document.Body {
    return new EmulatedBody(this.ctx, this.session.working) as unknown as GoogleAppsScript.Document.Body;
  }
  saveAndClose(): void {
    this.sessions.saveAndClose(this.session);
  }
}
