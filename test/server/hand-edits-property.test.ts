// Issue 15's property: random hand edits (the add-on's cells and a city's own, typed dates and number-looking text),
// sorts and inserted city columns, interleaved with saves, progress reports and adoptions through the bundle. No hand
// edit is ever lost without a refusal or an adoption, a row without hand edits always saves, and no save or report
// writes a city's cell.
import fc from 'fast-check';
import type { Environment } from '../../emulator';
import { itemInput, progressReport } from '../../harness/payloads';
import { ok, setUpEnvironment } from '../../harness/register';
import { registerCell } from '../../harness/sheet-cells';
import type { AdoptResult, ApiResult } from '../../src/domain/api';
import { canonicalCell } from '../../src/domain/hand-edits';
import type { CellValue } from '../../src/domain/row-codec';
import { SHEETS } from '../../src/domain/sheet-names';
import { item } from '../support/items';

const IDS = ['1-1-01', '1-1-02', '2-3-01'];
const ADD_ON_HEADERS = ['取組内容', '課題', '取組状況', '指標', '目標値', '進捗状況'];
const TYPED = ['手入力の文', '0012', '2025/10/15', '令和4年10月31日', '1,500', '=1+2', '', '遅延'];
const CITY_TYPED = ['=LEN("行田")', "'0012", '0012', '市のメモ', '2025/10/15'];
const CITY_HEADERS = ['市メモ', '市コード', '市備考'];

type Step =
  | { kind: 'hand'; id: string; header: string; typed: string }
  | { kind: 'city'; id: string; typed: string }
  | { kind: 'sort'; descending: boolean }
  | { kind: 'column'; before: string }
  | { kind: 'save'; id: string; title: string }
  | { kind: 'report'; id: string; activity: string }
  | { kind: 'adopt' };

const id = fc.constantFrom(...IDS);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('hand' as const),
      id,
      header: fc.constantFrom(...ADD_ON_HEADERS),
      typed: fc.constantFrom(...TYPED),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('city' as const), id, typed: fc.constantFrom(...CITY_TYPED) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sort' as const), descending: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('column' as const),
      before: fc.constantFrom(...ADD_ON_HEADERS),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('save' as const),
      id,
      title: fc.constantFrom('新しい名前', '名前その2'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('report' as const),
      id,
      activity: fc.constantFrom('説明会', '試行'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'adopt' as const }) },
);

const headers = (env: Environment) => (env.spreadsheet.values(SHEETS.register)[0] as unknown[]).map(String);
const cellOf = (env: Environment, itemId: string, header: string) =>
  env.spreadsheet.cell(SHEETS.register, registerCell(env, itemId, header));
/** A cell as the add-on compares it (a formula by its text). */
const seen = (env: Environment, itemId: string, header: string) => {
  const cell = cellOf(env, itemId, header);
  return cell?.formula ?? canonicalCell((cell?.value ?? '') as CellValue);
};

/** The model: hand edits not yet adopted (the value they left, and the cell's value before them), city cells. */
class Model {
  readonly pending = new Map<string, { now: string; original: string }>();
  readonly city = new Map<string, { value: unknown; formula: string | undefined }>();
  readonly cityHeaders: string[] = [];

  constructor(readonly env: Environment) {}

  pendingOf(itemId: string) {
    return [...this.pending.keys()].filter((k) => k.startsWith(`${itemId}|`));
  }

  /** Every hand edit not adopted is still in its cell, and every city cell is as the city left it. */
  check(): void {
    for (const [key, edit] of this.pending) {
      const [itemId, header] = key.split('|') as [string, string];
      expect({ key, value: seen(this.env, itemId, header) }).toEqual({ key, value: edit.now });
    }
    for (const [key, cell] of this.city) {
      const [itemId, header] = key.split('|') as [string, string];
      const now = cellOf(this.env, itemId, header);
      expect({ key, value: now?.value, formula: now?.formula }).toEqual({ key, ...cell });
    }
  }
}

function apply(model: Model, s: Step): void {
  const { env } = model;
  switch (s.kind) {
    case 'hand': {
      const key = `${s.id}|${s.header}`;
      const original = model.pending.get(key)?.original ?? seen(env, s.id, s.header);
      env.userEdit(SHEETS.register, registerCell(env, s.id, s.header), s.typed);
      const now = seen(env, s.id, s.header);
      if (now === original) model.pending.delete(key);
      else model.pending.set(key, { now, original });
      return;
    }
    case 'city': {
      const header = model.cityHeaders[0];
      if (!header) return;
      env.userEdit(SHEETS.register, registerCell(env, s.id, header), s.typed);
      const cell = cellOf(env, s.id, header);
      model.city.set(`${s.id}|${header}`, { value: cell?.value, formula: cell?.formula });
      return;
    }
    case 'sort': {
      const at = headers(env).indexOf('取組項目');
      const title = (row: ({ value?: unknown } | null)[]) => String(row[at]?.value ?? '');
      const sign = s.descending ? -1 : 1;
      env.spreadsheet.reorderRows(SHEETS.register, 2, (a, b) => sign * title(a).localeCompare(title(b)));
      return;
    }
    case 'column': {
      const name = CITY_HEADERS[model.cityHeaders.length];
      if (!name) return;
      const at = headers(env).indexOf(s.before) + 1;
      env.spreadsheet.insertColumns(SHEETS.register, at, 1);
      env.spreadsheet.edit(SHEETS.register, 1, at, [[name]]);
      model.cityHeaders.push(name);
      return;
    }
    case 'save': {
      const loaded = item(env, s.id);
      const result = env.scriptRun('saveItem', [
        itemInput({ ...loaded, id: s.id, title: s.title, baseRevision: loaded.revision }),
      ]) as ApiResult<unknown>;
      expectAnswer(model, s.id, result);
      return;
    }
    case 'report': {
      const loaded = item(env, s.id);
      const result = env.scriptRun('recordProgress', [
        progressReport(s.id, `req-${Math.random().toString(36).slice(2)}`, loaded.revision, {
          activity: s.activity,
        }),
      ]) as ApiResult<unknown>;
      expectAnswer(model, s.id, result);
      return;
    }
    case 'adopt': {
      const { adopted } = ok<AdoptResult>(env.scriptRun('adoptHandEdits', [null]));
      for (const itemId of adopted) for (const key of model.pendingOf(itemId)) model.pending.delete(key);
    }
  }
}

/** A row with hand edits is refused as stale naming them; a row without any is saved. */
function expectAnswer(model: Model, itemId: string, result: ApiResult<unknown>): void {
  const pending = model.pendingOf(itemId).map((k) => k.split('|')[1]);
  if (pending.length === 0) {
    expect(result).toMatchObject({ ok: true });
    return;
  }
  expect(result).toMatchObject({ ok: false, error: { code: 'stale' } });
  if (result.ok) return;
  const named = (result.error.stale?.handEdits ?? []).map((e) => e.label);
  expect(named).toEqual(expect.arrayContaining(pending));
}

describe('hand edits interleaved with saves, reports and adoptions', () => {
  it('no hand edit is lost without a refusal or an adoption, and no city cell is written', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 4, maxLength: 10 }), (steps) => {
        const env = setUpEnvironment();
        const model = new Model(env);
        apply(model, { kind: 'column', before: '取組内容' });
        for (const s of steps) {
          apply(model, s);
          model.check();
        }
      }),
      { numRuns: 15 },
    );
  });
});
