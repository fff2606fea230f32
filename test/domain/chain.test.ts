// The digest chain of the append-only sheets, pure: sealing rows, the head by 連番, and each kind of break.
import { createHash } from 'node:crypto';
import { type ChainRow, chainHead, EMPTY_CHAIN, sealRows, verifyChain } from '../../src/domain/chain';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function sealedRows(contents: string[][]): ChainRow[] {
  const { cells } = sealRows(EMPTY_CHAIN, contents, sha);
  return contents.map((content, i) => ({
    row: i + 2,
    content,
    seq: cells[i]?.[0],
    digest: cells[i]?.[1],
  }));
}

describe('digest chain', () => {
  const rows = () =>
    sealedRows([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);

  it('verifies as written, in any row order, and the head is the highest 連番', () => {
    expect(verifyChain(rows(), sha)).toBeNull();
    const shuffled = rows().reverse();
    expect(verifyChain(shuffled, sha)).toBeNull();
    expect(chainHead(shuffled)).toEqual({ seq: 3, digest: rows()[2]?.digest });
  });

  it('reads numbers, number-like text and apostrophe-prefixed text alike, and an ISO date-time as its instant', () => {
    const [written] = sealedRows([["'=1+1", '2026-12-01T09:00:00+09:00', '12']]);
    const readBack = { ...written, content: ['=1+1', new Date('2026-12-01T00:00:00Z'), 12] } as ChainRow;
    expect(verifyChain([readBack], sha)).toBeNull();
  });

  it('names an edited row, a row without a seal, a duplicated 連番 and a missing one', () => {
    const edited = rows();
    (edited[1] as ChainRow).content = ['b', '20'];
    expect(verifyChain(edited, sha)).toEqual({ row: 3, seq: 2, reason: 'edited' });
    const forged = [...rows(), { row: 5, content: ['d', '4'], seq: '', digest: '' }];
    expect(verifyChain(forged, sha)).toEqual({ row: 5, seq: null, reason: 'unsealed' });
    const copied = [...rows(), { ...(rows()[2] as ChainRow), row: 5 }];
    expect(verifyChain(copied, sha)).toMatchObject({ row: 5, seq: 3, reason: 'duplicateSequence' });
    const deleted = rows().filter((r) => r.seq !== 2);
    expect(verifyChain(deleted, sha)).toEqual({ row: 4, seq: 3, reason: 'missingSequence', expectedSeq: 2 });
  });
});
