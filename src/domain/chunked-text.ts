// A long text split into pieces of at most N UTF-8 bytes and joined back: a Properties value holds 9 KB at most, so
// a larger JSON (the last 集計 of a big register) is stored under several keys.
import { utf8Bytes } from './validation-page';

/** Splits `text` into pieces of at most `maxBytes` UTF-8 bytes each, never inside a surrogate pair. */
export function chunkText(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code < 0xdc00 && i + 1 < text.length;
    const size = utf8Bytes(pair ? text.slice(i, i + 2) : (text[i] as string));
    if (bytes + size > maxBytes) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  if (start < text.length || chunks.length === 0) chunks.push(text.slice(start));
  return chunks;
}
