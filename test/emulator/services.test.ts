// Fidelity of DocumentApp, PropertiesService and CacheService in the emulation.
import { bodyView } from '../support/document-view';
import { probe, probeEnvironment } from '../support/probe';

describe('DocumentApp emulation', () => {
  it('builds a document of headings, paragraphs and tables; a table brings an empty paragraph after it', () => {
    const env = probeEnvironment();
    const id = probe(
      env,
      `var doc = DocumentApp.create('報告書'); var body = doc.getBody();
      body.appendParagraph('題').setHeading(DocumentApp.ParagraphHeading.TITLE);
      var t = body.appendTable([['柱', '件数'], ['1', '3']]);
      t.getRow(0).getCell(0).setBackgroundColor('#dce6f1');
      body.appendListItem('<b>not html</b>');
      body.appendParagraph('a{{x}}b').editAsText().deleteText(1, 5).insertText(1, '$&$1');
      var id = doc.getId(); doc.saveAndClose(); return id;`,
    ) as string;
    const dump = { ...env.documents.dump(id), body: bodyView(env.documents.dump(id)) };
    expect(dump.name).toBe('報告書');
    expect(dump.body.map((e) => e.type)).toEqual([
      'PARAGRAPH',
      'PARAGRAPH',
      'TABLE',
      'PARAGRAPH',
      'LIST_ITEM',
      'PARAGRAPH',
    ]);
    // A new document starts with one empty paragraph.
    expect(dump.body[0]).toMatchObject({ type: 'PARAGRAPH', text: '' });
    expect(dump.body[1]).toMatchObject({ text: '題', heading: 'TITLE' });
    expect(dump.body[2]).toMatchObject({
      rows: [
        [{ text: '柱', background: '#dce6f1' }, { text: '件数' }],
        [{ text: '1' }, { text: '3' }],
      ],
    });
    expect(dump.body[4]).toMatchObject({ text: '<b>not html</b>' });
    // Text edits take offsets and plain strings: nothing in them is a pattern or replacement syntax.
    expect(dump.body[5]).toMatchObject({ text: 'a$&$1b' });
  });

  it('fails DocumentApp.create once when a test exhausts the quota, and openById of an unknown id', () => {
    const env = probeEnvironment();
    env.services.documents.failNextCreate = 'Service invoked too many times for one day: docs create.';
    expect(probe(env, "try { DocumentApp.create('x'); } catch (e) { return e.message; }")).toBe(
      'Service invoked too many times for one day: docs create.',
    );
    expect(env.documents.list()).toEqual([]);
    expect(probe(env, "try { DocumentApp.openById('nope'); } catch (e) { return e.message; }")).toMatch(
      /missing/,
    );
  });
});

describe('PropertiesService and CacheService emulation', () => {
  it('stores property values as strings and refuses a value over 9 KB', () => {
    const env = probeEnvironment();
    expect(
      probe(
        env,
        "var p = PropertiesService.getScriptProperties(); p.setProperty('n', 42); return typeof p.getProperty('n');",
      ),
    ).toBe('string');
    expect(
      probe(
        env,
        "try { PropertiesService.getScriptProperties().setProperty('big', new Array(9300).join('x')); return 'stored'; } catch (e) { return 'refused'; }",
      ),
    ).toBe('refused');
  });

  it('computes SHA-256 digests as Apps Script does: signed bytes, UTF-8 text', () => {
    const env = probeEnvironment();
    const hex = (text: string) =>
      probe(
        env,
        `return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, ${JSON.stringify(text)}, Utilities.Charset.UTF_8).map(function (b) { return (b < 0 ? b + 256 : b).toString(16).padStart(2, '0'); }).join('');`,
      );
    // Known SHA-256 values (FIPS 180-2 test vector "abc", and the empty string).
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const bytes = probe(
      env,
      "return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, '履歴', Utilities.Charset.UTF_8);",
    ) as number[];
    expect(bytes).toHaveLength(32);
    expect(bytes.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(true);
    expect(bytes.some((b) => b < 0)).toBe(true);
  });

  it('expires cache entries on the virtual clock', () => {
    const env = probeEnvironment();
    probe(env, "CacheService.getScriptCache().put('k', 'v', 60);");
    expect(probe(env, "return CacheService.getScriptCache().get('k');")).toBe('v');
    probe(env, 'Utilities.sleep(61000);');
    expect(probe(env, "return CacheService.getScriptCache().get('k');")).toBeNull();
  });
});
