// 取り込み: an existing register pasted into a sheet of the file becomes items — previewed with a suggested mapping
// (nothing written), then imported all or nothing under the document lock: every row judged by the item form's
// schema and rules, new IDs, rows under their 改革 in one block per 改革, one history entry per item. The entries'
// リクエストID carries the import's ID and each source row's fingerprint: a retry answers the first import, a second
// import of the same rows is refused naming them.

import { columnLetter } from '../domain/a1';
import type { ImportPreview, ImportResult, ImportStart } from '../domain/api';
import type { ColumnDef } from '../domain/columns';
import { historyEntry } from '../domain/history';
import {
  findHeaderRow,
  importableColumns,
  REQUIRED_IMPORT_FIELDS,
  suggestMapping,
} from '../domain/import-headers';
import {
  importedIds,
  importRequestId,
  judgeSource,
  mappingProblems,
  parseImportRequestId,
  placementBlocks,
} from '../domain/import-plan';
import { isBlankRow, type SourceGrid } from '../domain/import-rows';
import { newItem } from '../domain/item-edits';
import { ITEM_SEQ_MAX } from '../domain/item-id';
import { fieldLabel, IMPORT, RULES } from '../domain/messages';
import { parseOrRefuse, Refusal, refuseInvalid } from '../domain/refusal';
import { ImportPreviewRequestSchema, ImportRequestSchema, type Master } from '../domain/schemas';
import { parsePayload } from '../domain/validate-payload';
import { importSourceNames, readImportSource } from '../sheets/import-source';
import { type RegisterLayout, RegisterStore } from '../sheets/register-store';
import { nowIso } from './current-user';
import { writeStep } from './write-step';

/** Rows the preview shows as they would be created, and refused rows an answer lists at most. */
const PREVIEW_ROWS = 5;
export const IMPORT_LIST_MAX = 100;

export function startImportSidebar(): ImportStart {
  return { sources: importSourceNames() };
}

/** The source's header row (0-based) and its headers; a source without one is refused. */
function headerOf(grid: SourceGrid, columns: readonly ColumnDef[]): { at: number; headers: string[] } {
  const at = findHeaderRow(grid.display, columns);
  if (at < 0) throw new Refusal({ code: 'invalid', message: IMPORT.noHeader(grid.sheetName) });
  return { at, headers: (grid.display[at] ?? []).map((h) => String(h).trim()) };
}

/** What 履歴 says of earlier imports: each imported row's fingerprint → its item, and the items of one request. */
function earlierImports(store: RegisterStore, requestId: string | null) {
  const [requestIds = [], itemIds = []] = store.readHistoryColumns(['requestId', 'itemId']);
  const byFingerprint = new Map<string, string>();
  const ofRequest: string[] = [];
  requestIds.forEach((text, i) => {
    const parsed = parseImportRequestId(text);
    if (!parsed) return;
    byFingerprint.set(parsed.fingerprint, itemIds[i] ?? '');
    if (parsed.requestId === requestId) ofRequest.push(itemIds[i] ?? '');
  });
  return { byFingerprint, ofRequest, itemIds };
}

/** The source judged through the mapping, with the new items' IDs worked out against every ID ever issued. */
function judged(
  store: RegisterStore,
  master: Master,
  layout: RegisterLayout,
  grid: SourceGrid,
  mapping: readonly string[] | null,
  earlier: ReturnType<typeof earlierImports>,
) {
  const columns = importableColumns(master);
  const header = headerOf(grid, columns);
  const used = mapping ?? suggestMapping(header.headers, columns);
  const problems = mappingProblems(used, header.headers, columns);
  const source = problems.length
    ? { taken: [], refused: [] }
    : judgeSource(grid, header.at, used, columns, master, earlier.byFingerprint);
  const registerIds = store.readIds(layout);
  const ids = importedIds(
    source.taken.map((t) => t.input),
    [...registerIds, ...earlier.itemIds],
  );
  return { columns, header, mapping: used, problems, earlier, source, registerIds, ids };
}

const rowCount = (grid: SourceGrid, headerRow: number) =>
  grid.display.slice(headerRow + 1).filter((r) => !isBlankRow(r)).length;

export function previewImport(sheetName: unknown, mapping: unknown): ImportPreview {
  const request = parseOrRefuse(
    parsePayload(ImportPreviewRequestSchema, { sheetName, mapping: mapping ?? null }),
  );
  const store = new RegisterStore();
  const master = store.readMaster();
  const layout = store.readLayout(master);
  const grid = readImportSource(request.sheetName);
  const j = judged(store, master, layout, grid, request.mapping, earlierImports(store, null));
  const required: readonly string[] = REQUIRED_IMPORT_FIELDS;
  return {
    sheetName: grid.sheetName,
    headerRow: j.header.at + 1,
    columns: j.header.headers.map((header, c) => ({
      column: columnLetter(c + 1),
      header,
      field: j.mapping[c] ?? '',
    })),
    fields: j.columns.map((c) => ({
      key: c.key,
      label: fieldLabel(c.key),
      required: required.includes(c.key),
    })),
    mappingProblems: j.problems,
    rowCount: rowCount(grid, j.header.at),
    takeable: j.source.taken.length,
    preview: j.source.taken.slice(0, PREVIEW_ROWS).map((t, i) => ({
      row: t.row,
      id: j.ids[i] ?? '',
      pillarNo: t.input.pillarNo,
      reformNo: t.input.reformNo,
      title: t.input.title,
      department: t.input.department,
    })),
    refused: j.source.refused.slice(0, IMPORT_LIST_MAX),
    refusedCount: j.source.refused.length,
  };
}

/** The refusal of an import with rows it cannot take: each reason a field of its own, naming the source cell. */
function refuseRows(refused: { row: number; problems: string[] }[]): never {
  throw new Refusal({
    code: 'invalid',
    message: IMPORT.refused(refused.length),
    fields: refused
      .slice(0, IMPORT_LIST_MAX)
      .flatMap((r) => r.problems.map((message) => ({ path: String(r.row), message }))),
  });
}

export function importRegister(payload: unknown): ImportResult {
  const request = parseOrRefuse(parsePayload(ImportRequestSchema, payload));
  return writeStep(
    () => [],
    ({ store, master, user, layout }) =>
      () => {
        // Everything is read under the lock: the source as it is now, 履歴's imports, the register's IDs.
        const earlier = earlierImports(store, request.requestId);
        if (earlier.ofRequest.length)
          return { ids: earlier.ofRequest, imported: earlier.ofRequest.length, duplicate: true };
        const grid = readImportSource(request.sheetName);
        const j = judged(store, master, layout, grid, request.mapping, earlier);
        if (j.problems.length) refuseInvalid(j.problems.map((message) => ({ path: 'mapping', message })));
        if (j.source.refused.length) refuseRows(j.source.refused);
        if (j.source.taken.length === 0)
          throw new Refusal({ code: 'invalid', message: IMPORT.noRows(grid.sheetName) });
        const exhausted = j.source.taken.find((_, i) => !j.ids[i]);
        if (exhausted)
          refuseInvalid([
            { path: 'reformNo', message: RULES.itemSeqExhausted(exhausted.input.reformNo, ITEM_SEQ_MAX) },
          ]);
        const at = nowIso();
        // The register brought in is the plan as first made, not items added mid-plan (addedRoundId '', lifecycle.ts):
        // they are graded in every round, as the sample plan's are.
        const items = j.source.taken.map((t, i) => ({
          ...newItem(j.ids[i] as string, t.input, master, user, at),
          addedRoundId: '',
        }));
        store.prepareHistoryAppend();
        // Sheet rows start at 2 below the header: a block after data row i goes below sheet row i + 2.
        const blocks = placementBlocks(j.registerIds, items).map((b) => ({
          after: b.after + 2,
          items: b.rows,
        }));
        store.insertItems(layout, blocks);
        store.appendHistory(
          items.map((item, i) => {
            const source = j.source.taken[i] as (typeof j.source.taken)[number];
            const requestId = importRequestId(request.requestId, source.fingerprint);
            return historyEntry(
              item,
              'create',
              requestId,
              '',
              IMPORT.historyNote(grid.sheetName, source.row),
            );
          }),
        );
        return { ids: items.map((item) => item.id), imported: items.length, duplicate: false };
      },
  );
}
