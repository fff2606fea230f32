// 全国地方公共団体コード: the check digit of real codes, the remainders 0 and 1 (two-digit differences), and refusals.
import { checkDigit, localGovernmentCodeProblem } from '../../src/domain/local-government-code';

describe('全国地方公共団体コード', () => {
  it.each([
    ['112062', '行田市'],
    ['131016', '千代田区'],
    ['011002', '札幌市'],
    ['271004', '大阪市'],
    ['472018', '那覇市'],
  ])('accepts %s (%s)', (code) => {
    expect(localGovernmentCodeProblem(code)).toBeNull();
  });

  it('keeps the last digit of 11 − remainder: remainder 0 gives 1, remainder 1 gives 0', () => {
    // 00000: sum 0, remainder 0 → 11 → 1. 00006: sum 6 × 2 = 12, remainder 1 → 10 → 0.
    expect(checkDigit('00000')).toBe(1);
    expect(checkDigit('00006')).toBe(0);
  });

  it('refuses a wrong check digit and anything but six ASCII digits', () => {
    expect(localGovernmentCodeProblem('112061')).toBe('checkDigit');
    expect(localGovernmentCodeProblem('11206')).toBe('format');
    expect(localGovernmentCodeProblem('１１２０６２')).toBe('format');
    expect(localGovernmentCodeProblem('11206a')).toBe('format');
  });
});
