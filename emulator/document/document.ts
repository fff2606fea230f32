// Document: one Google Doc, its name, URL and body.
import type { ServiceContext } from '../core/context';
import { EmulatedBody } from './body';
import { serviceObject } from './service-object';
import { type DocumentState, documentUrl } from './state';

type GasDocument = GoogleAppsScript.Document.Document;

export class EmulatedDocument
  implements Pick<GasDocument, 'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'saveAndClose'>
{
  constructor(
    private readonly ctx: ServiceContext,
    private readonly doc: DocumentState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return serviceObject(this, 'Document', ctx);
  }
  getId(): string {
    return this.doc.id;
  }
  getName(): string {
    return this.doc.name;
  }
  setName(name: string): GasDocument {
    this.doc.name = String(name);
    return this as unknown as GasDocument;
  }
  getUrl(): string {
    return documentUrl(this.doc.id);
  }
  getBody(): GoogleAppsScript.Document.Body {
    return new EmulatedBody(this.ctx, this.doc) as unknown as GoogleAppsScript.Document.Body;
  }
  saveAndClose(): void {}
}
