// The last answers of the sidebars' long operations (集計, 台帳の検証, the history check), kept in DocumentProperties
// so a sidebar opens on them with one cheap read (no register read). Properties rather than a sheet: a sheet holds
// figures laid out for people, which would have to be parsed back; a property holds the very answer the operation
// gave, and reading all of them is one call. A value holds 9 KB at most, so each JSON is split over several keys.
import { chunkText } from '../domain/chunked-text';

/** The answers kept, each under its own key (the key of 集計 predates the others and stays as it was). */
export const KEPT = {
  summary: 'lastSummary',
  validation: 'lastValidation',
  historyCheck: 'lastHistoryCheck',
} as const;
type KeptKey = (typeof KEPT)[keyof typeof KEPT];

/** Below the 9 KB a key and its value may take together (apps-script-facts §7). */
const CHUNK_BYTES = 8_000;
/** Larger answers are not kept (the store holds 500 KB in all): the sidebar then opens without last results. */
const MAX_BYTES = 200_000;

/** Keeps `answer` under `key` in one setProperties, replacing what was kept there. */
export function keepAnswer(key: KeptKey, answer: unknown): void {
  const chunks = chunkText(JSON.stringify(answer), CHUNK_BYTES);
  const properties: Record<string, string> = { [key]: String(chunks.length) };
  if (chunks.length * CHUNK_BYTES > MAX_BYTES) properties[key] = '0';
  else for (const [i, chunk] of chunks.entries()) properties[`${key}.${i}`] = chunk;
  PropertiesService.getDocumentProperties().setProperties(properties);
}

/** The answers kept, read in one call: the answer under a key, or null when nothing (readable) is kept there. */
export function keptAnswers(): (key: KeptKey) => unknown {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  return (key) => keptIn(stored, key);
}

function keptIn(stored: Record<string, string>, key: KeptKey): unknown {
  const count = Number(stored[key] ?? 0);
  if (!Number.isSafeInteger(count) || count <= 0) return null;
  const parts = Array.from({ length: count }, (_, i) => stored[`${key}.${i}`]);
  if (parts.some((p) => p === undefined)) return null;
  try {
    return JSON.parse(parts.join(''));
  } catch {
    // Two writers interleaving their chunks (the history check runs without the lock) leave text that is no JSON.
    return null;
  }
}
