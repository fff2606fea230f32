// The meeting report's content and style, element by element: the fixed state's report has exactly the structure
// of fixtures/report-structure.json, written by scripts/dump-report-structure.ts from the DocumentApp-only build
// (commit 0ec973d), so the move of the styling to one Docs API batchUpdate changed nothing, and rewritten by the same
// script only for page 1 (資料番号 right-aligned, the as-of line, sentence, matrix and one chart, the per-pillar
// charts gone) and for the appendix's 年度別の計画と実績 (4 elements appended after the 44 before, which are unchanged).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentStructure, fixedReport } from '../../harness/report-structure';

const before = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'report-structure.json'), 'utf8'));

it('has the same text, headings, images and formatting, element by element, as before', () => {
  const after = documentStructure(fixedReport());
  expect(after.body).toHaveLength(before.body.length);
  for (const [i, element] of after.body.entries())
    expect({ i, element }).toEqual({ i, element: before.body[i] });
  expect(after).toEqual(before);
});

it('is a report with styled tables, so the comparison has something to compare', () => {
  const text = JSON.stringify(before);
  expect(text).toContain('"HORIZONTAL_ALIGNMENT":"RIGHT"');
  expect(text).toContain('"BOLD":true');
  expect(text).toContain('"background":"#d9d9d9"');
  expect(text).toContain('𠮷');
});
