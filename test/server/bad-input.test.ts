// A generated corpus of malformed arguments for every server function: each is refused with a Japanese
// message and leaves the spreadsheet (register, master, history) exactly as it was.
import fc from 'fast-check';
import type { ApiResult } from '../../src/domain/api';
import { LIMITS, MULTI_LINE_TEXT } from '../../src/domain/schemas';
import { progressReport, setUpEnvironment } from '../support/register';

const hostile = fc.oneof(
  fc.constantFrom(null, 42, -1, true, 'text', [], {}, [1, 2, 3], { __proto__: null }, Number.NaN),
  fc.constantFrom(
    '=IMPORTXML("http://x","//a")',
    '<img src=x onerror=alert(1)>',
    '\u0000\u0007',
    'x'.repeat(100_000),
  ),
  fc.dictionary(
    fc.string({ maxLength: 12 }),
    fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null)),
  ),
);

const VALID_REPORT: Record<string, unknown> = {
  ...progressReport('1-1-01', 'req-bad-input-01', 1),
  progress: 10,
};
const FREE_TEXT = ['activity', 'issues', 'nextSteps'];

/** What google.script.run would deliver (NaN becomes null, undefined disappears). */
const delivered = (payload: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;

/** Some replacements are still a valid report: the same value after copying, any number as the indicator's
 * actual, a percentage as progress, ordinary text in a text field. */
function stillValid(field: string, payload: Record<string, unknown>): boolean {
  const value = payload[field];
  if (JSON.stringify(payload) === JSON.stringify(VALID_REPORT)) return true;
  if (field === 'indicatorActual' && typeof value === 'number') return true;
  if (field === 'progress' && Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100)
    return true;
  return (
    FREE_TEXT.includes(field) &&
    typeof value === 'string' &&
    value.trim().length <= LIMITS.longText &&
    MULTI_LINE_TEXT.test(value)
  );
}

/** A valid report with one field replaced by something hostile, or removed. */
const brokenProgress = fc
  .tuple(fc.constantFrom(...Object.keys(VALID_REPORT)), fc.oneof(hostile, fc.constant(undefined)))
  .map(([field, value]) => {
    const payload = { ...VALID_REPORT };
    if (value === undefined) delete payload[field];
    else payload[field] = value;
    return { field, payload: delivered(payload) };
  })
  .filter(({ field, payload }) => !stillValid(field, payload))
  .map(({ payload }) => payload);

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('malformed arguments', () => {
  const env = setUpEnvironment();
  const snapshot = () => JSON.stringify(env.toJSON().spreadsheet);
  const refusedWithoutChange = (fn: string, args: unknown[]) => {
    const before = snapshot();
    let result: ApiResult<unknown>;
    try {
      result = env.scriptRun(fn, JSON.parse(JSON.stringify(args)) as unknown[]) as ApiResult<unknown>;
    } catch (error) {
      // A value google.script.run itself cannot carry never reaches the server.
      expect((error as Error).message).toMatch(/google\.script\.run/);
      return;
    }
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(japanese);
    expect(snapshot()).toBe(before);
  };

  it('recordProgress refuses every broken report', () => {
    fc.assert(
      fc.property(brokenProgress, (payload) => refusedWithoutChange('recordProgress', [payload])),
      { numRuns: 60 },
    );
  });

  it('saveItem refuses hostile payloads', () => {
    fc.assert(
      fc.property(hostile, (payload) => refusedWithoutChange('saveItem', [payload])),
      { numRuns: 40 },
    );
  });

  it('listItems, getItem and refreshSummary refuse hostile filters, unknown IDs and unknown rounds', () => {
    refusedWithoutChange('listItems', [{ pillarNo: 'x' }]);
    refusedWithoutChange('listItems', [{ query: 'x'.repeat(500) }]);
    refusedWithoutChange('listItems', [{ roundId: 'R9-H9' }]);
    refusedWithoutChange('getItem', ['9-9-99', null]);
    refusedWithoutChange('getItem', ['<img src=x onerror=alert(1)>', null]);
    refusedWithoutChange('getItem', ['1-1-01', 'R9-H9']);
    refusedWithoutChange('refreshSummary', ['=IMPORTXML("x")']);
  });

  it('selectCell refuses anything but one cell of the register, and selects nothing', () => {
    const cellLike = fc.constantFrom('A1:B2', "'台帳'!B3", 'b3', 'A0', 'R1C1', ' B3', 'ZZZ9', 'A99999', '');
    fc.assert(
      fc.property(fc.oneof(hostile, cellLike), (a1) => {
        refusedWithoutChange('selectCell', [a1]);
        expect(env.services.ui.selections).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
