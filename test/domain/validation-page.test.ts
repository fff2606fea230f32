// The 検証 answer's page: errors before warnings in sheet order, repeated warnings counted, bounded in bytes.
import fc from 'fast-check';
import type { Problem } from '../../src/domain/api';
import { PAGE_BYTES, utf8Bytes, validationReport, warningGroups } from '../../src/domain/validation-page';

const problem = (row: number, severity: Problem['severity'], message = 'm', itemTitle = 't'): Problem => ({
  itemId: `1-1-${String(row).padStart(2, '0')}`,
  itemTitle,
  row,
  column: '指標',
  a1: `K${row}`,
  severity,
  rule: severity === 'error' ? 'kind' : 'indicator-missing',
  message,
});

describe('validationReport', () => {
  it('counts UTF-8 bytes as Buffer does, astral characters included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => utf8Bytes(s) === Buffer.byteLength(s)));
  });

  it('puts errors first, each in sheet order, and counts repeated warnings', () => {
    const report = validationReport(
      4,
      [problem(2, 'warning'), problem(5, 'error'), problem(3, 'warning'), problem(4, 'error')],
      0,
    );
    expect(report.problems.map((p) => [p.severity, p.row])).toEqual([
      ['error', 4],
      ['error', 5],
      ['warning', 2],
      ['warning', 3],
    ]);
    expect(report.warningGroups).toEqual([{ rule: 'indicator-missing', message: 'm', count: 2 }]);
    expect([report.errorCount, report.warningCount, report.nextOffset]).toEqual([2, 2, null]);
  });

  it('keeps every page under its byte budget, even with long titles typed by hand, and loses no problem', () => {
    const all = Array.from({ length: 600 }, (_, i) => problem(i + 2, 'warning', '指標', '長'.repeat(5000)));
    const seen: Problem[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page = validationReport(600, all, offset);
      expect(utf8Bytes(JSON.stringify(page.problems))).toBeLessThanOrEqual(PAGE_BYTES + 2);
      seen.push(...page.problems);
      offset = page.nextOffset;
    }
    expect(seen.map((p) => p.row)).toEqual(all.map((p) => p.row));
  });

  it('groups warnings by rule and message, most frequent first', () => {
    const groups = warningGroups([
      problem(2, 'warning', 'a'),
      problem(3, 'warning', 'b'),
      problem(4, 'warning', 'b'),
      problem(5, 'error', 'b'),
    ]);
    expect(groups.map((g) => [g.message, g.count])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });
});
