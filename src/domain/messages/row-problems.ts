// Japanese messages for problems found in a single register row, in the sidebars' words (FIELD_REASONS): the
// in-sheet note and the form say the same thing.
import { excerpt } from './excerpt';
import { FIELD_REASONS } from './fields';

export const ROW_PROBLEMS = {
  notANumber: (header: string) => `${header}: ${FIELD_REASONS.notNumber}`,
  negativeMoney: (header: string) => `${header}: 0以上の金額（千円）を入力してください`,
  moneyTooLarge: (header: string, max: string) => `${header}: ${max}千円以下の金額を入力してください`,
  percentRange: (header: string) => `${header}: ${FIELD_REASONS.range(0, 100)}`,
  required: (header: string) => `${header}: ${FIELD_REASONS.required}`,
  requiredChoice: (header: string) => `${header}: ${FIELD_REASONS.requiredChoice}`,
  idFormat: '取組ID: 「柱-改革-連番」（例: 1-2-03）の形式ではありません',
  idMissing: '取組ID: 取組IDがありません（取組は項目入力フォームから追加してください）',
  indicatorMissing: '指標: 指標が設定されていません',
  duplicateId: (id: string) => `取組ID: 「${excerpt(id)}」が複数の行にあります`,
} as const;
