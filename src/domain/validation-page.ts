// The answer of 台帳の検証 as a sidebar receives it: the counts, the repeated warnings counted, and one page of the
// problems (errors first), kept far below what a sidebar should receive in one answer.
import type { Problem, ValidationReport, WarningGroup } from './api';
import { excerpt } from './messages/excerpt';
import { LIMITS } from './schemas';

/** At most this many problems in one answer… */
export const PAGE_PROBLEMS = 200;
/** …and at most this many bytes of them (the whole answer stays under 100 KB; issue 19). */
export const PAGE_BYTES = 80_000;

/** UTF-8 length of a string, counted without TextEncoder (not available in Apps Script). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      // A surrogate pair is one code point of 4 bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Errors before warnings, each in sheet order (the order of the checks within a row is kept). */
export function errorsFirst(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return problems
    .map((problem, at) => ({ problem, at }))
    .sort((a, b) => rank(a.problem) - rank(b.problem) || a.problem.row - b.problem.row || a.at - b.at)
    .map((x) => x.problem);
}

/** Warnings with the same rule and message, most frequent first. */
export function warningGroups(problems: Problem[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const p of problems) {
    if (p.severity !== 'warning') continue;
    const key = `${p.rule}\u0000${p.message}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { rule: p.rule, message: p.message, count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/**
 * The report for `problems` (all of them, as found) with the page starting at `offset`. A title typed by hand can be
 * long: each problem names its item by an excerpt, so no single problem can fill a page.
 */
export function validationReport(
  checkedRows: number,
  problems: Problem[],
  offset: number,
): Omit<ValidationReport, 'masterWarnings' | 'handEditRows'> {
  const sorted = errorsFirst(problems);
  const errorCount = sorted.filter((p) => p.severity === 'error').length;
  const page: Problem[] = [];
  let bytes = 0;
  let next = offset;
  while (next < sorted.length && page.length < PAGE_PROBLEMS) {
    const problem = sorted[next] as Problem;
    const shown = { ...problem, itemTitle: excerpt(problem.itemTitle, LIMITS.title) };
    // The comma that separates it from the next one counts too.
    const size = utf8Bytes(JSON.stringify(shown)) + 1;
    if (page.length > 0 && bytes + size > PAGE_BYTES) break;
    page.push(shown);
    bytes += size;
    next++;
  }
  return {
    checkedRows,
    errorCount,
    warningCount: sorted.length - errorCount,
    problems: page,
    offset,
    nextOffset: next < sorted.length ? next : null,
    warningGroups: warningGroups(sorted),
  };
}
