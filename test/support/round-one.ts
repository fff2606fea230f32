// Round 1's two reports, shared by the tests that reproduce round 1 after later rounds: one item on its way with a
// saving, one late item (grade C) with its 課題 and 今後の方針.
import type { ProgressInput } from '../../src/domain/schemas';

export const ROUND_ONE_REPORTS: [itemId: string, patch: Partial<ProgressInput>][] = [
  ['1-1-01', { status: '実施中', progress: 30, grade: 'B', savingsActual: { cut: 100, revenue: null } }],
  ['2-3-01', { status: '検討中', progress: 10, grade: 'C', issues: '人員不足', nextSteps: '体制強化' }],
];
