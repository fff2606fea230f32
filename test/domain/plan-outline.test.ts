// The pasted two-level list of pillars and reforms: indented or numbered reform lines under pillar lines.
import { parsePlanOutline } from '../../src/domain/plan-outline';
import { OTHER_CITY_OUTLINE } from '../support/new-plan';

describe('parsePlanOutline', () => {
  it('reads 5 pillars and 12 reforms numbered through the plan, whatever marks the lines carry', () => {
    const parsed = parsePlanOutline(OTHER_CITY_OUTLINE);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.pillars.map((p) => p.name)).toEqual([
      '市民サービスの向上',
      '公民連携の推進',
      '組織と人材',
      '財政の健全化',
      '公共施設の最適化',
    ]);
    expect(parsed.value.reforms).toHaveLength(12);
    expect(parsed.value.reforms[3]).toEqual({ no: 4, pillarNo: 2, name: '指定管理者制度の見直し' });
    expect(parsed.value.reforms[11]).toEqual({ no: 12, pillarNo: 5, name: '長寿命化の計画' });
  });

  it('takes unindented numbered reforms (1-1, （1）, ①), full-width spaces and digits, CRLF and blank lines', () => {
    const parsed = parsePlanOutline(
      '柱１　窓口\r\n1-1 電子申請\r\n\r\n（2）キャッシュレス\r\n第2 財政\r\n\u3000① 使用料の見直し\r\n',
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        pillars: [
          { no: 1, name: '窓口' },
          { no: 2, name: '財政' },
        ],
        reforms: [
          { no: 1, pillarNo: 1, name: '電子申請' },
          { no: 2, pillarNo: 1, name: 'キャッシュレス' },
          { no: 3, pillarNo: 2, name: '使用料の見直し' },
        ],
      },
    });
  });

  it('names the line of a reform before any pillar, a pillar without reforms and a line with no name', () => {
    const parsed = parsePlanOutline('  先頭の改革\n柱A\n  改革A\n柱B\n・\n柱C\n  改革C');
    if (parsed.ok) throw new Error('expected problems');
    expect(parsed.problems.map((p) => p.line)).toEqual([1, 4, 5]);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      '柱と改革: 1行目の改革より前に柱の行がありません',
      '柱と改革: 柱「柱B」の下に改革の行がありません',
      '柱と改革: 5行目に名称がありません',
    ]);
  });

  it('an empty text asks for the list', () => {
    const parsed = parsePlanOutline(' \n\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toMatch(/^柱と改革: /);
  });
});
