// The elements that live inside a paragraph besides its text: a page break and an inline image.
import type { ServiceContext } from '../core/context';
import { serviceObject } from './service-object';

type ElementType = GoogleAppsScript.Document.ElementType;

export class EmulatedPageBreak implements Pick<GoogleAppsScript.Document.PageBreak, 'getType'> {
  constructor(ctx: ServiceContext) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return serviceObject(this, 'PageBreak', ctx);
  }
  getType(): ElementType {
    return 'PAGE_BREAK' as unknown as ElementType;
  }
}

export class EmulatedInlineImage implements Pick<GoogleAppsScript.Document.InlineImage, 'getType'> {
  constructor(ctx: ServiceContext) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return serviceObject(this, 'InlineImage', ctx);
  }
  getType(): ElementType {
    return 'INLINE_IMAGE' as unknown as ElementType;
  }
}
