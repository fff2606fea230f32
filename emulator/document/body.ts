// Body: the document's top-level elements. It holds only paragraphs, list items and tables (and a table of
// contents, which nothing here makes): a page break or an image is appended inside a new paragraph.
import type { ServiceContext } from '../core/context';
import { EmulatedInlineImage, EmulatedPageBreak } from './inline';
import { childIndexError, EmulatedParagraph } from './paragraph';
import { serviceObject } from './service-object';
import {
  cellState,
  type DocumentState,
  type ElementState,
  elementText,
  type ParagraphState,
  paragraphState,
  type TableState,
} from './state';
import { EmulatedTable } from './table';

type GasBody = GoogleAppsScript.Document.Body;
type GasParagraph = GoogleAppsScript.Document.Paragraph;
type Supported =
  | 'appendParagraph'
  | 'appendListItem'
  | 'appendTable'
  | 'appendPageBreak'
  | 'appendImage'
  | 'getNumChildren'
  | 'getChild'
  | 'getText'
  | 'clear';

/** A paragraph, list item or table handed in by the script (copy() of another element). */
const stateOf = <T>(element: unknown) => (element as { state: T }).state;

/** The element for a body child: never null, since a body holds nothing else. */
export function elementOf(ctx: ServiceContext, state: ElementState): GoogleAppsScript.Document.Element {
  const element = state.type === 'TABLE' ? new EmulatedTable(ctx, state) : new EmulatedParagraph(ctx, state);
  return element as unknown as GoogleAppsScript.Document.Element;
}

export class EmulatedBody implements Pick<GasBody, Supported> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly doc: DocumentState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return serviceObject(this, 'Body', ctx);
  }
  private push(state: ParagraphState): EmulatedParagraph {
    this.doc.body.push(state);
    return new EmulatedParagraph(this.ctx, state);
  }
  appendParagraph(textOrParagraph: string | GasParagraph): GasParagraph {
    const state =
      typeof textOrParagraph === 'string'
        ? paragraphState('PARAGRAPH', textOrParagraph)
        : structuredClone(stateOf<ParagraphState>(textOrParagraph));
    return this.push(state) as unknown as GasParagraph;
  }
  appendListItem(
    textOrItem: string | GoogleAppsScript.Document.ListItem,
  ): GoogleAppsScript.Document.ListItem {
    const state =
      typeof textOrItem === 'string'
        ? paragraphState('LIST_ITEM', textOrItem)
        : { ...structuredClone(stateOf<ParagraphState>(textOrItem)), type: 'LIST_ITEM' as const };
    return this.push(state) as unknown as GoogleAppsScript.Document.ListItem;
  }
  /** apps-script-facts §7: one call adds the whole table, and an empty paragraph after it. */
  appendTable(cellsOrTable?: string[][] | GoogleAppsScript.Document.Table): GoogleAppsScript.Document.Table {
    const state: TableState = Array.isArray(cellsOrTable)
      ? {
          type: 'TABLE',
          rows: cellsOrTable.map((row) => row.map((text) => cellState(String(text)))),
          attributes: {},
        }
      : cellsOrTable
        ? structuredClone(stateOf<TableState>(cellsOrTable))
        : { type: 'TABLE', rows: [], attributes: {} };
    this.doc.body.push(state, paragraphState('PARAGRAPH', ''));
    return new EmulatedTable(this.ctx, state) as unknown as GoogleAppsScript.Document.Table;
  }
  /** [open] Google does not say which paragraph receives it: a new one, so nothing before it moves. */
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.doc.body.push({
      type: 'PARAGRAPH',
      heading: 'NORMAL',
      attributes: {},
      children: [{ type: 'PAGE_BREAK' }],
    });
    return new EmulatedPageBreak(this.ctx) as unknown as GoogleAppsScript.Document.PageBreak;
  }
  /** The image goes into a new paragraph of its own; its bytes are kept as base64. */
  appendImage(blob: GoogleAppsScript.Base.BlobSource): GoogleAppsScript.Document.InlineImage {
    // Reading the blob is the emulation's work inside this one call, not the script's.
    const image = this.ctx.calls.uncounted(() => {
      // The script passes a Blob (Charts' getAs), itself a BlobSource.
      const b = blob as GoogleAppsScript.Base.Blob;
      return {
        type: 'INLINE_IMAGE' as const,
        name: b.getName() ?? '',
        contentType: b.getContentType() ?? '',
        data: Buffer.from(b.getBytes().map((x) => x & 0xff)).toString('base64'),
      };
    });
    this.doc.body.push({ type: 'PARAGRAPH', heading: 'NORMAL', attributes: {}, children: [image] });
    return new EmulatedInlineImage(this.ctx) as unknown as GoogleAppsScript.Document.InlineImage;
  }
  getNumChildren(): number {
    return this.doc.body.length;
  }
  getChild(index: number): GoogleAppsScript.Document.Element {
    const state = this.doc.body[index];
    if (!state) throw childIndexError(this.ctx, index, this.doc.body.length);
    return elementOf(this.ctx, state);
  }
  getText(): string {
    return this.doc.body.map(elementText).join('\n');
  }
  clear(): GasBody {
    this.doc.body.splice(0, this.doc.body.length, paragraphState('PARAGRAPH', ''));
    return this as unknown as GasBody;
  }
}
