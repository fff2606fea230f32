// A generated Google Doc as a readable HTML page: headings, paragraphs, list items, tables and images.
import type { DocumentState, ElementState } from '../../emulator/document/document-app';
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

function element(e: ElementState): string {
  switch (e.type) {
    case 'PARAGRAPH': {
      const tag = HEADING_TAGS[e.heading] ?? 'p';
      return `<${tag}>${escapeHtml(e.text)}</${tag}>`;
    }
    case 'LIST_ITEM':
      return `<ul><li>${escapeHtml(e.text)}</li></ul>`;
    case 'TABLE': {
      const rows = e.rows.map((cells) => {
        const tds = cells.map((cell) => {
          const styles = [
            cell.background && COLOUR.test(cell.background) ? `background:${cell.background}` : '',
            cell.attributes.HORIZONTAL_ALIGNMENT === 'RIGHT' ? 'text-align:right' : '',
            cell.attributes.BOLD === true ? 'font-weight:bold' : '',
          ].filter(Boolean);
          const style = styles.length ? ` style="${styles.join(';')}"` : '';
          return `<td${style}>${escapeHtml(cell.text)}</td>`;
        });
        return `<tr>${tds.join('')}</tr>`;
      });
      return `<table>${rows.join('')}</table>`;
    }
    case 'PAGE_BREAK':
      return '<hr class="page-break">';
    case 'INLINE_IMAGE': {
      // The emulation keeps an image's bytes as base64; only base64 characters may reach the URL.
      const data = /^[A-Za-z0-9+/=]*$/.test(e.data) ? e.data : '';
      return `<img alt="${escapeHtml(e.name)}" src="data:${escapeHtml(e.contentType)};base64,${data}">`;
    }
  }
}

export function documentPage(doc: DocumentState): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(doc.name)}</title>
<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em}table{border-collapse:collapse;margin:1em 0}
td{border:1px solid #999;padding:4px 8px}img{max-width:100%}.page-break{border-top:2px dashed #bbb}</style></head>
<body><p><a href="/">← ワークベンチ</a></p><article id="document">${doc.body.map(element).join('\n')}</article></body></html>`;
}
