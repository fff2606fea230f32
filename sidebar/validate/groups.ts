// Problems grouped by item (ID, or the row for a row without ID), in register order, errors first in each group.
import type { Problem } from '../../src/domain/api';

export interface ProblemGroup {
  key: string;
  itemId: string;
  itemTitle: string;
  problems: Problem[];
}

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
  for (const group of groups.values()) {
    group.problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  }
  return [...groups.values()];
}
