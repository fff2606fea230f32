// Fidelity of the Docs advanced service: present only when the manifest enables it; documents.get gives Google's
// index layout in UTF-16 code units (checked against the reference's own example of a 2×2 table); it sees only
// what DocumentApp saved; batchUpdate styles the element model DocumentApp reads, all or nothing, and refuses what
// the API refuses in the API's words. Docs API calls are not DocumentApp calls.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Environment } from '../../emulator';
import { TEST_START } from '../../harness/clock';
import { documentAppCalls } from '../../harness/report';
import { PROBE_DIST, probe, probeEnvironment } from '../support/probe';

type Doc = GoogleAppsScript.Docs.Schema.Document;
type Element = GoogleAppsScript.Docs.Schema.StructuralElement;

/** The probe bundle with a manifest enabling Docs v1, as appsscript.json does for the add-on. */
function docsEnvironment(): Environment {
  const dir = mkdtempSync(join(tmpdir(), 'probe-docs-'));
  copyFileSync(join(PROBE_DIST, 'Code.js'), join(dir, 'Code.js'));
  const manifest = {
    dependencies: { enabledAdvancedServices: [{ userSymbol: 'Docs', serviceId: 'docs', version: 'v1' }] },
  };
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  return Environment.create({ distDir: dir, now: TEST_START });
}

/** Builds a document with DocumentApp (saved), then returns its id. */
const build = (env: Environment, statements: string) =>
  probe(
    env,
    `var doc = DocumentApp.create('t'); var body = doc.getBody(); ${statements}
    var id = doc.getId(); doc.saveAndClose(); return id;`,
  ) as string;
const get = (env: Environment, id: string) =>
  probe(env, `return Docs.Documents.get(${JSON.stringify(id)});`) as Doc;
const span = (e: { startIndex?: number; endIndex?: number } | undefined) => [e?.startIndex ?? 0, e?.endIndex];
const update = (env: Environment, id: string, requests: unknown[]) =>
  probe(
    env,
    `try { Docs.Documents.batchUpdate({ requests: ${JSON.stringify(requests)} }, ${JSON.stringify(id)}); return 'ok'; }
     catch (e) { return e.name + ': ' + e.message; }`,
  );

it('exists only when the manifest enables it', () => {
  expect(probe(probeEnvironment(), 'return typeof Docs;')).toBe('undefined');
  expect(probe(docsEnvironment(), 'return typeof Docs.Documents.batchUpdate;')).toBe('function');
});

describe('documents.get', () => {
  it('lays out an empty 2×2 table exactly at the index offsets of the reference, from S to S + 12', () => {
    const env = docsEnvironment();
    const doc = get(env, build(env, "body.appendTable([['', ''], ['', '']]);"));
    const content = doc.body?.content ?? [];
    // The section break ends at 1 (start 0, omitted); the new document's empty paragraph is 1–2; the table starts
    // at S = 2, and an empty paragraph follows it.
    expect(content[0]).toEqual({ endIndex: 1, sectionBreak: { sectionStyle: {} } });
    expect(span(content[1])).toEqual([1, 2]);
    const S = 2;
    const table = content[2] as Element;
    expect(span(table)).toEqual([S, S + 12]);
    const rows = table.table?.tableRows ?? [];
    expect(rows.map(span)).toEqual([
      [S + 1, S + 6],
      [S + 6, S + 11],
    ]);
    expect(rows.map((r) => r.tableCells?.map(span))).toEqual([
      [
        [S + 2, S + 4],
        [S + 4, S + 6],
      ],
      [
        [S + 7, S + 9],
        [S + 9, S + 11],
      ],
    ]);
    // Each cell's paragraph: where text goes (5, 7, 10, 12 for a table at 2, as public scripts insert it).
    expect(rows.flatMap((r) => r.tableCells?.map((c) => span(c.content?.[0])))).toEqual([
      [5, 6],
      [7, 8],
      [10, 11],
      [12, 13],
    ]);
    expect(table.table).toMatchObject({ rows: 2, columns: 2 });
    expect(span(content[3])).toEqual([S + 12, S + 13]);
    expect(content).toHaveLength(4);
  });

  it('counts UTF-16 code units: 𠮷 is two, a line break one, and the paragraph ends with its newline', () => {
    const env = docsEnvironment();
    const doc = get(env, build(env, "body.appendParagraph('𠮷野\\nb'); body.appendTable([['𠮷']]);"));
    const [, , paragraph, table] = doc.body?.content ?? [];
    expect(span(paragraph)).toEqual([2, 8]);
    expect(paragraph?.paragraph?.elements).toEqual([
      { startIndex: 2, endIndex: 8, textRun: { content: '𠮷野\u000bb\n', textStyle: {} } },
    ]);
    expect(span(table)).toEqual([8, 15]);
    expect(span(table?.table?.tableRows?.[0]?.tableCells?.[0]?.content?.[0])).toEqual([11, 14]);
  });

  it('answers only the fields asked for (a partial response), and refuses a malformed selection', () => {
    const env = docsEnvironment();
    const id = build(env, "body.appendTable([['𠮷']]);");
    const fields = 'body/content(startIndex,endIndex,table(tableRows(tableCells(startIndex,endIndex))))';
    const partial = probe(
      env,
      `return Docs.Documents.get(${JSON.stringify(id)}, { fields: ${JSON.stringify(fields)} });`,
    );
    expect(partial).toEqual({
      body: {
        content: [
          { endIndex: 1 },
          { startIndex: 1, endIndex: 2 },
          {
            startIndex: 2,
            endIndex: 9,
            table: { tableRows: [{ tableCells: [{ startIndex: 4, endIndex: 8 }] }] },
          },
          { startIndex: 9, endIndex: 10 },
        ],
      },
    });
    expect(
      probe(
        env,
        `try { Docs.Documents.get(${JSON.stringify(id)}, { fields: 'body(' }); } catch (e) { return e.message; }`,
      ),
    ).toBe('API call to docs.documents.get failed with error: Invalid field selection body(');
  });

  it('sees only what DocumentApp saved', () => {
    const env = docsEnvironment();
    const seen = probe(
      env,
      `var doc = DocumentApp.create('t'); doc.getBody().appendParagraph('unsaved'); var id = doc.getId();
       var before = Docs.Documents.get(id).body.content.length;
       doc.saveAndClose();
       var after = Docs.Documents.get(id).body.content.length;
       var closed; try { doc.getBody(); } catch (e) { closed = e.message; }
       return [before, after, closed];`,
    );
    expect(seen).toEqual([2, 3, 'Document is closed, its contents cannot be updated.']);
  });

  it('shows styles set through DocumentApp: headings, alignment, bold, sizes, cell shading', () => {
    const env = docsEnvironment();
    const doc = get(
      env,
      build(
        env,
        `body.appendParagraph('h').setHeading(DocumentApp.ParagraphHeading.HEADING1)
           .setAlignment(DocumentApp.HorizontalAlignment.RIGHT).editAsText().setBold(true).setFontSize(9);
         body.appendTable([['x']]).getCell(0, 0).setBackgroundColor('#d9d9d9');`,
      ),
    );
    const [, , heading, table] = doc.body?.content ?? [];
    expect(heading?.paragraph?.paragraphStyle).toMatchObject({
      namedStyleType: 'HEADING_1',
      alignment: 'END',
    });
    expect(heading?.paragraph?.elements?.[0]?.textRun?.textStyle).toEqual({
      bold: true,
      fontSize: { magnitude: 9, unit: 'PT' },
    });
    const rgb =
      table?.table?.tableRows?.[0]?.tableCells?.[0]?.tableCellStyle?.backgroundColor?.color?.rgbColor;
    expect(rgb).toEqual({ red: 217 / 255, green: 217 / 255, blue: 217 / 255 });
  });
});

describe('documents.batchUpdate', () => {
  it('styles the model DocumentApp reads: a run split at the range, a right-aligned cell, a shaded row', () => {
    const env = docsEnvironment();
    // Paragraph 'ab𠮷cd' at 2–9; table 9–18: cell (0,0) 11–14 with 'x' at 12–14, cell (0,1) 14–17 with 'y' at
    // 15–17; the paragraph after the table 18–19.
    const id = build(env, "body.appendParagraph('ab𠮷cd'); body.appendTable([['x', 'y']]);");
    expect(
      update(env, id, [
        {
          updateTextStyle: {
            range: { startIndex: 4, endIndex: 6 },
            textStyle: { bold: true },
            fields: 'bold',
          },
        },
        {
          updateTextStyle: {
            range: { startIndex: 12, endIndex: 17 },
            textStyle: { fontSize: { magnitude: 9, unit: 'PT' } },
            fields: 'fontSize',
          },
        },
        {
          updateParagraphStyle: {
            range: { startIndex: 15, endIndex: 17 },
            paragraphStyle: { alignment: 'END' },
            fields: 'alignment',
          },
        },
        {
          updateTableCellStyle: {
            tableRange: {
              tableCellLocation: { tableStartLocation: { index: 9 }, rowIndex: 0, columnIndex: 0 },
              rowSpan: 1,
              columnSpan: 2,
            },
            tableCellStyle: {
              backgroundColor: { color: { rgbColor: { red: 0.85, green: 0.85, blue: 0.85 } } },
            },
            fields: 'backgroundColor',
          },
        },
      ]),
    ).toBe('ok');
    // DocumentApp, in a later execution, reads what the API wrote.
    const read = probe(
      env,
      `var body = DocumentApp.openById(${JSON.stringify(id)}).getBody();
       var t = body.getChild(2);
       return [t.getCell(0, 0).getBackgroundColor(), t.getCell(0, 1).getBackgroundColor(),
         String(t.getCell(0, 1).getChild(0).asParagraph().getAlignment()),
         t.getCell(0, 0).getChild(0).asParagraph().getAlignment()];`,
    );
    expect(read).toEqual(['#d9d9d9', '#d9d9d9', 'RIGHT', null]);
    const [, paragraph, table] = env.documents.dump(id).body;
    expect(paragraph).toMatchObject({
      children: [
        { text: 'ab', attributes: {} },
        { text: '𠮷', attributes: { BOLD: true } },
        { text: 'cd', attributes: {} },
      ],
    });
    expect(table?.type === 'TABLE' && table.rows[0]?.map((c) => c.children[0]?.children[0])).toEqual([
      { type: 'TEXT', text: 'x', attributes: { FONT_SIZE: 9 } },
      { type: 'TEXT', text: 'y', attributes: { FONT_SIZE: 9 } },
    ]);
  });

  const refusals: [string, unknown, string][] = [
    [
      'an index past the segment (nothing else applied)',
      {
        updateTextStyle: {
          range: { startIndex: 2, endIndex: 99 },
          textStyle: { bold: true },
          fields: 'bold',
        },
      },
      'Invalid requests[1].updateTextStyle: Index 99 must be less than the end index of the referenced segment, 19.',
    ],
    [
      "the segment's final newline",
      {
        updateTextStyle: {
          range: { startIndex: 18, endIndex: 19 },
          textStyle: { bold: true },
          fields: 'bold',
        },
      },
      'Invalid requests[1].updateTextStyle: Index 19 must be less than the end index of the referenced segment, 19.',
    ],
    [
      'an empty range',
      {
        updateParagraphStyle: {
          range: { startIndex: 3, endIndex: 3 },
          paragraphStyle: {},
          fields: 'alignment',
        },
      },
      'Invalid requests[1].updateParagraphStyle: The range should not be empty.',
    ],
    [
      'a range from the body into a table',
      {
        updateTextStyle: {
          range: { startIndex: 3, endIndex: 13 },
          textStyle: { bold: true },
          fields: 'bold',
        },
      },
      'Invalid requests[1].updateTextStyle: The range cannot partially include a table (table at 9–18).',
    ],
    [
      'a range splitting 𠮷',
      {
        updateTextStyle: { range: { startIndex: 5, endIndex: 6 }, textStyle: { bold: true }, fields: 'bold' },
      },
      'Invalid requests[1].updateTextStyle: The range cannot split a surrogate pair (index 5).',
    ],
    [
      'an unknown field',
      { updateTextStyle: { range: { startIndex: 2, endIndex: 3 }, textStyle: {}, fields: 'boldness' } },
      'Invalid requests[1].updateTextStyle: Invalid field: boldness',
    ],
  ];
  it.each(refusals)('refuses %s, applying nothing of the batch', (_, bad, message) => {
    const env = docsEnvironment();
    const id = build(env, "body.appendParagraph('ab𠮷cd'); body.appendTable([['x', 'y']]);");
    const before = env.documents.dump(id);
    const good = {
      updateTextStyle: { range: { startIndex: 2, endIndex: 3 }, textStyle: { bold: true }, fields: 'bold' },
    };
    expect(update(env, id, [good, bad])).toBe(
      `GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: ${message}`,
    );
    expect(env.documents.dump(id)).toEqual(before);
  });

  it('is counted as Docs API calls, not DocumentApp calls, and needs full authorization', () => {
    const env = docsEnvironment();
    const id = build(env, '');
    env.calls.reset();
    get(env, id);
    update(env, id, []);
    const byMethod = env.calls.snapshot().byMethod;
    expect(byMethod).toEqual({ 'Docs.Documents.batchUpdate': 1, 'Docs.Documents.get': 1 });
    expect(documentAppCalls(byMethod)).toBe(0);
    expect(() =>
      probe(env, `return Docs.Documents.get(${JSON.stringify(id)});`, { authMode: 'LIMITED' }),
    ).toThrow('You do not have permission to call Docs.Documents.get.');
  });
});

describe('documents.batchUpdate: section breaks', () => {
  const breakAt = (index: number, sectionType = 'NEXT_PAGE') => ({
    insertSectionBreak: { location: { index }, sectionType },
  });
  const landscape = (startIndex: number, endIndex: number) => ({
    updateSectionStyle: {
      range: { startIndex, endIndex },
      sectionStyle: { flipPageOrientation: true },
      fields: 'flipPageOrientation',
    },
  });

  it('inserts a newline then the break at a paragraph start, the later requests seeing the new indexes', () => {
    const env = docsEnvironment();
    // The initial empty paragraph 1–2, 'ab' 2–5, 'cd' 5–8.
    const id = build(env, "body.appendParagraph('ab'); body.appendParagraph('cd');");
    // After the break at 5: the newline 5–6, the break 6–7, 'cd' 7–10; bold then reaches 'cd' at its new place.
    const bold = {
      updateTextStyle: { range: { startIndex: 7, endIndex: 9 }, textStyle: { bold: true }, fields: 'bold' },
    };
    expect(update(env, id, [breakAt(5), landscape(7, 8), bold])).toBe('ok');
    const content = get(env, id).body?.content ?? [];
    expect(
      content.map((e) => [
        ...span(e),
        e.sectionBreak ? 'break' : e.paragraph?.elements?.[0]?.textRun?.content,
      ]),
    ).toEqual([
      [0, 1, 'break'],
      [1, 2, '\n'],
      [2, 5, 'ab\n'],
      [5, 6, '\n'],
      [6, 7, 'break'],
      [7, 10, 'cd\n'],
    ]);
    expect(content[4]?.sectionBreak).toEqual({
      sectionStyle: { sectionType: 'NEXT_PAGE', flipPageOrientation: true },
    });
    // DocumentApp sees the paragraphs, the new empty one included, and no break among them.
    expect(
      probe(
        env,
        `var b = DocumentApp.openById(${JSON.stringify(id)}).getBody(); var t = [];
         for (var i = 0; i < b.getNumChildren(); i++) t.push(b.getChild(i).asParagraph().getText()); return t;`,
      ),
    ).toEqual(['', 'ab', '', 'cd']);
    expect(env.documents.dump(id).body.at(-1)).toMatchObject({
      children: [{ text: 'cd', attributes: { BOLD: true } }],
    });
  });

  it('refuses a break inside a table, an unknown type, and an orientation left unset, changing nothing', () => {
    const env = docsEnvironment();
    const id = build(env, "body.appendTable([['x']]);");
    const before = env.documents.dump(id);
    const error = (message: string) =>
      `GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: ${message}`;
    // The table opens at 2, its row at 3, its cell at 4: the cell's paragraph 'x' is 5–7.
    expect(update(env, id, [breakAt(5)])).toBe(
      error('Invalid requests[0].insertSectionBreak: Section breaks cannot be inserted inside a table.'),
    );
    expect(update(env, id, [breakAt(1, 'SIDEWAYS')])).toBe(
      error('Invalid requests[0].insertSectionBreak: Invalid section type: SIDEWAYS'),
    );
    const unset = {
      updateSectionStyle: {
        range: { startIndex: 3, endIndex: 4 },
        sectionStyle: {},
        fields: 'flipPageOrientation',
      },
    };
    expect(update(env, id, [breakAt(1), unset])).toBe(
      error('Invalid requests[1].updateSectionStyle: flipPageOrientation must be set to a concrete value.'),
    );
    expect(env.documents.dump(id)).toEqual(before);
  });
});
