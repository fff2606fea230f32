// Field values as the stale-edit table shows them: never JSON.
import { formatFieldValue } from '../../src/domain/field-values';

describe('formatFieldValue', () => {
  it('shows text as typed, without quotes', () => {
    expect(formatFieldValue('title', 'B案')).toBe('B案');
  });
  it('shows 千円 amounts with separators and an empty amount as 未入力', () => {
    expect(formatFieldValue('savingsPlan', { cut: 5, revenue: null })).toBe(
      '歳出削減 5千円、歳入確保 未入力',
    );
    expect(formatFieldValue('savingsActual.cut', 1234567)).toBe('1,234,567千円');
  });
  it('shows nothing entered as 未入力', () => {
    for (const empty of ['', null, undefined, [], {}, { cut: null, revenue: null }])
      expect(formatFieldValue('savingsPlan', empty)).toBe('未入力');
  });
  it('names the parts of a group and joins a list with 、', () => {
    expect(formatFieldValue('schedule', { '2022': '検討', '2023': '' })).toBe(
      '令和4年度計画 検討、令和5年度計画 未入力',
    );
    expect(formatFieldValue('relatedDepartments', ['企画政策課', '財政課'])).toBe('企画政策課、財政課');
    expect(formatFieldValue('indicator', { name: '予約件数', unit: '件', baseline: 0, target: 1200 })).toBe(
      '指標 予約件数、単位 件、基準値 0、目標値 1200',
    );
    expect(formatFieldValue('progress', 50)).toBe('50%');
  });
});
