// 手入力の取り込み: the plan office makes the cells typed by hand into items' rows the record, under the lock — the
// typed cells stay as typed; who adopted, when and the next revision are written with the row's new record, and one
// history entry per item says what was adopted, old → new.
import type { AdoptResult } from '../domain/api';
import { adoptedRow, adoptionChanges } from '../domain/hand-edits';
import { historyEntry } from '../domain/history';
import { MENU } from '../domain/messages';
import { parseOrRefuse } from '../domain/refusal';
import { decodeRow } from '../domain/row-codec';
import { rowProblems } from '../domain/row-problems';
import { AdoptRequestSchema } from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import { nowIso } from './current-user';
import { requirePlanOffice } from './plan-office';
import { writeStep } from './write-step';

export function adoptHandEdits(ids: unknown): AdoptResult {
  requirePlanOffice(MENU.validate);
  const wanted = parseOrRefuse(parsePayload(AdoptRequestSchema, ids ?? null));
  return writeStep(
    () => [],
    ({ store, master, user }) =>
      () => {
        // The whole register, read under the lock: the rows adopted are the rows as they are now.
        const register = store.readRegister(master);
        const rows = register.rows.filter(
          (r) => r.handEdits.length > 0 && (wanted === null || wanted.includes(r.item.id)),
        );
        // A cell with an error (text in a number column, an unknown 担当課…) is fixed first: adopting it would
        // record a value the add-on cannot read back as typed.
        // A formula is not adopted either: the add-on's columns hold values (a save would replace it).
        const adoptable = (r: (typeof rows)[number]) =>
          !rowProblems(r.cells, r.row, register.columns, register.index, master).some(
            (p) => p.severity === 'error',
          ) && store.formulaEdits(register, r).length === 0;
        const verdicts = new Map(rows.map((r) => [r, adoptable(r)]));
        const skipped = rows.filter((r) => !verdicts.get(r)).map((r) => r.item.id);
        // Before the first write: the history's margin kept (it is not read whole).
        store.prepareHistoryAppend();
        const entries = rows
          .filter((r) => verdicts.get(r))
          .map((found) => {
            const stamp = { updatedBy: user.email, updatedAt: nowIso(), revision: found.item.revision + 1 };
            const { cells, positions } = adoptedRow(found.cells, register.columns, register.index, stamp);
            // One write per adopted row (its system columns are adjacent): rows typed into are anywhere in the sheet.
            store.writeCells(register, found, cells, positions);
            const adopted = { ...decodeRow(cells, register.columns, register.index).item, ...stamp };
            return historyEntry(
              adopted,
              'adopt',
              `adopt-${adopted.id}-${adopted.revision}`,
              '',
              adoptionChanges(found.handEdits),
            );
          });
        store.appendHistory(entries);
        return { adopted: entries.map((e) => e.itemId), skipped };
      },
  );
}
