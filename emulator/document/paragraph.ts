// Paragraph and ListItem: a body's or a cell's paragraph, holding Text runs, page breaks and inline images.
import type { ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import { EmulatedInlineImage, EmulatedPageBreak } from './inline';
import { serviceObject } from './service-object';
import { type Attributes, lineBreaks, type ParagraphState, paragraphText } from './state';
import { EmulatedText } from './text';

type GasParagraph = GoogleAppsScript.Document.Paragraph;
type Supported =
  | 'getType'
  | 'asParagraph'
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'editAsText'
  | 'setHeading'
  | 'getHeading'
  | 'setAlignment'
  | 'getAlignment'
  | 'setAttributes'
  | 'getAttributes'
  | 'getNumChildren'
  | 'getChild'
  | 'copy';

export function childIndexError(ctx: ServiceContext, index: number, count: number): Error {
  return exception(
    ctx.realm,
    `Child index (${index}) must be less than the number of child elements (${count}).`,
  );
}

export class EmulatedParagraph implements Pick<GasParagraph, Supported> {
  constructor(
    private readonly ctx: ServiceContext,
    readonly state: ParagraphState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return serviceObject(this, state.type === 'PARAGRAPH' ? 'Paragraph' : 'ListItem', ctx);
  }
  private self(): GasParagraph {
    return this as unknown as GasParagraph;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return this.state.type as unknown as GoogleAppsScript.Document.ElementType;
  }
  asParagraph(): GasParagraph {
    return this.self();
  }
  getText(): string {
    return paragraphText(this.state);
  }
  /** Reference, Paragraph.setText: the contents become this plain text (images and page breaks go). */
  setText(text: string): GasParagraph {
    this.state.children = [{ type: 'TEXT', text: lineBreaks(text), attributes: {} }];
    return this.self();
  }
  appendText(text: string | GoogleAppsScript.Document.Text): GoogleAppsScript.Document.Text {
    const content = typeof text === 'string' ? text : text.getText();
    const run = { type: 'TEXT' as const, text: lineBreaks(content), attributes: {} };
    this.state.children.push(run);
    return new EmulatedText(this.ctx, [
      { ...this.state, children: [run] },
    ]) as unknown as GoogleAppsScript.Document.Text;
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return new EmulatedText(this.ctx, [this.state]) as unknown as GoogleAppsScript.Document.Text;
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): GasParagraph {
    this.state.heading = String(heading);
    return this.self();
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return this.state.heading as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): GasParagraph {
    this.state.attributes.HORIZONTAL_ALIGNMENT = String(alignment);
    return this.self();
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return (this.state.attributes.HORIZONTAL_ALIGNMENT ??
      null) as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }
  setAttributes(attributes: Attributes): GasParagraph {
    Object.assign(this.state.attributes, attributes);
    return this.self();
  }
  getAttributes(): Attributes {
    return { ...this.state.attributes };
  }
  getNumChildren(): number {
    return this.state.children.length;
  }
  getChild(index: number): GoogleAppsScript.Document.Element {
    const child = this.state.children[index];
    if (!child) throw childIndexError(this.ctx, index, this.state.children.length);
    const element =
      child.type === 'TEXT'
        ? new EmulatedText(this.ctx, [{ ...this.state, children: [child] }])
        : child.type === 'PAGE_BREAK'
          ? new EmulatedPageBreak(this.ctx)
          : new EmulatedInlineImage(this.ctx);
    return element as unknown as GoogleAppsScript.Document.Element;
  }
  /** A detached deep copy: appending it puts a copy of its contents into the document. */
  copy(): GasParagraph {
    return new EmulatedParagraph(this.ctx, structuredClone(this.state)) as unknown as GasParagraph;
  }
}
