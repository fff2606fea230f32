// A document as the Docs API shows it (documents.get's body.content) and where each paragraph, table, row and cell
// lies in the API's index space, so batchUpdate can find what a range means in the element model DocumentApp reads.
// Reference, Docs API "Structure of a Google Docs document" (docs/api/concepts/structure) and the REST resource
// documents: indexes are zero-based UTF-16 code units, end exclusive; the body opens with a section break ending at
// 1 (its start index 0 is omitted, as proto3 omits zero); every paragraph ends with "\n", which belongs to its last
// text run; a table takes one index to open, one per row, one per cell before the cell's content, and one to close
// (docs/api/how-tos/tables, "index offsets" of an empty 2×2 table at S: table S–S+12, row 0 S+1–S+6, cell (0,0)
// S+2–S+4 and its paragraph S+3–S+4, row 1 S+6–S+11; test/emulator/docs.test.ts checks exactly that). A page
// break and an inline image take one index each; a line break inside a paragraph is "\u000b". A section break the
// API inserted is a structural element of one index before the element it precedes, its style in sectionStyle.
import type {
  Attributes,
  CellState,
  DocumentState,
  InlineState,
  ParagraphState,
  SectionBreakState,
  TableState,
} from './state';

type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type ParagraphElement = GoogleAppsScript.Docs.Schema.ParagraphElement;
type TextStyle = GoogleAppsScript.Docs.Schema.TextStyle;
/** The reference's SectionStyle; @types/google-apps-script's predates sectionType and flipPageOrientation. */
export type SectionStyle = GoogleAppsScript.Docs.Schema.SectionStyle & {
  sectionType?: string;
  flipPageOrientation?: boolean;
};
export type DocsDocument = GoogleAppsScript.Docs.Schema.Document;

export interface ParagraphSpan {
  start: number;
  end: number;
  paragraph: ParagraphState;
  /** The table holding the paragraph, or null in the body. */
  table: TableSpan | null;
}
export interface CellSpan {
  start: number;
  end: number;
  cell: CellState;
}
export interface TableSpan {
  start: number;
  end: number;
  table: TableState;
  rows: { start: number; end: number; cells: CellSpan[] }[];
}
export interface SectionSpan {
  /** The section break's index; the section runs from there to the next break or the body's end. */
  start: number;
  end: number;
  /** null for the document's first section, which starts at the body's opening section break. */
  state: SectionBreakState | null;
}
export interface Layout {
  /** The element model laid out, which structural requests change before the layout is made again. */
  state: DocumentState;
  document: DocsDocument;
  sections: SectionSpan[];
  paragraphs: ParagraphSpan[];
  tables: TableSpan[];
  /** The body segment's end index. */
  end: number;
}

/** DocumentApp's heading names as the Docs API's named styles. */
export const NAMED_STYLES: Record<string, string> = {
  NORMAL: 'NORMAL_TEXT',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
};
/** Paragraph alignment: DocumentApp's HorizontalAlignment and the Docs API's (for left-to-right text). */
export const ALIGNMENTS: Record<string, string> = {
  LEFT: 'START',
  CENTER: 'CENTER',
  RIGHT: 'END',
  JUSTIFY: 'JUSTIFIED',
};

export const inlineLength = (c: InlineState) => (c.type === 'TEXT' ? c.text.length : 1);
const hex = (n: number) =>
  Math.round(n * 255)
    .toString(16)
    .padStart(2, '0');
export const colourFromRgb = (rgb: { red?: number; green?: number; blue?: number }) =>
  `#${hex(rgb.red ?? 0)}${hex(rgb.green ?? 0)}${hex(rgb.blue ?? 0)}`;
const rgbFromColour = (colour: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16) / 255);
  return { red: r, green: g, blue: b };
};

function textStyle(a: Attributes): TextStyle {
  const style: TextStyle = {};
  if (typeof a.BOLD === 'boolean') style.bold = a.BOLD;
  if (typeof a.FONT_SIZE === 'number') style.fontSize = { magnitude: a.FONT_SIZE, unit: 'PT' };
  return style;
}

function layoutParagraph(
  p: ParagraphState,
  at: number,
  table: TableSpan | null,
  out: Layout,
): StructuralElement {
  const start = at;
  const elements: ParagraphElement[] = [];
  let lastStyle: Attributes = {};
  for (const c of p.children) {
    const length = inlineLength(c);
    if (c.type === 'TEXT') lastStyle = c.attributes;
    if (length === 0) continue;
    const element: ParagraphElement = { startIndex: at, endIndex: at + length };
    if (c.type === 'TEXT') {
      const style = textStyle(c.attributes);
      const previous = elements.at(-1);
      // The API splits runs where the style changes, not where DocumentApp happened to append.
      if (previous?.textRun && JSON.stringify(previous.textRun.textStyle) === JSON.stringify(style)) {
        previous.textRun.content += c.text.replace(/\r/g, '\u000b');
        previous.endIndex = at + length;
        at += length;
        continue;
      }
      element.textRun = { content: c.text.replace(/\r/g, '\u000b'), textStyle: style };
    } else if (c.type === 'PAGE_BREAK') element.pageBreak = { textStyle: {} };
    else element.inlineObjectElement = { inlineObjectId: `kix.emulated.${start}`, textStyle: {} };
    elements.push(element);
    at += length;
  }
  const last = elements.at(-1);
  const endsInText = last?.textRun && p.children.at(-1)?.type === 'TEXT';
  if (last?.textRun && endsInText) {
    last.textRun.content += '\n';
    last.endIndex = at + 1;
  } else
    elements.push({
      startIndex: at,
      endIndex: at + 1,
      textRun: { content: '\n', textStyle: textStyle(lastStyle) },
    });
  at += 1;
  out.paragraphs.push({ start, end: at, paragraph: p, table });
  const paragraphStyle: GoogleAppsScript.Docs.Schema.ParagraphStyle = {
    namedStyleType: NAMED_STYLES[p.heading] ?? 'NORMAL_TEXT',
    direction: 'LEFT_TO_RIGHT',
  };
  const alignment = ALIGNMENTS[String(p.attributes.HORIZONTAL_ALIGNMENT)];
  if (alignment) paragraphStyle.alignment = alignment;
  const paragraph: GoogleAppsScript.Docs.Schema.Paragraph = { elements, paragraphStyle };
  if (p.type === 'LIST_ITEM') paragraph.bullet = { listId: 'kix.emulated.list' };
  return { startIndex: start, endIndex: at, paragraph };
}

function layoutTable(t: TableState, at: number, out: Layout): StructuralElement {
  const span: TableSpan = { start: at, end: at, table: t, rows: [] };
  out.tables.push(span);
  at += 1;
  const tableRows = t.rows.map((row) => {
    const rowStart = at;
    at += 1;
    const cells: CellSpan[] = [];
    const tableCells = row.map((cell) => {
      const cellStart = at;
      at += 1;
      const content = cell.children.map((p) => {
        const laid = layoutParagraph(p, at, span, out);
        at = laid.endIndex ?? at;
        return laid;
      });
      cells.push({ start: cellStart, end: at, cell });
      const tableCellStyle: GoogleAppsScript.Docs.Schema.TableCellStyle = {};
      if (cell.background)
        tableCellStyle.backgroundColor = { color: { rgbColor: rgbFromColour(cell.background) } };
      return { startIndex: cellStart, endIndex: at, content, tableCellStyle };
    });
    span.rows.push({ start: rowStart, end: at, cells });
    return { startIndex: rowStart, endIndex: at, tableCells, tableRowStyle: {} };
  });
  at += 1;
  span.end = at;
  const columns = Math.max(0, ...t.rows.map((r) => r.length));
  return {
    startIndex: span.start,
    endIndex: at,
    table: { rows: t.rows.length, columns, tableRows, tableStyle: {} },
  };
}

export function layoutDocument(doc: DocumentState): Layout {
  const out: Layout = { state: doc, document: {}, sections: [], paragraphs: [], tables: [], end: 1 };
  const content: StructuralElement[] = [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }];
  const sections: SectionSpan[] = [{ start: 0, end: 1, state: null }];
  let at = 1;
  doc.body.forEach((e, k) => {
    for (const b of doc.sectionBreaks ?? []) {
      if (b.before !== k) continue;
      const sectionStyle: SectionStyle = { sectionType: b.sectionType };
      if (b.flipPageOrientation !== undefined) sectionStyle.flipPageOrientation = b.flipPageOrientation;
      content.push({ startIndex: at, endIndex: at + 1, sectionBreak: { sectionStyle } });
      sections.push({ start: at, end: at + 1, state: b });
      at += 1;
    }
    const laid = e.type === 'TABLE' ? layoutTable(e, at, out) : layoutParagraph(e, at, null, out);
    content.push(laid);
    at = laid.endIndex ?? at;
  });
  out.end = at;
  sections.forEach((section, i) => {
    section.end = sections[i + 1]?.start ?? at;
  });
  out.sections = sections;
  out.document = { documentId: doc.id, title: doc.name, body: { content } };
  return out;
}
