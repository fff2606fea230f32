// A1 notation: column letters, cell and range references, both ways.

export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1Range {
  sheetName?: string;
  row: number;
  column: number;
  /** null: to the end of the sheet (e.g. "A:C" or "2:5"). */
  numRows: number | null;
  numColumns: number | null;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses "A1", "B2:D9", "A:C", "3:5", "'シート 1'!A1:B2". Returns null when it is not A1 notation. */
export function parseA1(text: string): A1Range | null {
  let ref = text.trim();
  let sheetName: string | undefined;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [startText, endText] = ref.split(':') as [string, string | undefined];
  const start = CELL.exec(startText);
  const end = endText === undefined ? start : CELL.exec(endText);
  if (!start || !end || (!start[1] && !start[2])) return null;
  const c1 = start[1] ? columnNumber(start[1]) : 1;
  const r1 = start[2] ? Number(start[2]) : 1;
  const c2 = end[1] ? columnNumber(end[1]) : null;
  const r2 = end[2] ? Number(end[2]) : null;
  if (r1 < 1 || c1 < 1) return null;
  return {
    ...(sheetName === undefined ? {} : { sheetName }),
    row: r1,
    column: c1,
    numRows: r2 === null ? null : r2 - r1 + 1,
    numColumns: c2 === null ? null : c2 - c1 + 1,
  };
}

export function a1Notation(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetter(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}
