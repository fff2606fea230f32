// Text: the characters of an element's paragraphs as one editable text (reference, class Text: "a single text
// element containing all the characters" of the element), with the formatting calls the report uses.
import type { ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import { serviceObject } from './service-object';
import { type Attributes, containerText, lineBreaks, type ParagraphState, type TextState } from './state';

type GasText = GoogleAppsScript.Document.Text;
type Supported =
  | 'getText'
  | 'setText'
  | 'deleteText'
  | 'insertText'
  | 'appendText'
  | 'setBold'
  | 'setFontSize'
  | 'setForegroundColor'
  | 'getType';

const runsOf = (p: ParagraphState) => p.children.filter((c): c is TextState => c.type === 'TEXT');

/** Replaces the characters [start, end) of one paragraph with `insert`, editing its Text runs in place. */
function editParagraph(p: ParagraphState, start: number, end: number, insert: string): void {
  const clamp = (n: number, length: number) => Math.min(Math.max(n, 0), length);
  let pos = 0;
  let inserted = false;
  for (const run of runsOf(p)) {
    const length = run.text.length;
    const from = clamp(start - pos, length);
    const to = clamp(end - pos, length);
    const here = !inserted && start >= pos && start <= pos + length;
    run.text = run.text.slice(0, from) + (here ? insert : '') + run.text.slice(Math.max(to, from));
    if (here) inserted = true;
    pos += length;
  }
  if (!inserted) p.children.push({ type: 'TEXT', text: insert, attributes: {} });
}

export class EmulatedText implements Pick<GasText, Supported> {
  /**
   * `paragraphs` is the element's own list (a paragraph alone, or a cell's, row's or table's paragraphs). A table's
   * or row's text is only formatted as a whole here: how Docs counts offsets across its cells is not documented.
   */
  constructor(
    private readonly ctx: ServiceContext,
    private readonly paragraphs: ParagraphState[],
    private readonly offsets: 'paragraphs' | 'none' = 'paragraphs',
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return serviceObject(this, 'Text', ctx);
  }
  private self(): GasText {
    return this as unknown as GasText;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getText(): string {
    return containerText(this.paragraphs);
  }
  setText(text: string): GasText {
    const [first] = this.paragraphs;
    if (this.paragraphs.length !== 1 || !first || this.offsets === 'none')
      throw exception(this.ctx.realm, 'not emulated: Text.setText over several paragraphs');
    const [run, ...rest] = runsOf(first);
    if (!run) first.children.push({ type: 'TEXT', text: lineBreaks(text), attributes: {} });
    else run.text = lineBreaks(text);
    for (const other of rest) other.text = '';
    return this.self();
  }
  private checkOffset(offset: number, limit: number): void {
    if (this.offsets === 'none')
      throw exception(this.ctx.realm, 'not emulated: Text offsets over a table or row');
    if (!Number.isInteger(offset) || offset < 0 || offset > limit)
      throw exception(
        this.ctx.realm,
        `Index (${offset}) must be less than the content length (${limit + 1}).`,
      );
  }
  /** The paragraph holding `offset` of the whole text (paragraphs are separated by one character) and its start. */
  private locate(offset: number): { p: ParagraphState; start: number } {
    let start = 0;
    for (const p of this.paragraphs) {
      const length = containerText([p]).length;
      if (offset <= start + length) return { p, start };
      start += length + 1;
    }
    throw exception(this.ctx.realm, `Index (${offset}) must be less than the content length.`);
  }
  /** Deletes the characters from startOffset to endOffsetInclusive; offsets are plain, nothing is a pattern. */
  deleteText(startOffset: number, endOffsetInclusive: number): GasText {
    const length = this.getText().length;
    this.checkOffset(startOffset, length - 1);
    this.checkOffset(endOffsetInclusive, length - 1);
    const { p, start } = this.locate(startOffset);
    if (endOffsetInclusive >= start + containerText([p]).length)
      throw exception(this.ctx.realm, 'not emulated: Text.deleteText across paragraphs');
    editParagraph(p, startOffset - start, endOffsetInclusive + 1 - start, '');
    return this.self();
  }
  /** Inserts the text as it is at the offset ("\n" becomes "\r" as in any paragraph). */
  insertText(offset: number, text: string): GasText {
    this.checkOffset(offset, this.getText().length);
    const { p, start } = this.locate(offset);
    editParagraph(p, offset - start, offset - start, lineBreaks(text));
    return this.self();
  }
  appendText(text: string): GasText {
    if (this.offsets === 'none')
      throw exception(this.ctx.realm, 'not emulated: Text.appendText over a table or row');
    const last = this.paragraphs.at(-1);
    if (last) {
      const end = containerText([last]).length;
      editParagraph(last, end, end, lineBreaks(text));
    }
    return this.self();
  }
  private format(attributes: Attributes): GasText {
    for (const p of this.paragraphs) for (const run of runsOf(p)) Object.assign(run.attributes, attributes);
    return this.self();
  }
  /** Only whole-text formatting is emulated: the offset forms fail by name rather than format the wrong span. */
  private whole<T>(method: string, args: unknown[]): T {
    if (args.length !== 1) throw exception(this.ctx.realm, `not emulated: Text.${method} with offsets`);
    return args[0] as T;
  }
  setBold(...args: [boolean] | [number, number, boolean]): GasText {
    return this.format({ BOLD: Boolean(this.whole('setBold', args)) });
  }
  setFontSize(...args: [number] | [number, number, number]): GasText {
    return this.format({ FONT_SIZE: Number(this.whole('setFontSize', args)) });
  }
  setForegroundColor(...args: [string] | [number, number, string]): GasText {
    return this.format({ FOREGROUND_COLOR: String(this.whole('setForegroundColor', args)) });
  }
}
