// Japanese messages for problems found in a single register row.

export const ROW_PROBLEMS = {
  notANumber: (header: string) => `${header}: 数値で入力してください`,
  negativeMoney: (header: string) => `${header}: 0以上の金額（千円）を入力してください`,
  percentRange: (header: string) => `${header}: 0から100の範囲で入力してください`,
  required: (header: string) => `${header}: 入力してください`,
} as const;
