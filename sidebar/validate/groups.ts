// The loaded problems as the sidebar lists them: errors grouped by item (in sheet order), and warnings grouped by
// rule and message with the whole register's count, so twenty 「指標が設定されていません」 are one line.
import type { Problem, WarningGroup } from '../../src/domain/api';

export interface ProblemGroup {
  key: string;
  itemId: string;
  itemTitle: string;
  problems: Problem[];
}

/** Problems grouped by item (ID, or the row for a row without ID), in sheet order. */
export function groupByItem(problems: Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  for (const problem of sorted) {
    const key = problem.itemId || `row:${problem.row}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, itemId: problem.itemId, itemTitle: problem.itemTitle, problems: [] };
      groups.set(key, group);
    }
    group.problems.push(problem);
  }
  return [...groups.values()];
}

export interface LoadedWarningGroup extends WarningGroup {
  key: string;
  /** The warnings of this group loaded so far (the first pages), in sheet order. */
  loaded: Problem[];
}

const keyOf = (rule: string, message: string) => `${rule}\u0000${message}`;

/** The server's warning groups (most frequent first) with the loaded warnings of each. */
export function groupWarnings(groups: WarningGroup[], loaded: Problem[]): LoadedWarningGroup[] {
  const byKey = new Map<string, Problem[]>();
  for (const p of loaded) {
    if (p.severity !== 'warning') continue;
    const key = keyOf(p.rule, p.message);
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  return groups.map((g) => {
    const key = keyOf(g.rule, g.message);
    return { ...g, key, loaded: byKey.get(key) ?? [] };
  });
}
