// The default plan a new register is seeded with: Gyoda City's 行財政集中改革プラン2022 (4 pillars, 8 reforms, 20 items).
import { warekiFiscalYear } from './fiscal-year';
import { emptyItem, emptyTargets } from './row-codec';
import type { Item, Master, Round } from './schemas';

const START_FY = 2022;
const END_FY = 2024;

/** Reporting rounds: 上半期 and 下半期 of every fiscal year of the plan period, e.g. 'R4-H1' '令和4年度 上半期'. */
export function halfYearRounds(startFiscalYear: number, endFiscalYear: number): Round[] {
  const rounds: Round[] = [];
  for (let fy = startFiscalYear; fy <= endFiscalYear; fy++) {
    const prefix = fy >= 2019 ? `R${fy - 2018}` : `H${fy - 1988}`;
    rounds.push({ id: `${prefix}-H1`, label: `${warekiFiscalYear(fy)} 上半期`, fiscalYear: fy });
    rounds.push({ id: `${prefix}-H2`, label: `${warekiFiscalYear(fy)} 下半期`, fiscalYear: fy });
  }
  return rounds;
}

/**
 * Departments are illustrative: the seed names none, so these are generic municipal section names
 * a city replaces with its own. No members: with no mapping, every editor may do everything.
 */
const DEPARTMENTS = [
  'デジタル推進課',
  '企画政策課',
  '財政課',
  '資産管理課',
  '教育総務課',
  '人事課',
  '税務課',
  '上下水道課',
] as const;

export const SEED_MASTER: Master = {
  planName: '行財政集中改革プラン2022',
  city: '行田市',
  localGovernmentCode: '112062',
  period: { startFiscalYear: START_FY, endFiscalYear: END_FY },
  pillars: [
    { no: 1, name: 'スマート自治体への転換による市民サービスの向上' },
    { no: 2, name: '民間活力等の活用や協働の推進' },
    { no: 3, name: '効率的・効果的な行政運営へ市役所風土を変革' },
    { no: 4, name: '持続可能な財政運営の実現' },
  ],
  reforms: [
    { no: 1, pillarNo: 1, name: 'ニューノーマルを意識した便利なサービス' },
    { no: 2, pillarNo: 1, name: 'デジタル技術を活用した頼りになるサービス' },
    { no: 3, pillarNo: 2, name: '公共施設への民間活力の活用' },
    { no: 4, pillarNo: 2, name: '民間や他自治体との協力・連携による行政手法の多様化' },
    { no: 5, pillarNo: 3, name: 'AI等新技術を活用した働き方改革' },
    { no: 6, pillarNo: 3, name: '時代や状況の変化への弾力的な対応する組織' },
    { no: 7, pillarNo: 4, name: '歳入確保と歳出抑制による健全財政の堅持' },
    { no: 8, pillarNo: 4, name: '市有施設等の適正な管理・活用' },
  ],
  departments: DEPARTMENTS.map((name) => ({ name, members: [] })),
  planOffice: [],
  statuses: [
    { name: '未着手', role: 'notStarted' },
    { name: '検討中', role: 'considering' },
    { name: '実施中', role: 'inProgress' },
    { name: '完了', role: 'done' },
    { name: '延期', role: 'postponed' },
    { name: '中止', role: 'cancelled' },
  ],
  grades: [
    { code: 'A', label: '計画どおり', late: false },
    { code: 'B', label: 'やや遅れ', late: false },
    { code: 'C', label: '遅れ', late: true },
    { code: 'D', label: '大幅な遅れ', late: true },
  ],
  rounds: halfYearRounds(START_FY, END_FY),
  currentRoundId: 'R4-H1',
};

/** The seed's 20 example items per reform number, with the (illustrative) responsible department. */
const SEED_ITEMS: { reformNo: number; title: string; department: (typeof DEPARTMENTS)[number] }[] = [
  { reformNo: 1, title: '電子申請サービスの拡大', department: 'デジタル推進課' },
  { reformNo: 1, title: '公共施設予約システム導入による申請手続の簡素化', department: '資産管理課' },
  { reformNo: 1, title: 'キャッシュレス決済の拡大', department: '財政課' },
  { reformNo: 2, title: 'GIGAスクール構想の推進', department: '教育総務課' },
  { reformNo: 2, title: 'AI等の新技術を活用した市民への新サービスの提供', department: 'デジタル推進課' },
  { reformNo: 2, title: '行政情報発信の充実', department: '企画政策課' },
  { reformNo: 3, title: '指定管理者制度活用施設の見直し', department: '資産管理課' },
  { reformNo: 3, title: '公共施設維持管理業務の包括委託の検討', department: '資産管理課' },
  { reformNo: 4, title: '民間企業・大学等との連携による各種事業の展開', department: '企画政策課' },
  { reformNo: 4, title: '他自治体との広域連携の推進', department: '企画政策課' },
  { reformNo: 5, title: 'AI及びRPA等の活用', department: 'デジタル推進課' },
  { reformNo: 5, title: 'テレワークの実施', department: '人事課' },
  { reformNo: 6, title: 'ペーパーレス化', department: 'デジタル推進課' },
  { reformNo: 6, title: 'スマート自治体への組織体制の構築', department: '人事課' },
  { reformNo: 6, title: '事務事業のスリム化', department: '企画政策課' },
  { reformNo: 7, title: '使用料、手数料の見直し', department: '財政課' },
  { reformNo: 7, title: '市税等徴収強化', department: '税務課' },
  { reformNo: 7, title: '地方公営企業の経営健全化', department: '上下水道課' },
  { reformNo: 8, title: '公共施設の有効活用', department: '資産管理課' },
  { reformNo: 8, title: '遊休市有地の売却または貸付', department: '資産管理課' },
];

/** The seed items as register rows, stamped with who seeded them and when (ISO date-time). */
export function seedItems(nowIso: string, user: string, master: Master = SEED_MASTER): Item[] {
  const sequence = new Map<number, number>();
  const notStarted = master.statuses.find((s) => s.role === 'notStarted')?.name ?? '';
  return SEED_ITEMS.map(({ reformNo, title, department }) => {
    const pillarNo = master.reforms.find((r) => r.no === reformNo)?.pillarNo ?? 1;
    const seq = (sequence.get(reformNo) ?? 0) + 1;
    sequence.set(reformNo, seq);
    const schedule: Record<string, string> = {};
    for (let fy = master.period.startFiscalYear; fy <= master.period.endFiscalYear; fy++)
      schedule[String(fy)] = '';
    return {
      ...emptyItem(`${pillarNo}-${reformNo}-${String(seq).padStart(2, '0')}`),
      pillarNo,
      reformNo,
      title,
      department,
      schedule,
      ...emptyTargets(master.period),
      status: notStarted,
      progress: 0,
      updatedBy: user,
      updatedAt: nowIso,
      revision: 1,
    };
  });
}
