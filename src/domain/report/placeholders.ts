// Template placeholders: scalar fields `{{name}}` replaced in the text, and section markers — a paragraph that
// holds only `{{sections}}` (every generated section, in order) or `{{section:ID}}` (one section) — that are
// replaced by the generated blocks. Anything else between double braces is refused before a document is made.
import { SECTION_IDS, type SectionId } from './blocks';

export const SCALAR_PLACEHOLDERS = [
  'plan_name',
  'city',
  'round',
  'meeting_name',
  'meeting_date',
  'document_no',
  'created_date',
  'as_of_date',
  'title',
] as const;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export type Marker = { kind: 'all' } | { kind: 'section'; id: SectionId };

/** The section marker a paragraph consists of, or null when it is ordinary text. */
export function markerOf(text: string): Marker | null {
  const match = /^\s*\{\{\s*(sections|section:([a-z]+))\s*\}\}\s*$/.exec(text);
  if (!match) return null;
  if (match[1] === 'sections') return { kind: 'all' };
  const id = match[2] as SectionId;
  return SECTION_IDS.includes(id) ? { kind: 'section', id } : null;
}

/** Names between double braces that are neither a scalar placeholder nor a valid section marker. */
export function unknownPlaceholders(texts: string[]): string[] {
  const unknown = new Set<string>();
  for (const text of texts) {
    if (markerOf(text)) continue;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? '';
      if (!(SCALAR_PLACEHOLDERS as readonly string[]).includes(name)) unknown.add(name);
    }
  }
  return [...unknown];
}

export interface PlaceholderSpan {
  /** Offset of the first character of `{{`. */
  start: number;
  /** Offset just after `}}`. */
  end: number;
  value: string;
}

/**
 * Where each scalar placeholder sits in a template text and what replaces it, so a renderer can edit exactly those
 * characters (no regular expression, no replacement syntax applied to the values).
 */
export function placeholderSpans(text: string, scalars: Record<string, string>): PlaceholderSpan[] {
  if (markerOf(text)) return [];
  const spans: PlaceholderSpan[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const value = scalars[match[1] ?? ''];
    if (value !== undefined) spans.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return spans;
}
