// Parses a pasted two-level list of the plan's structure: pillar lines (柱) and, under each, indented or numbered
// reform lines (改革). Pure, so the set-up sidebar previews exactly what the server will be sent.
import { SETUP } from './messages/setup';
import type { Pillar, Reform } from './schemas';

export interface PlanOutline {
  pillars: Pillar[];
  /** Numbered through the whole plan (改革1, 2, … across pillars), as マスタ numbers them. */
  reforms: Reform[];
}

export interface OutlineProblem {
  /** 1-based line of the pasted text. */
  line: number;
  message: string;
}

export type OutlineParse = { ok: true; value: PlanOutline } | { ok: false; problems: OutlineProblem[] };

/** Leading blanks (ASCII, tab, 全角スペース) make a line a reform line, whatever follows. */
const INDENT = /^[ \t\u3000]+/;
/** Marks that open a reform line even when it is not indented: 1-1, 1.1, (1), （1）, ①, ・, -, *. */
const REFORM_MARK = /^(?:\d+[-‐－.．]\d+[.．、)）]?|[(（]\d+[)）]|[\u2460-\u2473]|[・\-－*＊•])\s*/;
/** Numbering a pillar line may carry: 1. 1、 1) 柱1 第1 Ⅰ. — dropped, the pillars are numbered in order. */
const PILLAR_MARK =
  /^(?:柱\s*\d+[.．、:：)）]?|第\s*\d+[.．、:：]?|\d+[.．、:：)）]|\d+(?=\s)|[\u2160-\u216b][.．、:：]?)\s*/;

const halfWidthDigits = (text: string) =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** The pillars and reforms of the text, or every problem with its line (a reform before any pillar, a pillar
 * without reforms, an empty name). Blank lines are ignored. */
export function parsePlanOutline(text: string): OutlineParse {
  const pillars: Pillar[] = [];
  const reforms: Reform[] = [];
  const problems: OutlineProblem[] = [];
  const pillarLines = new Map<number, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const indented = INDENT.test(raw);
    const body = halfWidthDigits(raw.replace(INDENT, '').trimEnd());
    const isReform = indented || REFORM_MARK.test(body);
    const name = (isReform ? body.replace(REFORM_MARK, '') : body.replace(PILLAR_MARK, '')).trim();
    if (name === '') {
      problems.push({ line, message: SETUP.outlineEmptyName(line) });
      return;
    }
    if (!isReform) {
      pillars.push({ no: pillars.length + 1, name });
      pillarLines.set(pillars.length, line);
      return;
    }
    const pillar = pillars[pillars.length - 1];
    if (!pillar) problems.push({ line, message: SETUP.outlineReformFirst(line) });
    else reforms.push({ no: reforms.length + 1, pillarNo: pillar.no, name });
  });
  for (const pillar of pillars) {
    if (!reforms.some((r) => r.pillarNo === pillar.no))
      problems.push({
        line: pillarLines.get(pillar.no) as number,
        message: SETUP.outlinePillarAlone(pillar.name),
      });
  }
  if (problems.length === 0 && pillars.length === 0) problems.push({ line: 0, message: SETUP.outlineEmpty });
  problems.sort((a, b) => a.line - b.line);
  return problems.length ? { ok: false, problems } : { ok: true, value: { pillars, reforms } };
}
