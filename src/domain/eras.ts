// The Japanese eras (元号) since the Gregorian calendar: each era's name, Latin initial and first day.
import type { DateParts } from './fiscal-year';

export interface Era {
  name: string;
  /** The initial used in short dates: R4.10.31, H31/4/30. */
  initial: string;
  start: DateParts;
}

/**
 * Newest first; a date belongs to the first era that began on or before it. 明治 counts from 明治6年1月1日
 * (1873-01-01), when Japan adopted the Gregorian calendar: earlier 明治 dates are lunar-calendar dates, which no
 * arithmetic on the year turns into a Gregorian day, so they are refused rather than misread. Its era years
 * still count from 1868 (明治元年).
 */
export const ERAS: readonly (Era & { firstYear: number })[] = [
  { name: '令和', initial: 'R', start: { year: 2019, month: 5, day: 1 }, firstYear: 2019 },
  { name: '平成', initial: 'H', start: { year: 1989, month: 1, day: 8 }, firstYear: 1989 },
  { name: '昭和', initial: 'S', start: { year: 1926, month: 12, day: 25 }, firstYear: 1926 },
  { name: '大正', initial: 'T', start: { year: 1912, month: 7, day: 30 }, firstYear: 1912 },
  { name: '明治', initial: 'M', start: { year: 1873, month: 1, day: 1 }, firstYear: 1868 },
];
