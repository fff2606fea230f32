// A city's template document: read once (texts checked for unknown placeholders before anything is created),
// then its body elements are copied one by one into the new report — only the `documents` scope is needed.
import { placeholderSpans } from '../domain/report/placeholders';

type Element = GoogleAppsScript.Document.Element;

export interface TemplateElement {
  element: Element;
  type: 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE' | 'OTHER';
  text: string;
}

/** The template's body elements with their text; null when the document cannot be opened. */
export function readTemplate(templateDocId: string): TemplateElement[] | null {
  let body: GoogleAppsScript.Document.Body;
  try {
    body = DocumentApp.openById(templateDocId).getBody();
  } catch {
    return null;
  }
  const elements: TemplateElement[] = [];
  const count = body.getNumChildren();
  for (let i = 0; i < count; i++) {
    const element = body.getChild(i);
    const type = String(element.getType());
    if (type === 'PARAGRAPH' || type === 'LIST_ITEM' || type === 'TABLE') {
      const text = (element as GoogleAppsScript.Document.Paragraph).getText();
      elements.push({ element, type, text });
    } else elements.push({ element, type: 'OTHER', text: '' });
  }
  return elements;
}

/**
 * Fills the scalar placeholders of one template text by editing exactly their characters, right to left so earlier
 * offsets stay valid. Only template text is edited, never generated content, and values are inserted as text:
 * Text.deleteText/insertText take plain offsets and strings (no regular expression, no `$` replacement syntax).
 */
function fillText(
  text: GoogleAppsScript.Document.Text,
  content: string,
  scalars: Record<string, string>,
): void {
  for (const span of placeholderSpans(content, scalars).reverse()) {
    text.deleteText(span.start, span.end - 1);
    if (span.value) text.insertText(span.start, span.value);
  }
}

function fillTable(table: GoogleAppsScript.Document.Table, scalars: Record<string, string>): void {
  const rows = table.getNumRows();
  for (let r = 0; r < rows; r++) {
    const row = table.getRow(r);
    const cells = row.getNumCells();
    for (let c = 0; c < cells; c++) {
      const cell = row.getCell(c);
      const content = cell.getText();
      if (placeholderSpans(content, scalars).length) fillText(cell.editAsText(), content, scalars);
    }
  }
}

/**
 * Copies one template element to the end of the report body, its placeholders filled in the copy before it is
 * appended; a section marker is handled by the caller. Calls grow with the template, not with the items.
 */
export function copyElement(
  body: GoogleAppsScript.Document.Body,
  e: TemplateElement,
  scalars: Record<string, string>,
): void {
  const hasPlaceholders = placeholderSpans(e.text, scalars).length > 0;
  if (e.type === 'PARAGRAPH' || e.type === 'LIST_ITEM') {
    const copy = (e.element as GoogleAppsScript.Document.Paragraph).copy();
    if (hasPlaceholders) fillText(copy.editAsText(), e.text, scalars);
    if (e.type === 'PARAGRAPH') body.appendParagraph(copy);
    else body.appendListItem(copy as unknown as GoogleAppsScript.Document.ListItem);
  } else if (e.type === 'TABLE') {
    const copy = (e.element as GoogleAppsScript.Document.Table).copy();
    if (hasPlaceholders) fillTable(copy, scalars);
    body.appendTable(copy);
  }
}
