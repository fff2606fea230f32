// The documents' state as plain JSON, shaped as Google Docs is (apps-script-facts §9; reference, classes Body and
// Paragraph): a body holds paragraphs, list items and tables; text, page breaks and inline images live inside a
// paragraph; a table cell holds paragraphs. Tests dump it for assertions and the workbench renders it.

export type Attributes = Record<string, string | number | boolean | null>;

export interface TextState {
  type: 'TEXT';
  text: string;
  attributes: Attributes;
}
export interface PageBreakState {
  type: 'PAGE_BREAK';
}
export interface InlineImageState {
  type: 'INLINE_IMAGE';
  name: string;
  contentType: string;
  /** The image's bytes as base64, so the workbench can show them as a data: URL. */
  data: string;
}
/** What a paragraph may hold (of Paragraph's documented children, the ones the emulation makes). */
export type InlineState = TextState | PageBreakState | InlineImageState;

export interface ParagraphState {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  heading: string;
  /** Paragraph attributes, e.g. HORIZONTAL_ALIGNMENT. */
  attributes: Attributes;
  children: InlineState[];
}

export interface CellState {
  background: string | null;
  attributes: Attributes;
  /** A cell holds at least one paragraph (reference, class TableCell: its children are paragraphs and lists). */
  children: ParagraphState[];
}

export interface TableState {
  type: 'TABLE';
  rows: CellState[][];
  attributes: Attributes;
}

/** A child of the body: Body holds only Paragraph, ListItem, Table and TableOfContents (none is made here). */
export type ElementState = ParagraphState | TableState;

/**
 * A section break the Docs API inserted (insertSectionBreak): it precedes body child `before`. DocumentApp has no
 * element for it ([open] whether its children lists show one: kept out of the body, so DocumentApp's indexes are as
 * before), the Docs API gives it one index (docs-layout.ts). The document's own first section is not listed.
 */
export interface SectionBreakState {
  before: number;
  sectionType: 'NEXT_PAGE' | 'CONTINUOUS';
  /** SectionStyle.flipPageOrientation: landscape when true; unset, the document's orientation. */
  flipPageOrientation?: boolean;
}

export interface DocumentState {
  id: string;
  name: string;
  body: ElementState[];
  sectionBreaks?: SectionBreakState[];
}

export interface DocumentsState {
  documents: DocumentState[];
  nextId: number;
  /** A test can make the next DocumentApp.create fail with this message (quota exhaustion). */
  failNextCreate: string | null;
}

export function newDocumentsState(): DocumentsState {
  return { documents: [], nextId: 1, failNextCreate: null };
}

export const documentUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

/**
 * Reference, class Paragraph: "Paragraphs may not contain new-line characters. New-line characters ("\n") are
 * converted to line-break characters ("\r")."
 */
export const lineBreaks = (text: string) => String(text).replace(/\r\n|\n/g, '\r');

export function paragraphState(
  type: ParagraphState['type'],
  text: string,
  heading = 'NORMAL',
): ParagraphState {
  const content = lineBreaks(text);
  return {
    type,
    heading,
    attributes: {},
    children: [{ type: 'TEXT', text: content, attributes: {} }],
  };
}

/** A paragraph's text: its Text children's characters (page breaks and images have none). */
export const paragraphText = (p: ParagraphState) =>
  p.children.map((c) => (c.type === 'TEXT' ? c.text : '')).join('');

/** A container's text: its paragraphs' texts one per line, as Body/TableCell.getText give them. */
export const containerText = (paragraphs: ParagraphState[]) => paragraphs.map(paragraphText).join('\n');

export const cellState = (text: string): CellState => ({
  background: null,
  attributes: {},
  children: [paragraphState('PARAGRAPH', text)],
});

/** A body element's text: a table gives its cells, tab-separated, one row per line. */
export const elementText = (e: ElementState): string =>
  e.type === 'TABLE'
    ? e.rows.map((r) => r.map((c) => containerText(c.children)).join('\t')).join('\n')
    : paragraphText(e);
