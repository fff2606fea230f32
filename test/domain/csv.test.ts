// CSV as RFC 4180 writes it, read back by an independent reader: a BOM, CRLF records, quoting of commas, quotes and
// line breaks, numbers as numbers, and formula-like text kept as text (OWASP) — any text survives the round trip.
import fc from 'fast-check';
import { BOM, csvText, toCsv } from '../../src/domain/csv';
import { parseCsv, textOf } from '../support/csv-parse';

describe('toCsv', () => {
  it('writes a BOM, CRLF records, and quotes exactly the fields that need it', () => {
    const csv = toCsv(
      ['取組ID', '取組項目', '効果額（千円）'],
      [
        ['1-1-01', '電子申請, 拡大', 1200],
        ['1-1-02', '「公共施設」"予約"', -500],
        ['1-1-03', '1行目\n2行目\r\n3行目', null],
      ],
    );
    expect(csv).toBe(
      `${BOM}取組ID,取組項目,効果額（千円）\r\n` +
        '1-1-01,"電子申請, 拡大",1200\r\n' +
        '1-1-02,"「公共施設」""予約""",-500\r\n' +
        '1-1-03,"1行目\n2行目\r\n3行目",\r\n',
    );
  });

  it.each(['=HYPERLINK("http://x")', '+81', '-1 遅れ', '@SUM(A1)', '\tタブ', '\r改行', '\n改行', "'引用"])(
    'keeps %j as text: one apostrophe in front, quoted when it holds a quote or break',
    (text) => {
      expect(csvText(text)).toBe(`'${text}`);
      const [, [cell]] = parseCsv(toCsv(['x'], [[text]])) as [string[], string[]];
      expect(cell).toBe(`'${text}`);
      expect(textOf(cell as string)).toBe(text);
    },
  );

  it('leaves numbers alone, a negative one included, and ordinary text unprefixed', () => {
    expect(toCsv(['a', 'b', 'c'], [[-500, 0.5, '行田市']])).toBe(`${BOM}a,b,c\r\n-500,0.5,行田市\r\n`);
  });

  it('round-trips any text and numbers through an independent RFC 4180 reader', () => {
    const cell = fc.oneof(
      fc.string({
        unit: fc.constantFrom('a', 'あ', '漢', ',', '"', '\n', '\r', '=', '+', '-', '@', "'", ' ', '\t'),
      }),
      fc.string(),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const [header, ...read] = parseCsv(toCsv(['a', 'b', 'c'], rows));
        expect(header).toEqual(['a', 'b', 'c']);
        expect(read).toEqual(
          rows.map((row) =>
            row.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : `${csvText(v)}`)),
          ),
        );
        expect(
          read.map((row, r) => row.map((v, c) => (typeof rows[r]?.[c] === 'string' ? textOf(v) : v))),
        ).toEqual(rows.map((row) => row.map((v) => (v === null ? '' : String(v)))));
      }),
      { numRuns: 300, seed: 18 },
    );
  });
});
