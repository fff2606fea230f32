// A city's template document: read once (texts checked for unknown placeholders before anything is created),
// then its body elements are copied one by one into the new report — only the `documents` scope is needed.
import { markerOf } from '../domain/report/placeholders';

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

/** Copies one template element to the end of the report body; a section marker is handled by the caller. */
export function copyElement(body: GoogleAppsScript.Document.Body, e: TemplateElement): void {
  if (e.type === 'PARAGRAPH') body.appendParagraph((e.element as GoogleAppsScript.Document.Paragraph).copy());
  else if (e.type === 'LIST_ITEM')
    body.appendListItem((e.element as GoogleAppsScript.Document.ListItem).copy());
  else if (e.type === 'TABLE') body.appendTable((e.element as GoogleAppsScript.Document.Table).copy());
}

export const isMarker = (e: TemplateElement) => e.type === 'PARAGRAPH' && markerOf(e.text) !== null;
