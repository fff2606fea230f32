// The workbench's document page draws the document structure as Docs holds it (reference, classes Body and
// Paragraph): line breaks "\r" inside a paragraph, a page break and an image inside their paragraphs, and table
// cells of several paragraphs — all text escaped.
import { cellState, type DocumentState, paragraphState } from '../../emulator/document/state';
import { documentPage } from '../../workbench/pages/document';

const image = {
  type: 'INLINE_IMAGE' as const,
  name: 'chart<1>',
  contentType: 'image/png',
  data: 'iVBORw0KGgo=',
};

it('draws line breaks, page breaks and images inside paragraphs, and cells of several paragraphs', () => {
  const twoParagraphs = cellState('一段目');
  twoParagraphs.children.push(paragraphState('PARAGRAPH', '二段目 <b>'));
  const right = cellState('20件');
  right.children[0]!.attributes.HORIZONTAL_ALIGNMENT = 'RIGHT';
  const doc: DocumentState = {
    id: 'd',
    name: '報告書',
    body: [
      paragraphState('PARAGRAPH', '一行目\n二行目'),
      { type: 'PARAGRAPH', heading: 'NORMAL', attributes: {}, children: [{ type: 'PAGE_BREAK' }] },
      { type: 'PARAGRAPH', heading: 'NORMAL', attributes: {}, children: [image] },
      { type: 'TABLE', rows: [[twoParagraphs, right]], attributes: {} },
    ],
  };
  const html = documentPage(doc);
  expect(html).toContain('<p>一行目<br>二行目</p>');
  expect(html).toContain('<div><hr class="page-break"></div>');
  expect(html).toContain('<p><img alt="chart&lt;1&gt;" src="data:image/png;base64,iVBORw0KGgo="></p>');
  expect(html).toContain('<td><p>一段目</p><p>二段目 &lt;b&gt;</p></td>');
  expect(html).toContain('<td style="text-align:right">20件</td>');
});
