// The benchmark's registers and operations: a set-up register grown to N items, and each operation as one call.
import type { Environment } from '../emulator';
import { progressReport } from '../harness/payloads';
import { growRegister, ok, setUpEnvironment } from '../harness/register';
import { runReport } from '../harness/report';
import type { ItemDetail } from '../src/domain/api';
import type { Operation } from './report';

/** A register of `items` items with a progress report on the first item, ready for every operation. */
export function registerOf(items: number): Environment {
  const env = setUpEnvironment();
  growRegister(env, items);
  return env;
}

/**
 * Each operation as the sidebar or menu would call it, answering what the sidebar receives; inputs are prepared
 * outside the measured call.
 */
export function operationsFor(env: Environment): [Operation, () => unknown][] {
  const detail = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-01', null]));
  const save = {
    id: '1-1-01',
    baseRevision: detail.item.revision,
    pillarNo: 1,
    reformNo: 1,
    title: detail.item.title,
    description: '対象手続を拡大する',
    department: detail.item.department,
    relatedDepartments: [],
    schedule: { '2022': '拡大', '2023': '拡大', '2024': '運用' },
    indicator: { name: '電子申請件数', unit: '件', baseline: 100, target: 1000 },
    savingsPlan: { cut: 2000, revenue: null },
  };
  const revision = ok<ItemDetail>(env.scriptRun('getItem', ['1-1-02', null])).item.revision;
  const report = progressReport('1-1-02', 'bench-request-0001', revision, {
    progress: 50,
    grade: 'B',
    indicatorActual: 10,
    savingsActual: { cut: 100, revenue: null },
    activity: '実施中',
  });
  return [
    ['setup', () => env.scriptRun('setupRegister', [])],
    ['listItems', () => env.scriptRun('listItems', [{}])],
    ['getItem', () => env.scriptRun('getItem', ['1-1-03', null])],
    ['saveItem', () => env.scriptRun('saveItem', [save])],
    ['recordProgress', () => env.scriptRun('recordProgress', [report])],
    ['validate', () => env.scriptRun('validateRegister', [])],
    ['aggregate', () => env.scriptRun('refreshSummary', [null])],
    ['report', () => runReport(env)],
  ];
}
