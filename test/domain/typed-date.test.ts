// The sidebars' date fields: what a Japanese user types is read as the ISO date the code keeps, year first.
import { isoDateFromTyped, slashDate } from '../../src/domain/typed-date';

it('reads a date typed year first, with slashes, hyphens, 年月日 or full-width digits', () => {
  for (const typed of [
    '2026/12/01',
    '2026/12/1',
    '2026-12-01',
    '2026.12.1',
    '2026年12月1日',
    '２０２６／１２／０１',
    ' 2026/12/01 ',
  ])
    expect(isoDateFromTyped(typed)).toBe('2026-12-01');
});

it('reads nothing from text that is no real calendar day or not year first', () => {
  for (const typed of [
    '',
    '2026/12',
    '12/01/2026',
    '01/12/2026',
    '2026/13/01',
    '2026/02/30',
    '2026/12/01 10:00',
    'R8.12.1',
  ])
    expect(isoDateFromTyped(typed)).toBeNull();
  expect(isoDateFromTyped('2028/02/29')).toBe('2028-02-29');
});

it('shows an ISO date year first with slashes, and other text as it is', () => {
  expect(slashDate('2026-12-01')).toBe('2026/12/01');
  expect(slashDate('')).toBe('');
  expect(slashDate('2026/1')).toBe('2026/1');
  expect(slashDate('2026-02-30')).toBe('2026-02-30');
});
