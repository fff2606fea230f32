// Creates the report document from an outline, in the built-in layout or through a city's template: content
// through DocumentApp, saved, then the tables' styles in one Docs API batchUpdate. A failure after creation renames
// the document 【作成失敗】… so that nothing half-written looks complete (deleting it would need the Drive scope).
import { REPORT } from '../domain/messages';
import { Refusal } from '../domain/refusal';
import type { Block, ReportOutline } from '../domain/report/blocks';
import { markerOf } from '../domain/report/placeholders';
import { appendBlock, type BlockSink } from './render-blocks';
import { applyTableStyles } from './table-styles';
import { copyElement, type TemplateElement } from './template';

export interface CreatedDocument {
  documentId: string;
  url: string;
}

function sectionBlocks(outline: ReportOutline, text: string): Block[] {
  const marker = markerOf(text);
  if (!marker) return [];
  const sections =
    marker.kind === 'all' ? outline.sections : outline.sections.filter((s) => s.id === marker.id);
  return sections.flatMap((s) => s.blocks);
}

/** Appends the content; returns what the Docs API styles afterwards: the generated tables, the landscape starts. */
function fill(
  body: GoogleAppsScript.Document.Body,
  outline: ReportOutline,
  template: TemplateElement[] | null,
): BlockSink {
  // A new document's body holds one empty paragraph; the first text block uses it.
  const sink: BlockSink = {
    body,
    initialParagraph: body.getChild(0).asParagraph(),
    tables: 0,
    styles: [],
    landscapeAt: [],
  };
  if (!template) {
    for (const block of [...outline.heading, ...outline.sections.flatMap((s) => s.blocks)])
      appendBlock(sink, block);
    return sink;
  }
  // Placeholders are filled in the template's own elements as they are copied, never in generated content.
  for (const element of template) {
    if (element.type === 'PARAGRAPH' && markerOf(element.text))
      for (const block of sectionBlocks(outline, element.text)) appendBlock(sink, block);
    else {
      sink.initialParagraph = null;
      copyElement(body, element, outline.scalars);
      if (element.type === 'TABLE') sink.tables++;
    }
  }
  return sink;
}

export function createReportDocument(
  outline: ReportOutline,
  template: TemplateElement[] | null,
): CreatedDocument {
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.create(outline.title);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    throw new Refusal({ code: 'failed', message: REPORT.createFailed });
  }
  let created: CreatedDocument | null = null;
  let closed = false;
  try {
    // Read before saveAndClose (a closed document cannot be used any more), and inside the try: a failure here
    // must also leave a document named as failed.
    created = { documentId: doc.getId(), url: doc.getUrl() };
    const { styles, landscapeAt } = fill(doc.getBody(), outline, template);
    // The Docs API sees only saved content: DocumentApp's edits must be saved before the styles are requested.
    doc.saveAndClose();
    closed = true;
    applyTableStyles(created.documentId, styles, landscapeAt);
    return created;
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const failedName = `${REPORT.failedTitlePrefix}${outline.title}`;
    try {
      // A closed document is opened again to be renamed.
      (closed && created ? DocumentApp.openById(created.documentId) : doc).setName(failedName);
    } catch {
      // The rename is best effort; the message below still tells the user what happened.
    }
    throw new Refusal({ code: 'failed', message: REPORT.buildFailed(failedName) });
  }
}
