// A new plan for set-up, as the set-up sidebar sends it: another city, 所沢市 (11208 → 112089; the plan itself is made up: 5 pillars, 12 reforms, 令和7〜10年度).
import type { NewPlan } from '../../src/domain/new-plan';

export const OTHER_CITY = { city: '所沢市', code: '112089', planName: '行財政改革プラン（試験用）' };

/** The pasted two-level list of that plan: pillar lines, reform lines indented or numbered. */
export const OTHER_CITY_OUTLINE = [
  '1. 市民サービスの向上',
  '  窓口のデジタル化',
  '  オンライン手続の拡大',
  '  情報発信の充実',
  '2. 公民連携の推進',
  '  (1) 指定管理者制度の見直し',
  '  (2) 包括委託の導入',
  '3. 組織と人材',
  '  ・働き方改革',
  '  ・職員の育成',
  '4. 財政の健全化',
  '  歳入の確保',
  '  歳出の抑制',
  '5. 公共施設の最適化',
  '  施設の統廃合',
  '  遊休地の活用',
  '  長寿命化の計画',
].join('\n');

/** The same plan as structured fields, with `patch` replacing any of them (valid or not). */
export function newPlan(patch: Record<string, unknown> = {}): NewPlan {
  const reformsPerPillar = [3, 2, 2, 2, 3];
  let no = 0;
  return {
    plan: 'new',
    planName: OTHER_CITY.planName,
    city: OTHER_CITY.city,
    localGovernmentCode: OTHER_CITY.code,
    period: { startFiscalYear: 2025, endFiscalYear: 2028 },
    pillars: reformsPerPillar.map((_, i) => ({ no: i + 1, name: `柱${i + 1}の名称` })),
    reforms: reformsPerPillar.flatMap((count, i) =>
      Array.from({ length: count }, () => ({ no: ++no, pillarNo: i + 1, name: `改革${no}の名称` })),
    ),
    departments: ['総務課', '財政課'],
    ...patch,
  } as NewPlan;
}
