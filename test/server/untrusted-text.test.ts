// Untrusted text through the built bundle: formula-like text is stored as text and reads back unchanged.
import { itemInput } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import { item, progress } from '../support/items';

describe('untrusted text', () => {
  it('formula-like text is stored as text and reads back unchanged', () => {
    const env = setUpEnvironment();
    const texts = ['=IMPORTXML("http://x","//a")', '+81 3 1234', '-削減', '@here', "'quoted"];
    for (const [i, text] of texts.entries()) {
      const id = ['1-1-01', '1-1-02', '1-1-03', '1-2-01', '1-2-02'][i] as string;
      ok(
        env.scriptRun('recordProgress', [
          progress(env, id, { activity: text, issues: text, nextSteps: text }),
        ]),
      );
      expect(item(env, id)).toMatchObject({ activity: text, issues: text, nextSteps: text });
    }
    ok(env.scriptRun('saveItem', [itemInput({ title: '=1+1', description: '@x' })]));
    expect(env.spreadsheet.formulas()).toEqual([]);
  });
});
