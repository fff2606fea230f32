// An RFC 4180 reader written for the tests, independent of src/domain/csv.ts: a BOM, then records of fields, a field
// quoted when it starts with a quote (a doubled quote inside is one quote), records ended by CRLF.
import { BOM } from '../../src/domain/csv';

export function parseCsv(text: string): string[][] {
  if (!text.startsWith(BOM)) throw new Error('no UTF-8 BOM at the start');
  const records: string[][] = [];
  let record: string[] = [];
  let at = BOM.length;
  while (at < text.length) {
    let value = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error('unterminated quoted field');
        value += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        value += '"';
        at++;
      }
    } else {
      const end = text.slice(at).search(/[,\r\n"]/);
      const stop = end < 0 ? text.length : at + end;
      if (text[stop] === '"') throw new Error(`a quote inside an unquoted field at ${stop}`);
      value = text.slice(at, stop);
      at = stop;
    }
    record.push(value);
    if (text[at] === ',') at++;
    else if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
    } else throw new Error(`expected , or CRLF at ${at}`);
  }
  if (record.length) throw new Error('the last record has no CRLF');
  return records;
}

/** A text cell as the add-on meant it: the one apostrophe put in front of formula-like text taken off. */
export const textOf = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);
