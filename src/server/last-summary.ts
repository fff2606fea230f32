// The last 集計 written, kept in DocumentProperties so the 集計 sidebar opens on it with one cheap read (no register
// read). Properties rather than the 集計 sheet: the sheet holds the figures laid out for people (merged titles,
// formatted percentages), which would have to be parsed back; a property holds the very answer refreshSummary gave,
// and reading all of them is one call. A value holds 9 KB at most, so the JSON is split over several keys.
import type { LastSummary, Summary } from '../domain/api';
import { chunkText } from '../domain/chunked-text';

const KEY = 'lastSummary';
/** Below the 9 KB a key and its value may take together (apps-script-facts §7). */
const CHUNK_BYTES = 8_000;
/** Larger answers are not kept (the store holds 500 KB in all): the sidebar then opens without last figures. */
const MAX_BYTES = 200_000;

export function rememberSummary(summary: Summary, at: string): void {
  const chunks = chunkText(JSON.stringify({ summary, at } satisfies LastSummary), CHUNK_BYTES);
  const properties: Record<string, string> = { [KEY]: String(chunks.length) };
  if (chunks.length * CHUNK_BYTES > MAX_BYTES) properties[KEY] = '0';
  else for (const [i, chunk] of chunks.entries()) properties[`${KEY}.${i}`] = chunk;
  PropertiesService.getDocumentProperties().setProperties(properties);
}

/** The last 集計 kept, or null when there is none (or what is kept cannot be read back). */
export function lastSummary(): LastSummary | null {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  const count = Number(stored[KEY] ?? 0);
  if (!Number.isSafeInteger(count) || count <= 0) return null;
  const parts = Array.from({ length: count }, (_, i) => stored[`${KEY}.${i}`]);
  if (parts.some((p) => p === undefined)) return null;
  try {
    return JSON.parse(parts.join('')) as LastSummary;
  } catch {
    return null;
  }
}
