// A generated Google Doc as a readable HTML page: headings, paragraphs, list items, tables and, inside
// paragraphs, their text (line breaks kept), page breaks and images; each section the Docs API inserted starts a
// <section>, a landscape one as wide as a landscape page is next to a portrait one (297 / 210 mm).
import type {
  CellState,
  DocumentState,
  ElementState,
  InlineState,
  ParagraphState,
} from '../../emulator/document/state';
import { escapeHtml } from '../http';

const HEADING_TAGS: Record<string, string> = {
  TITLE: 'h1',
  SUBTITLE: 'h2',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
};

// Only a real colour may reach a style attribute.
const COLOUR = /^#[0-9a-fA-F]{3,8}$/;

const isBold = (p: ParagraphState) =>
  p.children.some((c) => c.type === 'TEXT' && c.text) &&
  p.children.every((c) => c.type !== 'TEXT' || !c.text || c.attributes.BOLD === true);

/** A paragraph's children; bold text is marked unless the caller styles the whole paragraph bold. */
function inline(c: InlineState, boldAround: boolean): string {
  switch (c.type) {
    case 'TEXT': {
      // A paragraph's line breaks are "\r" (reference, class Paragraph).
      const html = escapeHtml(c.text).replace(/\r/g, '<br>');
      return c.attributes.BOLD === true && !boldAround && c.text ? `<strong>${html}</strong>` : html;
    }
    case 'PAGE_BREAK':
      return '<hr class="page-break">';
    case 'INLINE_IMAGE': {
      // The emulation keeps an image's bytes as base64; only base64 characters may reach the URL.
      const data = /^[A-Za-z0-9+/=]*$/.test(c.data) ? c.data : '';
      return `<img alt="${escapeHtml(c.name)}" src="data:${escapeHtml(c.contentType)};base64,${data}">`;
    }
  }
}

const content = (p: ParagraphState, boldAround = false) =>
  p.children.map((c) => inline(c, boldAround)).join('');

const styleAttribute = (styles: string[]) => {
  const set = styles.filter(Boolean);
  return set.length ? ` style="${set.join(';')}"` : '';
};
const alignment = (p: ParagraphState) =>
  p.attributes.HORIZONTAL_ALIGNMENT === 'RIGHT' ? 'text-align:right' : '';

function paragraph(p: ParagraphState): string {
  if (p.type === 'LIST_ITEM') return `<ul><li>${content(p)}</li></ul>`;
  // An <hr> cannot sit inside a <p> (the browser would split it), so a paragraph holding a page break is a <div>.
  const block = p.children.some((c) => c.type === 'PAGE_BREAK') ? 'div' : 'p';
  const tag = HEADING_TAGS[p.heading] ?? block;
  return `<${tag}${styleAttribute([alignment(p)])}>${content(p)}</${tag}>`;
}

/** A cell of one paragraph is drawn as its text, styled on the cell; several paragraphs each as their own. */
function cell(c: CellState): string {
  const background = c.background && COLOUR.test(c.background) ? `background:${c.background}` : '';
  const [only] = c.children;
  if (c.children.length === 1 && only) {
    const bold = isBold(only);
    const styles = [background, alignment(only), bold ? 'font-weight:bold' : ''];
    return `<td${styleAttribute(styles)}>${content(only, bold)}</td>`;
  }
  return `<td${styleAttribute([background])}>${c.children.map(paragraph).join('')}</td>`;
}

function element(e: ElementState): string {
  if (e.type !== 'TABLE') return paragraph(e);
  const rows = e.rows.map((cells) => `<tr>${cells.map(cell).join('')}</tr>`);
  return `<table>${rows.join('')}</table>`;
}

/** The body's elements, each inserted section break closing the section before it and opening its own. */
function sections(doc: DocumentState): string {
  const breaks = (doc.sectionBreaks ?? []).filter((b) => b.before < doc.body.length);
  if (!breaks.length) return doc.body.map(element).join('\n');
  const open = (landscape: boolean) => `<section class="${landscape ? 'landscape' : 'portrait'}">`;
  const parts = [open(false)];
  doc.body.forEach((e, k) => {
    for (const b of breaks)
      if (b.before === k) parts.push('</section>', open(b.flipPageOrientation === true));
    parts.push(element(e));
  });
  return [...parts, '</section>'].join('\n');
}

export function documentPage(doc: DocumentState): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(doc.name)}</title>
<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em}table{border-collapse:collapse;margin:1em 0}
td{border:1px solid #999;padding:4px 8px}td p{margin:0}img{max-width:100%}.page-break{border-top:2px dashed #bbb}
section+section{border-top:4px double #bbb;margin-top:1em}.landscape{width:141%}</style></head>
<body><p><a href="/">← ワークベンチ</a></p><article id="document">${sections(doc)}</article></body></html>`;
}
