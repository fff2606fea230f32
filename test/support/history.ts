// A progress report as a history row, for the pure domain tests: only the fields a test names matter.
import type { HistoryEntry } from '../../src/domain/schemas';

export function progressEntry(itemId: string, roundId: string, fields: Partial<HistoryEntry>): HistoryEntry {
  return {
    at: '2026-11-25T10:00:00+09:00',
    user: 'staff@city.gyoda.example.jp',
    kind: 'progress',
    requestId: `${itemId}-${roundId}-${fields.status ?? ''}${fields.grade ?? ''}`,
    itemId,
    revision: 2,
    roundId,
    status: '',
    progress: null,
    grade: '',
    indicatorActual: null,
    savingsActual: { cut: null, revenue: null },
    activity: '',
    issues: '',
    nextSteps: '',
    changes: '',
    ...fields,
  };
}
