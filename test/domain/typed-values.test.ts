// Typed dates and numbers: every form people type is read as they meant it; impossible days and era dates
// outside their era are refused, never shifted to a neighbouring day.
import { parseDateText, readDateCell, readNumberCell } from '../../src/domain/typed-values';

describe('typed dates', () => {
  it.each([
    ['2022/10/31', '2022-10-31'],
    ['2022/1/5', '2022-01-05'],
    ['2022-10-31', '2022-10-31'],
    ['2022.10.31', '2022-10-31'],
    ['2022年10月31日', '2022-10-31'],
    ['令和4年10月31日', '2022-10-31'],
    ['令和元年5月1日', '2019-05-01'],
    ['R4.10.31', '2022-10-31'],
    ['R4/10/31', '2022-10-31'],
    ['r4.10.31', '2022-10-31'],
    ['H31.4.30', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['昭和64年1月7日', '1989-01-07'],
    ['大正元年7月30日', '1912-07-30'],
    ['明治45年7月29日', '1912-07-29'],
    ['２０２２／１０／３１', '2022-10-31'],
    ['令和４年１０月３１日', '2022-10-31'],
    ['Ｒ４．１０．３１', '2022-10-31'],
    [' 2022/10/31　', '2022-10-31'],
  ])('reads %s as %s', (typed, iso) => {
    expect(readDateCell(typed)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['令和4年2月30日', 'no such day'],
    ['2023-02-29', 'not a leap year'],
    ['2022/13/1', 'no 13th month'],
    ['令和元年4月30日', 'before 令和 began'],
    ['R1.4.30', 'before 令和 began'],
    ['平成31年5月1日', 'on the first day of 令和'],
    ['平成元年1月7日', 'before 平成 began'],
    ['明治5年12月2日', 'a lunar-calendar 明治 date'],
    ['令和0年5月1日', 'era year 0'],
    ['X4.10.31', 'no such era'],
    ['来週の金曜', 'no date'],
    ['22/10/31', 'a two-digit year'],
    ['2022/10', 'no day'],
  ])('refuses %s (%s)', (typed) => {
    expect(parseDateText(typed)).toBeNull();
    expect(readDateCell(typed)).toEqual({ ok: false });
  });

  it('reads a Date cell as its day in Tokyo, whatever the machine zone', () => {
    // 2022-10-30T15:00Z is midnight of 31 October in Tokyo.
    expect(readDateCell(new Date('2022-10-30T15:00:00Z'))).toEqual({ ok: true, value: '2022-10-31' });
    expect(readDateCell(new Date(Number.NaN))).toEqual({ ok: false });
  });

  it('reads a blank cell as no date, and a number or a boolean as no date', () => {
    expect(readDateCell('')).toEqual({ ok: true, value: null });
    expect(readDateCell('　')).toEqual({ ok: true, value: null });
    expect(readDateCell(undefined)).toEqual({ ok: true, value: null });
    expect(readDateCell(44865)).toEqual({ ok: false });
    expect(readDateCell(true)).toEqual({ ok: false });
  });
});

describe('typed numbers', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['１２３４', 1234],
    ['１，２３４', 1234],
    ['△500', -500],
    ['▲1,200', -1200],
    ['△ 500', -500],
    ['-12.5', -12.5],
    ['－３', -3],
    ['+7', 7],
    ['  42 ', 42],
    ['　４２　', 42],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1,5', 15],
  ])('reads %s as %d', (typed, value) => {
    expect(readNumberCell(typed)).toEqual({ ok: true, value });
  });

  it.each([',5', '5,', '1,,234', '1,.5', '1.2.3', 'abc', '１２a', '△', '△-5', '1e999', '50%', '¥100'])(
    'refuses %s',
    (typed) => {
      expect(readNumberCell(typed)).toEqual({ ok: false });
    },
  );

  it('keeps number cells, reads blanks as nothing and refuses what is no number', () => {
    expect(readNumberCell(-3)).toEqual({ ok: true, value: -3 });
    expect(readNumberCell(Number.POSITIVE_INFINITY)).toEqual({ ok: false });
    expect(readNumberCell('')).toEqual({ ok: true, value: null });
    expect(readNumberCell(undefined)).toEqual({ ok: true, value: null });
    expect(readNumberCell(true)).toEqual({ ok: false });
    expect(readNumberCell(new Date())).toEqual({ ok: false });
  });
});
