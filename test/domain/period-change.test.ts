// Where a changed plan period's 年度計画 columns go, and which leave: found by exact header, never by position.
import { leavingColumns, scheduleColumnsIn, yearInsertions } from '../../src/domain/period-change';

const HEAD = ['取組ID', '柱', '改革', '取組項目', '取組内容', '担当課', '関係課'];
const TAIL = ['指標', '版', '記録値'];

describe('the register header under a changed period', () => {
  const header = [...HEAD, '令和4年度計画', '令和5年度計画', '令和6年度計画', ...TAIL, '2025年度'];

  it('counts only the add-on’s own 年度計画 headers as schedule columns (a city’s 2025年度 is its own)', () => {
    expect(scheduleColumnsIn(header).map((c) => c.fiscalYear)).toEqual([2022, 2023, 2024]);
  });

  it('lists the leaving columns right to left', () => {
    expect(leavingColumns(header, { startFiscalYear: 2023, endFiscalYear: 2023 })).toEqual([
      { family: 'schedule', fiscalYear: 2024, at: 9 },
      { family: 'schedule', fiscalYear: 2022, at: 7 },
    ]);
  });

  it('inserts later years after the last one and earlier years before the first, each counting the ones before', () => {
    expect(yearInsertions(header, { startFiscalYear: 2020, endFiscalYear: 2026 })).toEqual([
      { family: 'schedule', fiscalYear: 2020, at: 7 },
      { family: 'schedule', fiscalYear: 2021, at: 8 },
      { family: 'schedule', fiscalYear: 2025, at: 12 },
      { family: 'schedule', fiscalYear: 2026, at: 13 },
    ]);
  });

  it('fills a gap in place, and without any 年度 column starts after 関係課', () => {
    const gap = [...HEAD, '令和4年度計画', '令和6年度計画', ...TAIL];
    expect(yearInsertions(gap, { startFiscalYear: 2022, endFiscalYear: 2024 })).toEqual([
      { family: 'schedule', fiscalYear: 2023, at: 8 },
    ]);
    expect(yearInsertions([...HEAD, ...TAIL], { startFiscalYear: 2025, endFiscalYear: 2026 })).toEqual([
      { family: 'schedule', fiscalYear: 2025, at: 7 },
      { family: 'schedule', fiscalYear: 2026, at: 8 },
    ]);
  });
});
