// Template placeholders: known scalars are filled, section markers are recognised only as a whole paragraph,
// and everything else between double braces is reported by name.
import { fillScalars, markerOf, unknownPlaceholders } from '../../src/domain/report/placeholders';

describe('template placeholders', () => {
  it('recognises a section marker only as a whole paragraph with a known section', () => {
    expect(markerOf('{{sections}}')).toEqual({ kind: 'all' });
    expect(markerOf('  {{ section:late }} ')).toEqual({ kind: 'section', id: 'late' });
    expect(markerOf('概要：{{section:overview}}')).toBeNull();
    expect(markerOf('{{section:budget}}')).toBeNull();
  });

  it('names every unknown placeholder once, including a marker that is not alone in its paragraph', () => {
    expect(unknownPlaceholders(['{{plan_name}} {{mayor}}', '{{mayor}}', '{{section:late}}'])).toEqual([
      'mayor',
    ]);
    expect(unknownPlaceholders(['前文 {{sections}}', '{{section:budget}}', '{{}}'])).toEqual([
      'sections',
      'section:budget',
      '',
    ]);
    expect(unknownPlaceholders(['{{city}}{{ round }}', '単一の { 括弧 }'])).toEqual([]);
  });

  it('fills scalars literally, whatever characters the value holds', () => {
    expect(
      fillScalars('{{meeting_name}}（{{ meeting_date }}）', {
        meeting_name: '会議 $1 $&',
        meeting_date: '令和元年5月1日',
      }),
    ).toBe('会議 $1 $&（令和元年5月1日）');
  });
});
