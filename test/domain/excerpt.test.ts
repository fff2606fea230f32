// Excerpts of untrusted text in messages: short text whole, long text cut at a character boundary with "…".
import { EXCERPT_MAX, excerpt, excerptList } from '../../src/domain/messages/excerpt';

describe('excerpt', () => {
  it('keeps short text whole and cuts long text to EXCERPT_MAX characters', () => {
    expect(excerpt('1-1-01')).toBe('1-1-01');
    expect(excerpt('x'.repeat(EXCERPT_MAX))).toBe('x'.repeat(EXCERPT_MAX));
    expect(excerpt('x'.repeat(1_000_000))).toBe(`${'x'.repeat(EXCERPT_MAX)}…`);
  });
  it('never splits a character made of two UTF-16 units, and notices text longer than it read', () => {
    const emoji = '😀'.repeat(EXCERPT_MAX + 1);
    expect(excerpt(emoji)).toBe(`${'😀'.repeat(EXCERPT_MAX)}…`);
    expect(excerpt('😀'.repeat(EXCERPT_MAX))).toBe('😀'.repeat(EXCERPT_MAX));
  });
  it('lists at most five excerpts and says how many more', () => {
    expect(excerptList(['a', 'b'])).toBe('a、b');
    expect(excerptList(['1', '2', '3', '4', '5', '6', '7'])).toBe('1、2、3、4、5 ほか2件');
  });
});
