// Fiscal years, 和暦 names of fiscal years and dates, plan period labels and Tokyo ISO dates.
import {
  fiscalYearHeader,
  fiscalYearOf,
  fiscalYearOfHeader,
  fiscalYearOfInstant,
  fiscalYearOfIsoDate,
  formatIsoDate,
  formatWarekiDate,
  isoDateInTokyo,
  isoDateTimeInTokyo,
  parseIsoDate,
  planPeriodLabel,
  warekiFiscalYear,
} from '../../src/domain/fiscal-year';

describe('fiscal years', () => {
  it('run April to March', () => {
    expect(fiscalYearOf(2023, 4)).toBe(2023);
    expect(fiscalYearOf(2024, 3)).toBe(2023);
    expect(fiscalYearOfIsoDate('2024-03-31')).toBe(2023);
    expect(fiscalYearOfIsoDate('2024-04-01')).toBe(2024);
    expect(fiscalYearOfIsoDate('2024-02-30')).toBeNull();
  });
  it('are named in 和暦 with 元年', () => {
    expect(warekiFiscalYear(2019)).toBe('令和元年度');
    expect(warekiFiscalYear(2022)).toBe('令和4年度');
    expect(warekiFiscalYear(2018)).toBe('平成30年度');
    expect(warekiFiscalYear(1989)).toBe('平成元年度');
    expect(warekiFiscalYear(1988)).toBe('昭和63年度');
    expect(warekiFiscalYear(1970)).toBe('昭和45年度');
    expect(fiscalYearHeader(2024)).toBe('令和6年度計画');
  });
  it('label a plan period', () => {
    expect(planPeriodLabel(2022, 2024)).toBe('令和4〜6年度');
    expect(planPeriodLabel(2019, 2021)).toBe('令和元〜3年度');
    expect(planPeriodLabel(2018, 2020)).toBe('平成30〜令和2年度');
    expect(planPeriodLabel(2022, 2022)).toBe('令和4年度');
  });
});

describe('和暦 dates', () => {
  it('use the era in force on the day', () => {
    expect(formatWarekiDate('2023-11-24')).toBe('令和5年11月24日');
    expect(formatWarekiDate('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWarekiDate('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWarekiDate('1989-01-07')).toBe('昭和64年1月7日');
    expect(formatWarekiDate('1989-01-08')).toBe('平成元年1月8日');
    expect(formatWarekiDate('1926-12-25')).toBe('昭和元年12月25日');
    expect(formatWarekiDate({ year: 2020, month: 1, day: 2 })).toBe('令和2年1月2日');
    expect(formatWarekiDate('2023/11/24')).toBe('');
  });
});

describe('ISO dates', () => {
  it('parse only real days and format back', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2023-1-5')).toBeNull();
    expect(parseIsoDate('2023-13-01')).toBeNull();
    expect(formatIsoDate({ year: 2023, month: 1, day: 5 })).toBe('2023-01-05');
  });
  it('take the calendar day in Tokyo, whatever the machine zone', () => {
    const lateUtc = new Date('2024-03-31T15:30:00Z'); // 2024-04-01 00:30 in Tokyo
    expect(isoDateInTokyo(lateUtc)).toBe('2024-04-01');
    expect(isoDateTimeInTokyo(lateUtc)).toBe('2024-04-01T00:30:00+09:00');
    expect(fiscalYearOfInstant(lateUtc)).toBe(2024);
    expect(isoDateInTokyo(new Date('2024-03-31T14:59:59Z'))).toBe('2024-03-31');
  });
});

describe('fiscalYearOfHeader', () => {
  it.each([
    ['令和7年度計画', 2025],
    ['令和元年度', 2019],
    ['平成30年度', 2018],
    ['2025年度', 2025],
    ['２０２６年度計画', 2026],
    ['メモ', null],
    ['令和7年', null],
  ])('%s → %s', (header, year) => {
    expect(fiscalYearOfHeader(header)).toBe(year);
  });
});
