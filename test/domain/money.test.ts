// 千円 amounts with separators and percent rates with one decimal.
import {
  EMPTY_FIGURE,
  formatEffect,
  formatIndicatorValue,
  formatPercent,
  formatThousandYen,
  ratePercent,
} from '../../src/domain/money';

describe('money', () => {
  it('formats 千円 with thousands separators', () => {
    expect(formatThousandYen(1234567)).toBe('1,234,567');
    expect(formatThousandYen(999)).toBe('999');
    expect(formatThousandYen(1000)).toBe('1,000');
    expect(formatThousandYen(0)).toBe('0');
    expect(formatThousandYen(-1234.6)).toBe('-1,235');
  });
  it('shows empty amounts as a dash', () => {
    expect(EMPTY_FIGURE).toBe('—');
    expect(formatThousandYen(null)).toBe('—');
    expect(formatThousandYen(undefined)).toBe('—');
    expect(formatThousandYen(Number.NaN)).toBe('—');
  });
  it('formats rates with one decimal and no rate without a base', () => {
    expect(formatPercent(87.654)).toBe('87.7%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent(null)).toBe('—');
    expect(ratePercent(50, 200)).toBe(25);
    expect(ratePercent(50, 0)).toBeNull();
    expect(ratePercent(null, 100)).toBeNull();
  });
  it('shows a negative effect with △, not a minus sign', () => {
    expect(formatEffect(-1234.6)).toBe('△1,235');
    expect(formatEffect(-0.4)).toBe('0');
    expect(formatEffect(5000)).toBe('5,000');
    expect(formatEffect(null)).toBe('—');
  });
  it('shows an indicator value with separators, its fraction kept and △ when negative', () => {
    expect(formatIndicatorValue(1234.5)).toBe('1,234.5');
    expect(formatIndicatorValue(-1234567)).toBe('△1,234,567');
    expect(formatIndicatorValue(0)).toBe('0');
    expect(formatIndicatorValue(0.25)).toBe('0.25');
    expect(formatIndicatorValue(null)).toBe(EMPTY_FIGURE);
    expect(formatIndicatorValue(Number.NaN)).toBe(EMPTY_FIGURE);
  });
});
