// Checks of the document structure the emulated DocumentApp assumes (apps-script-facts §9; reference, classes Body
// and Paragraph). Each check makes one document named "probe kit: <id>" in the deployer's Drive.
import type { ProbeCheck } from '../check';
import { same } from './observe';

const BODY_TYPES = ['PARAGRAPH', 'LIST_ITEM', 'TABLE', 'TABLE_OF_CONTENTS'];

const newBody = (id: string) => DocumentApp.create(`probe kit: ${id}`).getBody();

/** A small PNG from the Charts service, the kind of image the report appends. */
function chartPng(): GoogleAppsScript.Base.Blob {
  const data = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, 'x')
    .addColumn(Charts.ColumnType.NUMBER, 'y')
    .addRow(['a', 1]);
  return Charts.newColumnChart().setDataTable(data).setDimensions(100, 60).build().getAs('image/png');
}

const childTypes = (container: GoogleAppsScript.Document.Body | GoogleAppsScript.Document.Paragraph) => {
  const types: string[] = [];
  for (let i = 0; i < container.getNumChildren(); i++) {
    const child = container.getChild(i);
    types.push(child === null ? 'null' : String(child.getType()));
  }
  return types;
};

/** Where an inline element ended up: as a body child, inside a paragraph, or nowhere. */
function placeOf(body: GoogleAppsScript.Document.Body, type: string): string {
  const top = childTypes(body);
  if (top.includes(type)) return 'a body child';
  if (top.includes('null')) return 'a null body child';
  for (let i = 0; i < body.getNumChildren(); i++) {
    const child = body.getChild(i);
    if (String(child.getType()) === 'PARAGRAPH' && childTypes(child.asParagraph()).includes(type))
      return 'inside a paragraph';
  }
  return 'not found';
}

export const checks: ProbeCheck[] = [
  {
    id: 'document.new-body',
    assumption: "A new document's body holds one empty paragraph (the report writes its first line into it).",
    source: 'README, Meeting report; reference DocumentApp.create',
    tag: 'open',
    run() {
      const body = newBody(this.id);
      const first = body.getChild(0);
      const observed = `${body.getNumChildren()} child, first ${first.getType()} "${first.asParagraph().getText()}"`;
      // The product needs a first paragraph to write into; how many follow does not matter to it.
      return {
        expected: '1 child, first PARAGRAPH ""',
        observed,
        pass: String(first.getType()) === 'PARAGRAPH' && first.asParagraph().getText() === '',
      };
    },
  },
  {
    id: 'document.body-children',
    assumption: 'A body holds only Paragraph, ListItem, Table and TableOfContents, whatever was appended.',
    source: 'apps-script-facts §9; developers.google.com/apps-script/reference/document/body',
    tag: 'doc',
    run() {
      const body = newBody(this.id);
      body.appendParagraph('p');
      body.appendPageBreak();
      body.appendImage(chartPng());
      body.appendListItem('li');
      body.appendTable([['t']]);
      const odd = childTypes(body).filter((t) => !BODY_TYPES.includes(t));
      return same('none other', odd.length ? odd.join(', ') : 'none other');
    },
  },
  {
    id: 'document.page-break-in-paragraph',
    assumption:
      'Body.appendPageBreak() puts the page break inside a paragraph, never as a (null) body child.',
    source: 'apps-script-facts §9; developers.google.com/apps-script/reference/document/paragraph',
    tag: 'doc',
    run() {
      const body = newBody(this.id);
      body.appendParagraph('before');
      body.appendPageBreak();
      return same('inside a paragraph', placeOf(body, 'PAGE_BREAK'));
    },
  },
  {
    id: 'document.image-in-paragraph',
    assumption: 'Body.appendImage() puts the inline image inside a paragraph.',
    source: 'apps-script-facts §9; developers.google.com/apps-script/reference/document/paragraph',
    tag: 'doc',
    run() {
      const body = newBody(this.id);
      body.appendImage(chartPng());
      return same('inside a paragraph', placeOf(body, 'INLINE_IMAGE'));
    },
  },
  {
    id: 'document.newline-is-line-break',
    assumption: 'A "\\n" in a paragraph\'s text becomes the line break "\\r".',
    source: 'developers.google.com/apps-script/reference/document/paragraph ("\\n" converted to "\\r")',
    tag: 'doc',
    run() {
      const text = newBody(this.id).appendParagraph('一\n二').getText();
      return same('"一\\r二"', JSON.stringify(text));
    },
  },
  {
    id: 'document.table-then-paragraph',
    assumption: 'appendTable adds the whole table in one call, followed by an empty paragraph.',
    source: 'apps-script-facts §7',
    tag: 'doc',
    run() {
      const body = newBody(this.id);
      const before = body.getNumChildren();
      body.appendTable([['a', 'b']]);
      const types = childTypes(body).slice(before);
      const after = body.getChild(before + 1);
      const observed = `${types.join(', ')}${after ? ` "${after.asParagraph().getText()}"` : ''}`;
      return same('TABLE, PARAGRAPH ""', observed);
    },
  },
  {
    id: 'document.cell-paragraphs',
    assumption:
      'A table cell can hold several paragraphs, and its getText() and editAsText() agree on their characters.',
    source: 'developers.google.com/apps-script/reference/document/table-cell (appendParagraph)',
    tag: 'open',
    run() {
      const cell = newBody(this.id)
        .appendTable([['{{a}}']])
        .getCell(0, 0);
      cell.appendParagraph('b');
      const text = cell.getText();
      // The separator between a cell's paragraphs is undocumented: the template filler works with any one,
      // as long as getText and the Text's offsets agree.
      return {
        expected: '2 paragraphs, "{{a}}" + one separator + "b", same text both ways',
        observed: `${cell.getNumChildren()} paragraphs, ${JSON.stringify(text)}, editAsText ${JSON.stringify(cell.editAsText().getText())}`,
        pass:
          cell.getNumChildren() === 2 &&
          text.length === 7 &&
          text.startsWith('{{a}}') &&
          text.endsWith('b') &&
          cell.editAsText().getText() === text,
      };
    },
  },
  {
    id: 'document.text-edits-are-plain',
    assumption:
      'Text.deleteText/insertText take plain offsets and strings: "$&" and "$1" are inserted as they are.',
    source: 'developers.google.com/apps-script/reference/document/text#insertText(Integer,String)',
    tag: 'doc',
    run() {
      const paragraph = newBody(this.id).appendParagraph('a{{x}}b');
      paragraph.editAsText().deleteText(1, 5).insertText(1, '$&$1');
      return same('a$&$1b', paragraph.getText());
    },
  },
];
