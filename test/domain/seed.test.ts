// The seed plan: 4 pillars, 8 reforms, 20 items, titles exactly as in product.md, and a master that validates.

import { ItemSchema, MasterSchema } from '../../src/domain/schemas';
import { SEED_MASTER, seedItems } from '../../src/domain/seed';

const REFORM_TITLES: Record<number, string[]> = {
  1: ['電子申請サービスの拡大', '公共施設予約システム導入による申請手続の簡素化', 'キャッシュレス決済の拡大'],
  2: ['GIGAスクール構想の推進', 'AI等の新技術を活用した市民への新サービスの提供', '行政情報発信の充実'],
  3: ['指定管理者制度活用施設の見直し', '公共施設維持管理業務の包括委託の検討'],
  4: ['民間企業・大学等との連携による各種事業の展開', '他自治体との広域連携の推進'],
  5: ['AI及びRPA等の活用', 'テレワークの実施'],
  6: ['ペーパーレス化', 'スマート自治体への組織体制の構築', '事務事業のスリム化'],
  7: ['使用料、手数料の見直し', '市税等徴収強化', '地方公営企業の経営健全化'],
  8: ['公共施設の有効活用', '遊休市有地の売却または貸付'],
};

describe('SEED_MASTER', () => {
  it('passes MasterSchema unchanged', () => {
    expect(MasterSchema.parse(SEED_MASTER)).toEqual(SEED_MASTER);
  });
  it('has the plan, city, period, 4 pillars and 8 reforms numbered through the plan', () => {
    expect(SEED_MASTER.planName).toBe('行財政集中改革プラン2022');
    expect(SEED_MASTER.city).toBe('行田市');
    expect(SEED_MASTER.period).toEqual({ startFiscalYear: 2022, endFiscalYear: 2024 });
    expect(SEED_MASTER.pillars.map((p) => p.no)).toEqual([1, 2, 3, 4]);
    expect(SEED_MASTER.pillars[2]?.name).toBe('効率的・効果的な行政運営へ市役所風土を変革');
    expect(SEED_MASTER.reforms.map((r) => [r.no, r.pillarNo])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 2],
      [5, 3],
      [6, 3],
      [7, 4],
      [8, 4],
    ]);
    expect(SEED_MASTER.reforms[4]?.name).toBe('AI等新技術を活用した働き方改革');
  });
  it('has the statuses with roles, A–D with C and D late, and half-year rounds for FY2022–2024', () => {
    expect(SEED_MASTER.statuses.map((s) => `${s.name}:${s.role}`)).toEqual([
      '未着手:notStarted',
      '検討中:considering',
      '実施中:inProgress',
      '完了:done',
      '延期:postponed',
      '中止:cancelled',
    ]);
    expect(SEED_MASTER.grades.map((g) => `${g.code}:${g.late}`)).toEqual([
      'A:false',
      'B:false',
      'C:true',
      'D:true',
    ]);
    expect(SEED_MASTER.rounds.map((r) => r.id)).toEqual([
      'R4-H1',
      'R4-H2',
      'R5-H1',
      'R5-H2',
      'R6-H1',
      'R6-H2',
    ]);
    expect(SEED_MASTER.rounds[2]).toEqual({ id: 'R5-H1', label: '令和5年度 上半期', fiscalYear: 2023 });
    expect(SEED_MASTER.planOffice).toEqual([]);
    expect(SEED_MASTER.departments.every((d) => d.members.length === 0)).toBe(true);
  });
});

describe('seedItems', () => {
  const items = seedItems('2022-04-01T09:00:00+09:00', 'office@example.jp');
  it('gives the 20 items with the titles of each reform exactly as in product.md', () => {
    expect(items).toHaveLength(20);
    for (const [reformNo, titles] of Object.entries(REFORM_TITLES)) {
      expect(items.filter((i) => i.reformNo === Number(reformNo)).map((i) => i.title)).toEqual(titles);
    }
  });
  it('numbers items pillar-reform-seq, unique, and each validates with a known department and status', () => {
    expect(items.slice(0, 4).map((i) => i.id)).toEqual(['1-1-01', '1-1-02', '1-1-03', '1-2-01']);
    expect(items[19]?.id).toBe('4-8-02');
    expect(new Set(items.map((i) => i.id)).size).toBe(20);
    const departments = new Set(SEED_MASTER.departments.map((d) => d.name));
    for (const item of items) {
      expect(ItemSchema.parse(item)).toEqual(item);
      expect(departments.has(item.department)).toBe(true);
      expect(item).toMatchObject({ status: '未着手', progress: 0, grade: '', revision: 1 });
      expect(Object.keys(item.schedule)).toEqual(['2022', '2023', '2024']);
    }
  });
});
