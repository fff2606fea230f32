// オープンデータ: the register's tables as JSON, read once each (master, register, history); the sidebar turns them
// into CSV files in the browser, so no file is written anywhere and no Drive scope is needed.
import type { OpenDataExport } from '../domain/api';
import { localGovernmentCodeProblem } from '../domain/local-government-code';
import { OPEN_DATA } from '../domain/messages';
import { openDataTables } from '../domain/open-data';
import { refuseInvalid } from '../domain/refusal';
import { RegisterStore } from '../sheets/register-store';

export function openData(): OpenDataExport {
  const store = new RegisterStore();
  const master = store.readMaster();
  const code = master.localGovernmentCode;
  // The code is every row's first column: files without it could not be told apart once combined.
  if (!code) refuseInvalid([{ path: 'localGovernmentCode', message: OPEN_DATA.noCode }]);
  if (localGovernmentCodeProblem(code))
    refuseInvalid([{ path: 'localGovernmentCode', message: OPEN_DATA.badCode(code) }]);
  const history = store.readHistory();
  return { tables: openDataTables(master, store.readRecordedItems(master, history), history, code) };
}
