// The meeting report's structure as the user sees it, for comparing two builds of the same state: every element in
// order with its text and every attribute that reaches it (paragraph, run, cell), adjacent runs of equal
// formatting merged (how a renderer splits them is not content), images by their bytes' digest.
import { createHash } from 'node:crypto';
import type {
  Attributes,
  CellState,
  DocumentState,
  ElementState,
  InlineState,
  ParagraphState,
} from '../emulator/document/state';
import type { ReportResult } from '../src/domain/api';
import { ok, reportProgress as report, setUpEnvironment } from './register';
import { runReport } from './report';

type InlineDump =
  | { text: string; attributes: Attributes }
  | { pageBreak: true }
  | { image: string; contentType: string; sha256: string };
interface ParagraphDump {
  type: ParagraphState['type'];
  heading: string;
  attributes: Attributes;
  inline: InlineDump[];
}
type ElementDump = ParagraphDump | { table: { background: string | null; paragraphs: ParagraphDump[] }[][] };

const sameAttributes = (a: Attributes, b: Attributes) =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const sorted = (a: Attributes) =>
  Object.fromEntries(Object.entries(a).sort(([x], [y]) => x.localeCompare(y)));

function inlineDump(children: InlineState[]): InlineDump[] {
  const out: InlineDump[] = [];
  for (const c of children) {
    if (c.type === 'PAGE_BREAK') out.push({ pageBreak: true });
    else if (c.type === 'INLINE_IMAGE')
      out.push({
        image: c.name,
        contentType: c.contentType,
        sha256: createHash('sha256').update(c.data).digest('hex'),
      });
    else {
      const last = out.at(-1);
      if (last && 'text' in last && sameAttributes(last.attributes, c.attributes)) last.text += c.text;
      else out.push({ text: c.text, attributes: sorted(c.attributes) });
    }
  }
  // Empty runs carry no characters; a paragraph of nothing else keeps one, whose formatting typed text would get.
  const kept = out.filter((c) => !('text' in c) || c.text !== '');
  return kept.length ? kept : out.slice(0, 1);
}

const paragraphDump = (p: ParagraphState): ParagraphDump => ({
  type: p.type,
  heading: p.heading,
  attributes: sorted(p.attributes),
  inline: inlineDump(p.children),
});
const cellDump = (c: CellState) => ({ background: c.background, paragraphs: c.children.map(paragraphDump) });
const elementDump = (e: ElementState): ElementDump =>
  e.type === 'TABLE' ? { table: e.rows.map((r) => r.map(cellDump)) } : paragraphDump(e);

export const documentStructure = (doc: DocumentState) => ({
  name: doc.name,
  body: doc.body.map(elementDump),
  sectionBreaks: doc.sectionBreaks ?? [],
});

/**
 * A fixed state with both rounds reported, late items whose 課題 hold a character outside the BMP (𠮷, two UTF-16
 * units) and a line break, and the report of its second round.
 */
export function fixedReport(): DocumentState {
  const env = setUpEnvironment();
  report(env, '1-1-01', { progress: 60, grade: 'B' });
  report(env, '1-1-02', { progress: 30, grade: 'A', savingsActual: { cut: 120, revenue: null } });
  report(env, '2-3-01', { status: '検討中', progress: 0, grade: 'B' });
  const h2 = { roundId: 'R4-H2' };
  report(env, '1-1-01', { ...h2, status: '完了', progress: 100, grade: 'A' });
  report(env, '1-1-02', {
    ...h2,
    progress: 35,
    grade: 'C',
    issues: '𠮷野家の利用者が少ない\n夜間も',
    nextSteps: '周知',
  });
  report(env, '2-3-01', {
    ...h2,
    status: '中止',
    progress: 10,
    grade: 'D',
    issues: '制度改正',
    nextSteps: '廃止',
  });
  const result = ok<ReportResult>(runReport(env, h2));
  return env.documents.dump(result.documentId);
}
