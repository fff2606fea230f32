// Table, TableRow and TableCell: a grid of cells, each holding one or more paragraphs.
import type { ServiceContext } from '../core/context';
import { childIndexError, EmulatedParagraph } from './paragraph';
import { serviceObject } from './service-object';
import { type CellState, containerText, elementText, paragraphState, type TableState } from './state';
import { EmulatedText } from './text';

type ElementType = GoogleAppsScript.Document.ElementType;
type GasText = GoogleAppsScript.Document.Text;
type GasCell = GoogleAppsScript.Document.TableCell;

const asText = (t: EmulatedText) => t as unknown as GasText;

export class EmulatedTableCell
  implements
    Pick<
      GasCell,
      | 'getType'
      | 'getText'
      | 'editAsText'
      | 'setBackgroundColor'
      | 'getBackgroundColor'
      | 'getNumChildren'
      | 'getChild'
      | 'appendParagraph'
    >
{
  constructor(
    private readonly ctx: ServiceContext,
    private readonly state: CellState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return serviceObject(this, 'TableCell', ctx);
  }
  getType(): ElementType {
    return 'TABLE_CELL' as unknown as ElementType;
  }
  getText(): string {
    return containerText(this.state.children);
  }
  editAsText(): GasText {
    return asText(new EmulatedText(this.ctx, this.state.children));
  }
  setBackgroundColor(color: string): GasCell {
    this.state.background = String(color);
    return this as unknown as GasCell;
  }
  getBackgroundColor(): string {
    return this.state.background as string;
  }
  getNumChildren(): number {
    return this.state.children.length;
  }
  getChild(index: number): GoogleAppsScript.Document.Element {
    const child = this.state.children[index];
    if (!child) throw childIndexError(this.ctx, index, this.state.children.length);
    return new EmulatedParagraph(this.ctx, child) as unknown as GoogleAppsScript.Document.Element;
  }
  /** A cell can hold several paragraphs (reference, TableCell.appendParagraph). */
  appendParagraph(
    textOrParagraph: string | GoogleAppsScript.Document.Paragraph,
  ): GoogleAppsScript.Document.Paragraph {
    const state =
      typeof textOrParagraph === 'string'
        ? paragraphState('PARAGRAPH', textOrParagraph)
        : structuredClone((textOrParagraph as unknown as EmulatedParagraph).state);
    this.state.children.push(state);
    return new EmulatedParagraph(this.ctx, state) as unknown as GoogleAppsScript.Document.Paragraph;
  }
}

export class EmulatedTableRow
  implements Pick<GoogleAppsScript.Document.TableRow, 'getType' | 'getNumCells' | 'getCell' | 'editAsText'>
{
  constructor(
    private readonly ctx: ServiceContext,
    private readonly cells: CellState[],
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return serviceObject(this, 'TableRow', ctx);
  }
  getType(): ElementType {
    return 'TABLE_ROW' as unknown as ElementType;
  }
  getNumCells(): number {
    return this.cells.length;
  }
  getCell(index: number): GasCell {
    const cell = this.cells[index];
    if (!cell) throw childIndexError(this.ctx, index, this.cells.length);
    return new EmulatedTableCell(this.ctx, cell) as unknown as GasCell;
  }
  /** The whole row's text: formatting it reaches every cell's paragraphs. */
  editAsText(): GasText {
    return asText(
      new EmulatedText(
        this.ctx,
        this.cells.flatMap((c) => c.children),
        'none',
      ),
    );
  }
}

export class EmulatedTable
  implements
    Pick<
      GoogleAppsScript.Document.Table,
      'getType' | 'getNumRows' | 'getText' | 'getRow' | 'getCell' | 'editAsText' | 'copy'
    >
{
  constructor(
    private readonly ctx: ServiceContext,
    readonly state: TableState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return serviceObject(this, 'Table', ctx);
  }
  getType(): ElementType {
    return 'TABLE' as unknown as ElementType;
  }
  getNumRows(): number {
    return this.state.rows.length;
  }
  getText(): string {
    return elementText(this.state);
  }
  getRow(index: number): GoogleAppsScript.Document.TableRow {
    const row = this.state.rows[index];
    if (!row) throw childIndexError(this.ctx, index, this.state.rows.length);
    return new EmulatedTableRow(this.ctx, row) as unknown as GoogleAppsScript.Document.TableRow;
  }
  /** One script call: the row lookup inside it is the emulation's work, not counted again. */
  getCell(row: number, column: number): GasCell {
    return this.ctx.calls.uncounted(() => this.getRow(row).getCell(column));
  }
  editAsText(): GasText {
    return asText(
      new EmulatedText(
        this.ctx,
        this.state.rows.flat().flatMap((c) => c.children),
        'none',
      ),
    );
  }
  copy(): GoogleAppsScript.Document.Table {
    return new EmulatedTable(
      this.ctx,
      structuredClone(this.state),
    ) as unknown as GoogleAppsScript.Document.Table;
  }
}
