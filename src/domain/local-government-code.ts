// 全国地方公共団体コード (JIS X 0402): 6 digits, the last a check digit — the first five weighted 6, 5, 4, 3, 2,
// summed, taken modulo 11, subtracted from 11, last digit kept (総務省; e.g. 行田市 11206 → 112062).

const WEIGHTS = [6, 5, 4, 3, 2] as const;

/** The check digit of a five-digit code. */
export function checkDigit(fiveDigits: string): number {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(fiveDigits[i]), 0);
  return (11 - (sum % 11)) % 10;
}

export type CodeProblem = 'format' | 'checkDigit';

/** Why a typed 団体コード is not one (null when it is): six ASCII digits whose last is the check digit. */
export function localGovernmentCodeProblem(code: string): CodeProblem | null {
  if (!/^\d{6}$/.test(code)) return 'format';
  return checkDigit(code.slice(0, 5)) === Number(code[5]) ? null : 'checkDigit';
}
