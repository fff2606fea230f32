// The Docs advanced service (Docs.Documents.get and .batchUpdate) over the saved documents: present only when the
// manifest enables it, as in Apps Script (reference, apps-script/guides/services/advanced: an advanced service is
// available once it is enabled, its userSymbol the global's name; apps-script-facts §10).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { counted, NotEmulatedError } from '../core/calls';
import { requireFullAuthorization, type ServiceContext } from '../core/context';
import { parseFields, project } from '../core/partial-response';
import { exception } from '../core/realm';
import { layoutDocument } from '../document/docs-layout';
import { applyRequest, type DocsRequest, DocsRequestError } from '../document/docs-requests';
import type { DocumentsState } from '../document/state';

type Documents = Pick<GoogleAppsScript.Docs.Collection.DocumentsCollection, 'get' | 'batchUpdate'>;

/**
 * [seen] An advanced service's HTTP error reaches the script as "API call to docs.documents.batchUpdate failed with
 * error: <the API's message>" (GoogleJsonResponseException; quoted in public Apps Script test suites).
 */
const apiError = (ctx: ServiceContext, method: string, message: string) =>
  Object.assign(exception(ctx.realm, `API call to docs.documents.${method} failed with error: ${message}`), {
    name: 'GoogleJsonResponseException',
  });

export function createDocsService(ctx: ServiceContext, state: DocumentsState) {
  const find = (method: string, id: string) => {
    requireFullAuthorization(ctx, `Docs.Documents.${method}`);
    const doc = state.documents.find((d) => d.id === id);
    // [seen] a missing document: "Requested entity was not found." (HTTP 404).
    if (!doc) throw apiError(ctx, method, 'Requested entity was not found.');
    return doc;
  };
  const documents: Documents = {
    get(documentId: string, optionalArgs?: object): GoogleAppsScript.Docs.Schema.Document {
      const { fields, ...others } = (optionalArgs ?? {}) as { fields?: string };
      if (Object.keys(others).length)
        throw new NotEmulatedError(`Docs.Documents.get with ${Object.keys(others).join(', ')}`);
      const document = layoutDocument(find('get', documentId)).document;
      let selected: unknown = document;
      if (fields !== undefined)
        try {
          selected = project(document, parseFields(String(fields)));
        } catch (error) {
          throw apiError(ctx, 'get', (error as Error).message);
        }
      // A copy, as the API's answer is: changing it changes nothing in the document.
      return JSON.parse(JSON.stringify(selected));
    },
    batchUpdate(resource, documentId) {
      const doc = find('batchUpdate', documentId);
      const requests = (resource?.requests ?? []) as DocsRequest[];
      // "If any request is not valid, then the entire request will fail and nothing will be applied."
      // (docs/api/reference/rest/v1/documents/batchUpdate): the requests run on a copy that replaces the document.
      const copy = structuredClone(doc);
      let layout = layoutDocument(copy);
      try {
        requests.forEach((request, i) => {
          if (applyRequest(layout, request, i)) layout = layoutDocument(copy);
        });
      } catch (error) {
        if (error instanceof DocsRequestError && error.notEmulated) throw new NotEmulatedError(error.message);
        if (error instanceof DocsRequestError) throw apiError(ctx, 'batchUpdate', error.message);
        throw error;
      }
      doc.body = copy.body;
      if (copy.sectionBreaks) doc.sectionBreaks = copy.sectionBreaks;
      return JSON.parse(JSON.stringify({ documentId, replies: requests.map(() => ({})) }));
    },
  };
  return { Documents: counted(documents, 'Docs.Documents', ctx.calls) };
}

/** The advanced services appsscript.json enables (only Docs v1 is emulated), as globals. */
export function advancedServices(distDir: string, ctx: ServiceContext, documents: DocumentsState) {
  const manifest = join(distDir, 'appsscript.json');
  if (!existsSync(manifest)) return {};
  const enabled =
    (
      JSON.parse(readFileSync(manifest, 'utf8')) as {
        dependencies?: {
          enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[];
        };
      }
    ).dependencies?.enabledAdvancedServices ?? [];
  const globals: Record<string, unknown> = {};
  for (const service of enabled) {
    if (service.serviceId !== 'docs' || service.version !== 'v1')
      throw new Error(`not emulated: advanced service ${service.serviceId} ${service.version}`);
    globals[service.userSymbol] = createDocsService(ctx, documents);
  }
  return globals;
}
