// The add-on when Session hides the user (simple triggers; a FULL run across domains, apps-script-facts §9) or
// the script has no containing document (getDocumentLock() is null, §6).

import { progressReport } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import { columnLetter } from '../../src/domain/a1';
import type { ApiResult, ItemDetail, ItemListResult } from '../../src/domain/api';
import { REGISTER } from '../../src/domain/messages';
import { SHEETS } from '../../src/domain/sheet-names';

describe('a user whose e-mail Session does not reveal', () => {
  it('can read the register, but any save is refused with a Japanese message and changes nothing', () => {
    const env = setUpEnvironment();
    const item = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item;
    const hidden = { activeUserHidden: true };
    expect(ok<ItemListResult>(env.scriptRun('listItems', [{}], hidden)).ids.length).toBeGreaterThan(0);
    const before = JSON.stringify(env.toJSON().spreadsheet);
    const report = env.scriptRun(
      'recordProgress',
      [progressReport('1-1-01', 'req-blank-user-abcdefgh', item.revision)],
      hidden,
    ) as ApiResult<unknown>;
    expect(report).toEqual({ ok: false, error: { code: 'forbidden', message: REGISTER.unknownUser } });
    const view = ok<{ user: { isPlanOffice: boolean; departments: string[]; canEditAll: boolean } }>(
      env.scriptRun('getSummaryView', [], hidden),
    );
    expect(view.user).toMatchObject({ isPlanOffice: false, departments: [], canEditAll: false });
    expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
  });

  it('still gets its edits checked by the simple onEdit, which runs with a blank user', () => {
    const env = setUpEnvironment();
    const header = env.spreadsheet.values(SHEETS.register)[0] as string[];
    const column = columnLetter(header.indexOf('進捗率(%)') + 1);
    env.userEdit(SHEETS.register, `${column}2`, '150');
    expect(env.triggerErrors).toEqual([]);
    expect(env.spreadsheet.cell(SHEETS.register, `${column}2`)?.note ?? '').toContain('進捗率');
  });
});

describe('a script with no containing document', () => {
  it('saves under the script lock instead of the document lock', () => {
    const env = setUpEnvironment({ noContainingDocument: true });
    const item = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item;
    ok(
      env.scriptRun('recordProgress', [progressReport('1-1-01', 'req-no-document-abcdefgh', item.revision)]),
    );
    expect(ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null])).item.revision).toBe(item.revision + 1);
  });
});
