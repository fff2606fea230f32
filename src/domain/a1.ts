// A1 notation of single cells: column letters (A … Z, AA …) for problem locations, and parsing for jumps.

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

/** One cell in A1 notation (B12, AA3), capital letters only; null for anything else (ranges, sheet names, R1C1). */
export function parseCellA1(a1: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(a1);
  if (!match) return null;
  const column = [...(match[1] as string)].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}
