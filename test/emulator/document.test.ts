// Fidelity of the Document service's structure (apps-script-facts §9; reference, classes Body and Paragraph,
// developers.google.com/apps-script/reference/document/body and …/paragraph): a body holds only paragraphs, list
// items and tables; page breaks and images live inside a paragraph; "\n" becomes "\r"; cells hold paragraphs;
// a method Google has but the emulation lacks fails by name.
import { probe, probeEnvironment } from '../support/probe';

const NEW_DOC = "var doc = DocumentApp.create('d'); var body = doc.getBody();";

describe('Document structure', () => {
  it('puts a page break and an image inside a new paragraph, so the body holds only paragraphs, list items and tables', () => {
    const env = probeEnvironment();
    const out = probe(
      env,
      `${NEW_DOC}
      body.appendParagraph('a');
      var pb = body.appendPageBreak();
      var png = Charts.newColumnChart().setDataTable(Charts.newDataTable().addColumn(Charts.ColumnType.STRING, 'x')
        .addColumn(Charts.ColumnType.NUMBER, 'y').addRow(['a', 1])).build().getAs('image/png');
      var image = body.appendImage(png);
      body.appendListItem('i'); body.appendTable([['c']]);
      var types = [];
      for (var i = 0; i < body.getNumChildren(); i++) types.push(String(body.getChild(i).getType()));
      var pbParagraph = body.getChild(2).asParagraph();
      return { id: doc.getId(), types: types, pb: String(pb.getType()), image: String(image.getType()),
        inside: [pbParagraph.getNumChildren(), String(pbParagraph.getChild(0).getType()),
          String(body.getChild(3).asParagraph().getChild(0).getType())] };`,
    ) as { id: string; types: string[]; pb: string; image: string; inside: unknown[] };
    expect(out.types).toEqual([
      'PARAGRAPH',
      'PARAGRAPH',
      'PARAGRAPH',
      'PARAGRAPH',
      'LIST_ITEM',
      'TABLE',
      'PARAGRAPH',
    ]);
    expect([out.pb, out.image]).toEqual(['PAGE_BREAK', 'INLINE_IMAGE']);
    expect(out.inside).toEqual([1, 'PAGE_BREAK', 'INLINE_IMAGE']);
    const body = env.documents.dump(out.id).body;
    expect(new Set(body.map((e) => e.type))).toEqual(new Set(['PARAGRAPH', 'LIST_ITEM', 'TABLE']));
  });

  it('turns "\\n" in a paragraph\'s text into the line break "\\r"', () => {
    const env = probeEnvironment();
    expect(
      probe(
        env,
        `${NEW_DOC} var p = body.appendParagraph('一\\n二'); var q = body.appendParagraph('');
        q.setText('三\\n四'); p.appendText('\\n五');
        return [p.getText(), q.getText(), body.getNumChildren()];`,
      ),
    ).toEqual(['一\r二\r五', '三\r四', 3]);
  });

  it('lets a table cell hold several paragraphs, edited as one text', () => {
    const env = probeEnvironment();
    expect(
      probe(
        env,
        `${NEW_DOC} var cell = body.appendTable([['{{a}}']]).getCell(0, 0);
        cell.appendParagraph('x {{b}}').setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
        var text = cell.editAsText(); text.deleteText(8, 12); text.insertText(8, 'B'); text.deleteText(0, 4).insertText(0, 'A');
        return [cell.getNumChildren(), cell.getText(), String(cell.getChild(1).asParagraph().getAlignment())];`,
      ),
    ).toEqual([2, 'A\nx B', 'RIGHT']);
  });

  it('throws a named error for a method Google has and the emulation does not', () => {
    const env = probeEnvironment();
    expect(
      probe(
        env,
        `${NEW_DOC} var out = [];
        try { body.insertHorizontalRule(0); } catch (e) { out.push(e.message); }
        try { body.appendParagraph('x').editAsText().setBold(0, 0, true); } catch (e) { out.push(e.message); }
        try { body.appendTable([['a']]).editAsText().deleteText(0, 0); } catch (e) { out.push(e.message); }
        out.push(typeof body.then, typeof body.toJSON);
        return out;`,
      ),
    ).toEqual([
      'not emulated: Body.insertHorizontalRule',
      'not emulated: Text.setBold with offsets',
      'not emulated: Text offsets over a table or row',
      'undefined',
      'undefined',
    ]);
  });
});
