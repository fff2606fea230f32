// Splitting a long JSON over Properties values: every piece within the byte limit, joined back unchanged.
import fc from 'fast-check';
import { chunkText } from '../../src/domain/chunked-text';

it('splits any text into pieces of at most N UTF-8 bytes that join back to it', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.integer({ min: 4, max: 50 }),
      (text, max) => {
        const chunks = chunkText(text, max);
        expect(chunks.join('')).toBe(text);
        for (const chunk of chunks) expect(Buffer.byteLength(chunk)).toBeLessThanOrEqual(max);
        // No piece ends inside a surrogate pair (each piece is valid UTF-16 on its own).
        for (const chunk of chunks) expect(Buffer.from(chunk).toString()).toBe(chunk);
      },
    ),
  );
});
