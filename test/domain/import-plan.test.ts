// 取り込み's rows and plan: a row is read as people mean it and judged by the item form's rules; the new rows' blocks
// land exactly where saveItem would put the items one by one; the mapping's problems are named.
import fc from 'fast-check';
import { importableColumns } from '../../src/domain/import-headers';
import {
  importRequestId,
  mappingProblems,
  parseImportRequestId,
  placementBlocks,
} from '../../src/domain/import-plan';
import { readImportRow, rowFingerprint, type SourceGrid } from '../../src/domain/import-rows';
import { rowToInsertAfter } from '../../src/domain/item-placement';
import { SEED_MASTER } from '../../src/domain/seed';

const columns = importableColumns(SEED_MASTER);
const MAPPING = ['pillarNo', 'reformNo', 'title', 'department', 'savingsPlan.cut', 'relatedDepartments'];
const grid = (row: string[]): SourceGrid => ({ sheetName: '取込元', values: [[], row], display: [[], row] });

describe('readImportRow', () => {
  it('reads full-width numbers, 柱 and 改革 by number, by 柱1 or by name, and a list of related departments', () => {
    const read = readImportRow(
      grid([
        '柱１',
        'デジタル技術を活用した頼りになるサービス',
        '新しい取組',
        '財政課',
        '１，２００',
        '人事課、税務課',
      ]),
      1,
      MAPPING,
      columns,
      SEED_MASTER,
    );
    expect(read).toMatchObject({
      ok: true,
      row: 2,
      input: {
        pillarNo: 1,
        reformNo: 2,
        title: '新しい取組',
        department: '財政課',
        relatedDepartments: ['人事課', '税務課'],
      },
    });
    if (read.ok) expect(read.input.savingsPlan.cut).toBe(1200);
  });

  it('without a 柱 column the 改革 gives it', () => {
    const read = readImportRow(
      grid(['7', '取組', '財政課']),
      1,
      ['reformNo', 'title', 'department'],
      columns,
      SEED_MASTER,
    );
    expect(read).toMatchObject({ ok: true, input: { pillarNo: 4, reformNo: 7 } });
  });

  it('names every bad cell of the row, with the rule’s own words', () => {
    const read = readImportRow(
      grid(['1', '5', '', '無い課', 'たくさん', '']),
      1,
      MAPPING,
      columns,
      SEED_MASTER,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      '取込元!E2「たくさん」: 効果額見込（歳出削減）: 数値として読めません',
      // The schema's refusals first, then the rules' (parseAndCheck), as the item form lists them.
      expect.stringMatching(/^取込元!C2: 取組項目: /),
      expect.stringMatching(/^取込元!B2「5」: 改革: /),
      expect.stringMatching(/^取込元!D2「無い課」: 担当課: /),
    ]);
  });

  it('a cell it cannot read is named once, not again as missing', () => {
    const read = readImportRow(
      grid(['第三の柱', '1', '取組', '財政課', '', '']),
      1,
      MAPPING,
      columns,
      SEED_MASTER,
    );
    expect(read).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^取込元!A2「第三の柱」: 柱: /)],
    });
    if (!read.ok) expect(read.problems).toHaveLength(1);
  });
});

describe('rowFingerprint', () => {
  it('is the same for the same cells, whatever the width or trailing blanks, and differs otherwise', () => {
    expect(rowFingerprint(['取組', '１', ''])).toBe(rowFingerprint([' 取組', '1']));
    expect(rowFingerprint(['取組', '1'])).not.toBe(rowFingerprint(['取組', '2']));
    expect(rowFingerprint(['a'])).toMatch(/^[0-9a-f]{16}$/);
  });

  it('round-trips through the history entry’s リクエストID', () => {
    const fingerprint = rowFingerprint(['x']);
    expect(parseImportRequestId(importRequestId('import-req-0001', fingerprint))).toEqual({
      requestId: 'import-req-0001',
      fingerprint,
    });
    expect(parseImportRequestId('create-1-1-01')).toBeNull();
  });
});

describe('mappingProblems', () => {
  const headers = ['a', 'b', 'c', 'd'];
  it('names the required fields left unmapped and a field mapped twice', () => {
    expect(mappingProblems(['title', 'title', '', ''], headers, columns)).toEqual([
      expect.stringContaining('改革'),
      expect.stringContaining('「取組項目」に複数の見出し'),
    ]);
    expect(mappingProblems(['title', 'reformNo', 'department', ''], headers, columns)).toEqual([]);
  });

  it('refuses a field an import cannot fill and a mapping of another width', () => {
    expect(mappingProblems(['revision', 'reformNo', 'title', 'department'], headers, columns)[0]).toContain(
      'revision',
    );
    expect(mappingProblems(['title'], headers, columns)[0]).toContain('4列');
  });
});

describe('placementBlocks', () => {
  const reforms = SEED_MASTER.reforms;
  const idArb = fc
    .constantFrom(...reforms)
    .chain((r) =>
      fc.integer({ min: 1, max: 99 }).map((n) => `${r.pillarNo}-${r.no}-${String(n).padStart(2, '0')}`),
    );

  it('puts the rows where saveItem would put them one after another in the plan’s order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(idArb, fc.constant('')), { maxLength: 12 }),
        fc.array(fc.constantFrom(...reforms), { minLength: 1, maxLength: 10 }),
        (existing, picked) => {
          const rows = picked.map((r, i) => ({
            id: `${r.pillarNo}-${r.no}-${500 + i}`,
            pillarNo: r.pillarNo,
            reformNo: r.no,
          }));
          // One by one in the plan's order, as saveItem would create them: each after the last row of its 改革 in the
          // register as it is then (in source order, the first item of a register without items would sit below its
          // blank rows and a later 改革's above them: the same order of items either way).
          const inPlanOrder = [...rows].sort((a, b) => a.pillarNo - b.pillarNo || a.reformNo - b.reformNo);
          const sequential = [...existing];
          for (const row of inPlanOrder)
            sequential.splice(rowToInsertAfter(sequential, row.pillarNo, row.reformNo) + 1, 0, row.id);
          // In blocks, top-down.
          const blocked = [...existing];
          for (const block of placementBlocks(existing, rows))
            blocked.splice(block.after + 1, 0, ...block.rows.map((r) => r.id));
          expect(blocked).toEqual(sequential);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('makes one block per 改革', () => {
    const rows = ['1-1', '2-3', '1-1', '2-3'].map((k, i) => {
      const [p, r] = k.split('-').map(Number) as [number, number];
      return { id: `${k}-${i}`, pillarNo: p, reformNo: r };
    });
    expect(placementBlocks(['1-1-01', '2-3-01'], rows).map((b) => b.rows.length)).toEqual([2, 2]);
  });
});
