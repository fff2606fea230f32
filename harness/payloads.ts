// Valid payloads of the server functions, any field replaced: an item for saveItem, a progress report for
// recordProgress, a meeting-report request for generateReport. Shared by the tests, the benchmark and the scripts.
import type { ProgressInput, ReportRequest } from '../src/domain/schemas';

/** A new item of 改革2 (pillar 1) for デジタル推進課, every field filled; `patch` may hold anything, valid or not. */
export function itemInput(patch: Record<string, unknown> = {}) {
  return {
    pillarNo: 1,
    reformNo: 2,
    title: '窓口のオンライン予約',
    description: '予約システムを導入する',
    department: 'デジタル推進課',
    relatedDepartments: ['企画政策課'],
    schedule: { '2022': '検討', '2023': '導入', '2024': '運用' },
    indicator: { name: 'オンライン予約件数', unit: '件', baseline: 0, target: 1200 },
    savingsPlan: { cut: 3000, revenue: null },
    ...patch,
  };
}

/** A valid progress report for R4-H1 (実施中, grade A, nothing else filled), with the given fields replaced. */
export function progressReport(
  itemId: string,
  requestId: string,
  baseRevision: number,
  patch: Partial<ProgressInput> = {},
): ProgressInput {
  return {
    requestId,
    itemId,
    baseRevision,
    roundId: 'R4-H1',
    status: '実施中',
    progress: 0,
    grade: 'A',
    indicatorActual: null,
    savingsActual: { cut: null, revenue: null },
    activity: '',
    issues: '',
    nextSteps: '',
    ...patch,
  };
}

/** A meeting report of R4-H1 with the built-in layout. */
export function reportRequest(patch: Partial<ReportRequest> = {}): ReportRequest {
  return {
    roundId: 'R4-H1',
    meetingName: '行財政改革推進本部会議',
    meetingDate: '2026-12-01',
    documentNo: '資料1',
    templateDocId: '',
    ...patch,
  };
}
