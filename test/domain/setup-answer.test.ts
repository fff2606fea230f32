// Set-up's answer names the next step: rounds are opened (with their deadline) in 報告回の管理, never typed into
// マスタ; a new plan starts with its items; a repair sends the user to 台帳の検証.
import type { SetupResult } from '../../src/domain/api';
import { MENU, ROUNDS, setupAnswer } from '../../src/domain/messages';

const result = (patch: Partial<SetupResult> = {}): SetupResult => ({
  created: ['台帳', 'マスタ'],
  repaired: [],
  seeded: false,
  masterEditors: ['kikaku@city.example.jp'],
  planOfficeAdded: null,
  planOfficeMissing: false,
  periodChange: null,
  ...patch,
});

it('a new plan: items first, then members in マスタ, then a round opened in 報告回の管理', () => {
  const text = setupAnswer(
    result({ planOfficeAdded: 'kikaku@city.example.jp' }),
    '所沢市行財政改革プラン',
  ).join('');
  expect(text).toContain(`次に「${MENU.item}」で取組項目を登録し`);
  expect(text).toContain(`「${ROUNDS.menu}」で報告回を開始し、締切日を決めてください`);
  expect(text).not.toContain('報告回と締切を登録');
  expect(text.indexOf(MENU.item)).toBeLessThan(text.indexOf(ROUNDS.menu));
});

it('the sample: addresses in マスタ, then a round opened in 報告回の管理, not typed into マスタ', () => {
  const text = setupAnswer(result({ seeded: true }), null).join('');
  expect(text).toContain('次に「マスタ」シートで、行革担当と各担当課のメールアドレスを登録し');
  expect(text).toContain(`「${ROUNDS.menu}」で報告回を開始し`);
  expect(text).not.toContain('報告回と締切を登録');
  expect(text).not.toContain(`「${MENU.item}」で取組項目を登録`);
});

it('a repair: 台帳の検証 next', () => {
  const text = setupAnswer(result({ created: [], repaired: ['台帳!保護'] }), null).join('');
  expect(text).toContain('次に「台帳の検証」で');
  expect(text).not.toContain(ROUNDS.menu);
});
