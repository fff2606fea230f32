// A dumped document read the way the report's assertions speak of it: a paragraph's text, a table cell's text with
// the formatting that reaches it (cell, paragraph and text attributes together), and the inline elements inside.
import {
  type Attributes,
  type CellState,
  containerText,
  type DocumentState,
  type ElementState,
  type InlineState,
  type ParagraphState,
  paragraphText,
} from '../../emulator/document/state';

export interface CellView {
  text: string;
  background: string | null;
  attributes: Attributes;
}
export type ElementView =
  | { type: 'PARAGRAPH' | 'LIST_ITEM'; text: string; heading: string; attributes: Attributes }
  | { type: 'TABLE'; rows: CellView[][]; attributes: Attributes };

const formatting = (p: ParagraphState): Attributes =>
  Object.assign({}, p.attributes, ...p.children.map((c) => (c.type === 'TEXT' ? c.attributes : {})));

export const cellView = (c: CellState): CellView => ({
  text: containerText(c.children),
  background: c.background,
  attributes: Object.assign({}, c.attributes, ...c.children.map(formatting)),
});

export const elementView = (e: ElementState): ElementView =>
  e.type === 'TABLE'
    ? { type: 'TABLE', rows: e.rows.map((r) => r.map(cellView)), attributes: e.attributes }
    : { type: e.type, text: paragraphText(e), heading: e.heading, attributes: formatting(e) };

export const bodyView = (doc: DocumentState): ElementView[] => doc.body.map(elementView);

/** Everything inside the body's paragraphs: their text runs, page breaks and images, in order. */
/** The texts of a document, paragraph by paragraph and, for a table, cell by cell. */
export const documentTexts = (doc: DocumentState): unknown[] =>
  bodyView(doc).map((e) => (e.type === 'TABLE' ? e.rows.map((r) => r.map((c) => c.text)) : e.text));

export const inlineElements = (doc: DocumentState): InlineState[] =>
  doc.body.flatMap((e) => (e.type === 'TABLE' ? [] : e.children));

/** The rows of the first table after the paragraph whose text is `text`, as cell texts. */
export function tableAfter(doc: DocumentState, text: string): string[][] {
  const body = bodyView(doc);
  const start = body.findIndex((e) => 'text' in e && e.text === text);
  const table = body
    .slice(start)
    .find((e): e is Extract<ElementView, { type: 'TABLE' }> => e.type === 'TABLE');
  if (start < 0 || !table) throw new Error(`no table after ${text}`);
  return table.rows.map((r) => r.map((c) => c.text));
}
