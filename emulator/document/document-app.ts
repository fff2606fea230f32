// DocumentApp: creating and opening documents, and the enums the report uses.
import type { ServiceContext } from '../core/context';
import { requireAuthorization } from '../core/context';
import { exception } from '../core/realm';
import { EmulatedDocument } from './document';
import { serviceObject } from './service-object';
import { DocumentSessions } from './session';
import { type DocumentState, type DocumentsState, paragraphState } from './state';

const names = <K extends string>(...keys: K[]) => Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>;

/** DocumentApp for one execution, and what the end of that execution does: save the documents left open. */
export function createDocumentApp(ctx: ServiceContext, state: DocumentsState) {
  const sessions = new DocumentSessions();
  const open = (doc: DocumentState) =>
    new EmulatedDocument(ctx, sessions.begin(doc), sessions) as unknown as GoogleAppsScript.Document.Document;
  // The methods are checked against Google's typings; the enums below are plain strings.
  const methods = {
    create(name: string): GoogleAppsScript.Document.Document {
      requireAuthorization(ctx, 'DocumentApp.create');
      if (state.failNextCreate) {
        const message = state.failNextCreate;
        state.failNextCreate = null;
        throw exception(ctx.realm, message);
      }
      // A new document's body holds one empty paragraph.
      const doc: DocumentState = {
        id: `emulated-doc-${state.nextId++}`,
        name: String(name),
        body: [paragraphState('PARAGRAPH', '')],
      };
      state.documents.push(doc);
      return open(doc);
    },
    openById(id: string): GoogleAppsScript.Document.Document {
      requireAuthorization(ctx, 'DocumentApp.openById');
      const doc = state.documents.find((d) => d.id === id);
      // [open] the exact text for a missing or inaccessible document; this is the commonly reported one.
      if (!doc)
        throw exception(
          ctx.realm,
          `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
        );
      return open(doc);
    },
  } satisfies Pick<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById'>;
  const app = {
    ...methods,
    ParagraphHeading: names(
      'NORMAL',
      'TITLE',
      'SUBTITLE',
      'HEADING1',
      'HEADING2',
      'HEADING3',
      'HEADING4',
      'HEADING5',
      'HEADING6',
    ),
    HorizontalAlignment: names('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'),
    ElementType: names(
      'BODY_SECTION',
      'PARAGRAPH',
      'LIST_ITEM',
      'TABLE',
      'TABLE_ROW',
      'TABLE_CELL',
      'TABLE_OF_CONTENTS',
      'TEXT',
      'PAGE_BREAK',
      'INLINE_IMAGE',
    ),
    Attribute: names(
      'BOLD',
      'FONT_SIZE',
      'BACKGROUND_COLOR',
      'FOREGROUND_COLOR',
      'HORIZONTAL_ALIGNMENT',
      'FONT_FAMILY',
    ),
  };
  return { service: serviceObject(app, 'DocumentApp', ctx), endExecution: () => sessions.endExecution() };
}
