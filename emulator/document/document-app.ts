// DocumentApp: documents made of paragraphs (with headings), list items, tables and page breaks, kept as
// plain JSON so a generated report can be dumped for assertions and rendered by the workbench.
import { counted } from '../core/calls';
import { requireAuthorization, type ServiceContext } from '../core/context';
import { exception } from '../core/realm';

export type Attributes = Record<string, string | number | boolean | null>;

export interface CellState {
  text: string;
  background: string | null;
  attributes: Attributes;
}

export type ElementState =
  | { type: 'PARAGRAPH' | 'LIST_ITEM'; text: string; heading: string; attributes: Attributes }
  | { type: 'TABLE'; rows: CellState[][]; attributes: Attributes }
  | { type: 'PAGE_BREAK' }
  | { type: 'INLINE_IMAGE'; name: string; contentType: string; data: string };

export interface DocumentState {
  id: string;
  name: string;
  body: ElementState[];
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

const emptyParagraph = (): ElementState => ({
  type: 'PARAGRAPH',
  text: '',
  heading: 'NORMAL',
  attributes: {},
});

/** Text of a paragraph, list item or table cell, with the formatting calls the report uses. */
class EmulatedText {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly target: { text: string; attributes: Attributes },
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Text', ctx.calls);
  }
  getText(): string {
    return this.target.text;
  }
  setText(text: string): this {
    this.target.text = String(text);
    return this;
  }
  private checkOffset(offset: number, limit: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset > limit)
      throw exception(
        this.ctx.realm,
        `Index (${offset}) must be less than the content length (${limit + 1}).`,
      );
  }
  /** Deletes the characters from startOffset to endOffsetInclusive; offsets are plain, nothing is a pattern. */
  deleteText(startOffset: number, endOffsetInclusive: number): this {
    const { text } = this.target;
    this.checkOffset(startOffset, text.length - 1);
    this.checkOffset(endOffsetInclusive, text.length - 1);
    this.target.text = text.slice(0, startOffset) + text.slice(endOffsetInclusive + 1);
    return this;
  }
  /** Inserts the text as it is at the offset. */
  insertText(offset: number, text: string): this {
    this.checkOffset(offset, this.target.text.length);
    this.target.text = this.target.text.slice(0, offset) + String(text) + this.target.text.slice(offset);
    return this;
  }
  setBold(bold: boolean): this {
    this.target.attributes.BOLD = bold;
    return this;
  }
  setFontSize(size: number): this {
    this.target.attributes.FONT_SIZE = size;
    return this;
  }
  setForegroundColor(color: string): this {
    this.target.attributes.FOREGROUND_COLOR = color;
    return this;
  }
}

/**
 * The Text of a table or table row: Google's reference (class Text) describes editAsText as "a single text element
 * containing all the characters" of the element, so whole-text formatting reaches the text of every cell.
 */
class EmulatedCellsText {
  constructor(
    ctx: ServiceContext,
    private readonly cells: CellState[],
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Text', ctx.calls);
  }
  setBold(bold: boolean): this {
    for (const cell of this.cells) cell.attributes.BOLD = bold;
    return this;
  }
  setFontSize(size: number): this {
    for (const cell of this.cells) cell.attributes.FONT_SIZE = size;
    return this;
  }
}

class EmulatedParagraph {
  constructor(
    private readonly ctx: ServiceContext,
    readonly state: Extract<ElementState, { type: 'PARAGRAPH' | 'LIST_ITEM' }>,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, state.type === 'PARAGRAPH' ? 'Paragraph' : 'ListItem', ctx.calls);
  }
  getType(): string {
    return this.state.type;
  }
  asParagraph(): this {
    return this;
  }
  getText(): string {
    return this.state.text;
  }
  setText(text: string): this {
    this.state.text = String(text);
    return this;
  }
  appendText(text: string): EmulatedText {
    this.state.text += String(text);
    return new EmulatedText(this.ctx, this.state);
  }
  editAsText(): EmulatedText {
    return new EmulatedText(this.ctx, this.state);
  }
  setHeading(heading: string): this {
    this.state.heading = String(heading);
    return this;
  }
  getHeading(): string {
    return this.state.heading;
  }
  setAlignment(alignment: string): this {
    this.state.attributes.HORIZONTAL_ALIGNMENT = String(alignment);
    return this;
  }
  setAttributes(attributes: Attributes): this {
    Object.assign(this.state.attributes, attributes);
    return this;
  }
  getAttributes(): Attributes {
    return { ...this.state.attributes };
  }
  copy(): EmulatedParagraph {
    return new EmulatedParagraph(this.ctx, structuredClone(this.state));
  }
}

class EmulatedTableCell {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly state: CellState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'TableCell', ctx.calls);
  }
  getText(): string {
    return this.state.text;
  }
  editAsText(): EmulatedText {
    return new EmulatedText(this.ctx, this.state);
  }
  setBackgroundColor(color: string): this {
    this.state.background = color;
    return this;
  }
  getBackgroundColor(): string | null {
    return this.state.background;
  }
  /** A cell holds one paragraph here (appendTable(string[][]) makes exactly that). */
  getChild(index: number): EmulatedCellParagraph {
    if (index !== 0)
      throw exception(
        this.ctx.realm,
        `Child index (${index}) must be less than the number of child elements (1).`,
      );
    return new EmulatedCellParagraph(this.ctx, this.state);
  }
}

/** The paragraph inside a table cell; its alignment is kept with the cell's attributes. */
class EmulatedCellParagraph {
  constructor(
    ctx: ServiceContext,
    private readonly cell: CellState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Paragraph', ctx.calls);
  }
  asParagraph(): this {
    return this;
  }
  getText(): string {
    return this.cell.text;
  }
  setAlignment(alignment: string): this {
    this.cell.attributes.HORIZONTAL_ALIGNMENT = String(alignment);
    return this;
  }
  getAlignment(): string | null {
    return (this.cell.attributes.HORIZONTAL_ALIGNMENT as string | undefined) ?? null;
  }
}

class EmulatedTableRow {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly cells: CellState[],
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'TableRow', ctx.calls);
  }
  getNumCells(): number {
    return this.cells.length;
  }
  getCell(index: number): EmulatedTableCell {
    const cell = this.cells[index];
    if (!cell)
      throw exception(
        this.ctx.realm,
        `Child index (${index}) must be less than the number of child elements (${this.cells.length}).`,
      );
    return new EmulatedTableCell(this.ctx, cell);
  }
  editAsText(): EmulatedCellsText {
    return new EmulatedCellsText(this.ctx, this.cells);
  }
}

class EmulatedTable {
  constructor(
    private readonly ctx: ServiceContext,
    readonly state: Extract<ElementState, { type: 'TABLE' }>,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Table', ctx.calls);
  }
  getType(): string {
    return 'TABLE';
  }
  getNumRows(): number {
    return this.state.rows.length;
  }
  getText(): string {
    return this.state.rows.map((r) => r.map((c) => c.text).join('\t')).join('\n');
  }
  getRow(index: number): EmulatedTableRow {
    const row = this.state.rows[index];
    if (!row)
      throw exception(
        this.ctx.realm,
        `Child index (${index}) must be less than the number of child elements (${this.state.rows.length}).`,
      );
    return new EmulatedTableRow(this.ctx, row);
  }
  /** One script call: the row lookup inside it is the emulation's work, not counted again. */
  getCell(row: number, column: number): EmulatedTableCell {
    return this.ctx.calls.uncounted(() => this.getRow(row).getCell(column));
  }
  editAsText(): EmulatedCellsText {
    return new EmulatedCellsText(this.ctx, this.state.rows.flat());
  }
  copy(): EmulatedTable {
    return new EmulatedTable(this.ctx, structuredClone(this.state));
  }
}

type Element = EmulatedParagraph | EmulatedTable;

class EmulatedBody {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly doc: DocumentState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Body', ctx.calls);
  }
  private wrap(state: ElementState): Element | null {
    if (state.type === 'PARAGRAPH' || state.type === 'LIST_ITEM')
      return new EmulatedParagraph(this.ctx, state);
    if (state.type === 'TABLE') return new EmulatedTable(this.ctx, state);
    return null;
  }
  appendParagraph(textOrParagraph: string | EmulatedParagraph): EmulatedParagraph {
    const state =
      typeof textOrParagraph === 'string'
        ? { type: 'PARAGRAPH' as const, text: textOrParagraph, heading: 'NORMAL', attributes: {} }
        : structuredClone(textOrParagraph.state);
    this.doc.body.push(state);
    return new EmulatedParagraph(this.ctx, state);
  }
  appendListItem(textOrItem: string | EmulatedParagraph): EmulatedParagraph {
    const state =
      typeof textOrItem === 'string'
        ? { type: 'LIST_ITEM' as const, text: textOrItem, heading: 'NORMAL', attributes: {} }
        : { ...structuredClone(textOrItem.state), type: 'LIST_ITEM' as const };
    this.doc.body.push(state);
    return new EmulatedParagraph(this.ctx, state);
  }
  /** apps-script-facts §7: one call adds the whole table, and an empty paragraph after it. */
  appendTable(cellsOrTable?: string[][] | EmulatedTable): EmulatedTable {
    const state: Extract<ElementState, { type: 'TABLE' }> = Array.isArray(cellsOrTable)
      ? {
          type: 'TABLE',
          rows: cellsOrTable.map((row) =>
            row.map((text) => ({ text: String(text), background: null, attributes: {} })),
          ),
          attributes: {},
        }
      : cellsOrTable
        ? structuredClone(cellsOrTable.state)
        : { type: 'TABLE', rows: [], attributes: {} };
    this.doc.body.push(state, emptyParagraph());
    return new EmulatedTable(this.ctx, state);
  }
  appendPageBreak(): void {
    this.doc.body.push({ type: 'PAGE_BREAK' });
  }
  /** The image's bytes are kept as base64 so the workbench can show them as a data: URL. */
  appendImage(blob: { getName(): string; getContentType(): string; getBytes(): number[] }): void {
    // Reading the blob is the emulation's work inside this one call, not the script's.
    const image = this.ctx.calls.uncounted(() => ({
      name: blob.getName(),
      contentType: blob.getContentType(),
      data: Buffer.from(blob.getBytes().map((b) => b & 0xff)).toString('base64'),
    }));
    this.doc.body.push({ type: 'INLINE_IMAGE', ...image });
  }
  getNumChildren(): number {
    return this.doc.body.length;
  }
  getChild(index: number): Element | null {
    const state = this.doc.body[index];
    if (!state)
      throw exception(
        this.ctx.realm,
        `Child index (${index}) must be less than the number of child elements (${this.doc.body.length}).`,
      );
    return this.wrap(state);
  }
  getText(): string {
    return this.doc.body
      .map((e) =>
        'text' in e
          ? e.text
          : e.type === 'TABLE'
            ? e.rows.map((r) => r.map((c) => c.text).join('\t')).join('\n')
            : '',
      )
      .join('\n');
  }
  clear(): this {
    this.doc.body.splice(0, this.doc.body.length, emptyParagraph());
    return this;
  }
}

class EmulatedDocument
  implements Pick<GoogleAppsScript.Document.Document, 'getId' | 'getName' | 'getUrl' | 'saveAndClose'>
{
  constructor(
    private readonly ctx: ServiceContext,
    private readonly doc: DocumentState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Document', ctx.calls);
  }
  getId(): string {
    return this.doc.id;
  }
  getName(): string {
    return this.doc.name;
  }
  setName(name: string): this {
    this.doc.name = String(name);
    return this;
  }
  getUrl(): string {
    return documentUrl(this.doc.id);
  }
  getBody(): EmulatedBody {
    return new EmulatedBody(this.ctx, this.doc);
  }
  saveAndClose(): void {}
}

export function createDocumentApp(ctx: ServiceContext, state: DocumentsState) {
  const app = {
    create(name: string): EmulatedDocument {
      requireAuthorization(ctx, 'DocumentApp.create');
      if (state.failNextCreate) {
        const message = state.failNextCreate;
        state.failNextCreate = null;
        throw exception(ctx.realm, message);
      }
      const doc: DocumentState = {
        id: `emulated-doc-${state.nextId++}`,
        name: String(name),
        body: [emptyParagraph()],
      };
      state.documents.push(doc);
      return new EmulatedDocument(ctx, doc);
    },
    openById(id: string): EmulatedDocument {
      requireAuthorization(ctx, 'DocumentApp.openById');
      const doc = state.documents.find((d) => d.id === id);
      // [open] the exact text for a missing or inaccessible document; this is the commonly reported one.
      if (!doc)
        throw exception(
          ctx.realm,
          `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
        );
      return new EmulatedDocument(ctx, doc);
    },
    ParagraphHeading: {
      NORMAL: 'NORMAL',
      TITLE: 'TITLE',
      SUBTITLE: 'SUBTITLE',
      HEADING1: 'HEADING1',
      HEADING2: 'HEADING2',
      HEADING3: 'HEADING3',
      HEADING4: 'HEADING4',
    },
    HorizontalAlignment: { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' },
    ElementType: { PARAGRAPH: 'PARAGRAPH', LIST_ITEM: 'LIST_ITEM', TABLE: 'TABLE', PAGE_BREAK: 'PAGE_BREAK' },
    Attribute: {
      BOLD: 'BOLD',
      FONT_SIZE: 'FONT_SIZE',
      BACKGROUND_COLOR: 'BACKGROUND_COLOR',
      FOREGROUND_COLOR: 'FOREGROUND_COLOR',
      HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
      FONT_FAMILY: 'FONT_FAMILY',
    },
  };
  return counted(app, 'DocumentApp', ctx.calls);
}
