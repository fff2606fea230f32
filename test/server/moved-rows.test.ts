// Rows moved by hand between a read and a write (property-based): the write still hits the right item.
import fc from 'fast-check';
import { ok, setUpEnvironment } from '../../harness/register';
import { SHEETS } from '../../src/domain/sheet-names';
import { progress, registerRows } from '../support/items';

describe('rows moved by hand', () => {
  it('rows sorted, deleted or inserted by hand between read and write still hit the right item', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('sort', 'insert', 'reverse', 'delete'), { maxLength: 4 }),
        fc.integer({ min: 0, max: 19 }),
        (edits, pick) => {
          const env = setUpEnvironment();
          const ids = registerRows(env)
            .slice(1)
            .map((r) => r[0] as string);
          const target = ids[pick] as string;
          const input = progress(env, target, { activity: `target ${target}` });
          for (const edit of edits) {
            if (edit === 'sort')
              env.spreadsheet.reorderRows(SHEETS.register, 2, (a, b) =>
                String(a[3]?.value).localeCompare(String(b[3]?.value)),
              );
            if (edit === 'reverse') env.spreadsheet.reorderRows(SHEETS.register, 2, () => 1);
            if (edit === 'insert') env.spreadsheet.insertRows(SHEETS.register, 3, 2);
            if (edit === 'delete') {
              const victim = registerRows(env).findIndex((r, i) => i > 0 && r[0] !== target && r[0] !== '');
              env.spreadsheet.deleteRows(SHEETS.register, victim + 1, 1);
            }
          }
          ok(env.scriptRun('recordProgress', [input]));
          const rows = registerRows(env)
            .slice(1)
            .filter((r) => r[0] !== '');
          const header = registerRows(env)[0] as string[];
          const activity = header.indexOf('取組状況');
          for (const row of rows) expect(row[activity]).toBe(row[0] === target ? `target ${target}` : '');
        },
      ),
      { numRuns: 15 },
    );
  });
});
