// Template placeholders: known scalars are located (offsets and value) for filling, section markers are recognised only as a whole paragraph,
// and everything else between double braces is reported by name.
import { markerOf, placeholderSpans, unknownPlaceholders } from '../../src/domain/report/placeholders';

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

  it('locates each known scalar placeholder with its value as it is, and none in a section marker', () => {
    const text = '{{meeting_name}}（{{ meeting_date }}）{{mayor}}';
    const scalars = { meeting_name: '会議 $1 $&', meeting_date: '令和元年5月1日' };
    expect(placeholderSpans(text, scalars)).toEqual([
      { start: 0, end: 16, value: '会議 $1 $&' },
      { start: 17, end: 35, value: '令和元年5月1日' },
    ]);
    expect(text.slice(17, 35)).toBe('{{ meeting_date }}');
    expect(placeholderSpans('{{sections}}', { sections: 'x' })).toEqual([]);
  });
});
