// The Docs API batchUpdate requests the emulation implements — updateTextStyle (bold, fontSize),
// updateParagraphStyle (alignment), updateTableCellStyle (backgroundColor), insertSectionBreak (at a body
// paragraph's start) and updateSectionStyle (flipPageOrientation) — applied to the element model
// DocumentApp reads, with the API's validation. Reference, docs/api/reference/rest/v1/documents/request: a range
// is [startIndex, endIndex) in one segment (the body here); `fields` lists what to update ("*" for every field), a
// listed field left out of the style is reset; updateParagraphStyle styles every paragraph the range overlaps.
// Messages: [seen] "Invalid requests[0].updateTextStyle: Index 500 must be less than the end index of the
// referenced segment, 200.", "Invalid requests[0].updateParagraphStyle: Invalid field: bogus_mask_field_xyz" and
// "The range should not be empty." (live API errors quoted in public test suites); a range may not include the
// segment's final newline (the same "Index N must be less than…" error). [open] a style range reaching from outside
// a table into it, a range splitting a surrogate pair, and a table start location that is not a table's start:
// and a range starting in the section break (index 0): refused here, the side that breaks a script relying on them.

import {
  ALIGNMENTS,
  colourFromRgb,
  inlineLength,
  type Layout,
  type ParagraphSpan,
  type SectionStyle,
} from './docs-layout';
import type { Attributes, InlineState, ParagraphState } from './state';

type Range = GoogleAppsScript.Docs.Schema.Range;
/** The reference's UpdateTableCellStyleRequest; @types/google-apps-script's Docs schema predates it. */
export interface UpdateTableCellStyleRequest {
  tableCellStyle?: GoogleAppsScript.Docs.Schema.TableCellStyle;
  fields?: string;
  tableRange?: {
    tableCellLocation?: GoogleAppsScript.Docs.Schema.TableCellLocation;
    rowSpan?: number;
    columnSpan?: number;
  };
}
/** The reference's InsertSectionBreakRequest and UpdateSectionStyleRequest, which the types lack. */
export interface InsertSectionBreakRequest {
  location?: GoogleAppsScript.Docs.Schema.Location;
  endOfSegmentLocation?: GoogleAppsScript.Docs.Schema.EndOfSegmentLocation;
  sectionType?: string;
}
export interface UpdateSectionStyleRequest {
  range?: Range;
  sectionStyle?: SectionStyle;
  fields?: string;
}
export type DocsRequest = GoogleAppsScript.Docs.Schema.Request & {
  updateTableCellStyle?: UpdateTableCellStyleRequest;
  insertSectionBreak?: InsertSectionBreakRequest;
  updateSectionStyle?: UpdateSectionStyleRequest;
};

/** A request the API would refuse, with the API's wording; `notEmulated` for a valid request this emulation lacks. */
export class DocsRequestError extends Error {
  constructor(
    message: string,
    readonly notEmulated = false,
  ) {
    super(message);
  }
}

// Every field each style has (reference: TextStyle, ParagraphStyle, TableCellStyle), and those emulated.
const TEXT_FIELDS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'smallCaps',
  'backgroundColor',
  'foregroundColor',
  'fontSize',
  'weightedFontFamily',
  'baselineOffset',
  'link',
];
const PARAGRAPH_FIELDS = [
  'headingId',
  'namedStyleType',
  'alignment',
  'lineSpacing',
  'direction',
  'spacingMode',
  'spaceAbove',
  'spaceBelow',
  'borderBetween',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'tabStops',
  'keepLinesTogether',
  'keepWithNext',
  'avoidWidowAndOrphan',
  'shading',
  'pageBreakBefore',
];
const CELL_FIELDS = [
  'rowSpan',
  'columnSpan',
  'backgroundColor',
  'borderLeft',
  'borderRight',
  'borderTop',
  'borderBottom',
  'paddingLeft',
  'paddingRight',
  'paddingTop',
  'paddingBottom',
  'contentAlignment',
];

const SECTION_FIELDS = [
  'columnSeparatorStyle',
  'contentDirection',
  'sectionType',
  'marginTop',
  'marginBottom',
  'marginRight',
  'marginLeft',
  'marginHeader',
  'marginFooter',
  'columnProperties',
  'defaultHeaderId',
  'defaultFooterId',
  'firstPageHeaderId',
  'firstPageFooterId',
  'evenPageHeaderId',
  'evenPageFooterId',
  'useFirstPageHeaderFooter',
  'pageNumberStart',
  'flipPageOrientation',
];

function fieldsOf(where: string, fields: string | undefined, all: string[], emulated: string[]): string[] {
  const listed = String(fields ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  // [open] the wording when the mask is missing; the reference says "At least one field must be specified".
  if (!listed.length) throw new DocsRequestError(`${where}: At least one field must be specified.`);
  for (const f of listed) {
    if (f !== '*' && !all.includes(f)) throw new DocsRequestError(`${where}: Invalid field: ${f}`);
    if (f === '*' || !emulated.includes(f)) throw new DocsRequestError(`${where} fields ${f}`, true);
  }
  return listed;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The segment's checks on a range, then the paragraphs it overlaps. */
function paragraphsIn(where: string, layout: Layout, range: Range | undefined): ParagraphSpan[] {
  const start = range?.startIndex;
  const end = range?.endIndex;
  if (range?.segmentId) throw new DocsRequestError(`${where} in segment ${range.segmentId}`, true);
  if (!Number.isInteger(start) || !Number.isInteger(end))
    throw new DocsRequestError(`${where}: Invalid range: must contain a start and end index`);
  const s = start as number;
  const e = end as number;
  if (e <= s) throw new DocsRequestError(`${where}: The range should not be empty.`);
  if (s < 1) throw new DocsRequestError(`${where}: Index ${s} must be greater than or equal to 1.`);
  if (e >= layout.end)
    throw new DocsRequestError(
      `${where}: Index ${e} must be less than the end index of the referenced segment, ${layout.end}.`,
    );
  for (const t of layout.tables) {
    const overlaps = s < t.end && e > t.start;
    const whole = s <= t.start && e >= t.end;
    // Inside: past the table's opening index and short of its closing one (cells, rows, or several of them).
    const inside = s > t.start && e < t.end;
    if (overlaps && !whole && !inside)
      throw new DocsRequestError(
        `${where}: The range cannot partially include a table (table at ${t.start}–${t.end}).`,
      );
  }
  const spans = layout.paragraphs.filter((p) => p.start < e && p.end > s);
  for (const index of [s, e]) {
    const p = spans.find((q) => index > q.start && index < q.end);
    if (p && splitsPair(p, index - p.start))
      throw new DocsRequestError(`${where}: The range cannot split a surrogate pair (index ${index}).`);
  }
  return spans;
}

function splitsPair(span: ParagraphSpan, offset: number): boolean {
  let at = 0;
  for (const c of span.paragraph.children) {
    const length = inlineLength(c);
    if (c.type === 'TEXT' && offset > at && offset < at + length)
      return isHigh(c.text.charCodeAt(offset - at - 1));
    at += length;
  }
  return false;
}

/** Splits the paragraph's text runs at the local offsets and formats those inside [from, to). */
function formatRuns(p: ParagraphState, from: number, to: number, set: (a: Attributes) => void): void {
  const children: InlineState[] = [];
  let at = 0;
  const textLength = p.children.reduce((n, c) => n + inlineLength(c), 0);
  for (const c of p.children) {
    const length = inlineLength(c);
    if (c.type !== 'TEXT' || length === 0) {
      children.push(c);
      at += length;
      continue;
    }
    const cuts = [
      0,
      Math.min(Math.max(from - at, 0), length),
      Math.min(Math.max(to - at, 0), length),
      length,
    ];
    for (let i = 0; i < 3; i++) {
      const [a, b] = [cuts[i] as number, cuts[i + 1] as number];
      if (b <= a) continue;
      const piece = { type: 'TEXT' as const, text: c.text.slice(a, b), attributes: { ...c.attributes } };
      if (i === 1) set(piece.attributes);
      children.push(piece);
    }
    at += length;
  }
  // The closing newline carries the style text typed there would get: with no text at all, the paragraph's empty
  // run is where DocumentApp shows that style.
  if (to > textLength && textLength === 0) {
    const empty = children.find((c) => c.type === 'TEXT') ?? {
      type: 'TEXT' as const,
      text: '',
      attributes: {},
    };
    if (!children.includes(empty)) children.push(empty);
    if (empty.type === 'TEXT') set(empty.attributes);
  }
  p.children = children;
}

function updateTextStyle(
  where: string,
  layout: Layout,
  r: GoogleAppsScript.Docs.Schema.UpdateTextStyleRequest,
): void {
  const fields = fieldsOf(where, r.fields, TEXT_FIELDS, ['bold', 'fontSize']);
  const style = r.textStyle ?? {};
  const size = style.fontSize;
  if (fields.includes('fontSize') && size && size.unit !== 'PT')
    throw new DocsRequestError(`${where}: Font size unit must be PT.`);
  const set = (a: Attributes) => {
    if (fields.includes('bold')) {
      if (typeof style.bold === 'boolean') a.BOLD = style.bold;
      else delete a.BOLD;
    }
    if (fields.includes('fontSize')) {
      if (typeof size?.magnitude === 'number') a.FONT_SIZE = size.magnitude;
      else delete a.FONT_SIZE;
    }
  };
  const s = r.range?.startIndex as number;
  const e = r.range?.endIndex as number;
  for (const p of paragraphsIn(where, layout, r.range))
    formatRuns(p.paragraph, s - p.start, e - p.start, set);
}

function updateParagraphStyle(
  where: string,
  layout: Layout,
  r: GoogleAppsScript.Docs.Schema.UpdateParagraphStyleRequest,
): void {
  fieldsOf(where, r.fields, PARAGRAPH_FIELDS, ['alignment']);
  const alignment = r.paragraphStyle?.alignment;
  const name = Object.entries(ALIGNMENTS).find(([, api]) => api === alignment)?.[0];
  if (alignment !== undefined && !name)
    throw new DocsRequestError(
      `${where}: Invalid value at 'requests.paragraph_style.alignment' (${alignment})`,
    );
  for (const p of paragraphsIn(where, layout, r.range)) {
    if (name) p.paragraph.attributes.HORIZONTAL_ALIGNMENT = name;
    else delete p.paragraph.attributes.HORIZONTAL_ALIGNMENT;
  }
}

function updateTableCellStyle(where: string, layout: Layout, r: UpdateTableCellStyleRequest): void {
  fieldsOf(where, r.fields, CELL_FIELDS, ['backgroundColor']);
  const location = r.tableRange?.tableCellLocation;
  const index = location?.tableStartLocation?.index;
  const table = layout.tables.find((t) => t.start === index);
  if (!table)
    throw new DocsRequestError(`${where}: The provided table start location is invalid (${index}).`);
  const row = location?.rowIndex ?? 0;
  const column = location?.columnIndex ?? 0;
  const rows = r.tableRange?.rowSpan ?? 0;
  const columns = r.tableRange?.columnSpan ?? 0;
  const selected = table.rows
    .slice(row, row + rows)
    .map((cells) => cells.cells.slice(column, column + columns));
  if (rows < 1 || columns < 1 || selected.length !== rows || selected.some((c) => c.length !== columns))
    throw new DocsRequestError(
      `${where}: The table range is outside the table (rows ${row}+${rows}, columns ${column}+${columns}).`,
    );
  const rgb = r.tableCellStyle?.backgroundColor?.color?.rgbColor;
  for (const cell of selected.flat()) cell.cell.background = rgb ? colourFromRgb(rgb) : null;
}

/**
 * Reference, InsertSectionBreakRequest: "Inserts a section break at the given location. A newline character will be
 * inserted before the section break"; the location "must be inside the bounds of an existing Paragraph… cannot be
 * inserted inside a table… the segment ID field must be empty"; sectionType NEXT_PAGE or CONTINUOUS. Emulated at a
 * body paragraph's start only: the newline makes an empty paragraph before the break ([open] its paragraph style:
 * here the paragraph's own), and the paragraph follows the break. Elsewhere in a paragraph: not emulated.
 */
function insertSectionBreak(where: string, layout: Layout, r: InsertSectionBreakRequest): void {
  if (r.endOfSegmentLocation) throw new DocsRequestError(`${where} endOfSegmentLocation`, true);
  if (r.location?.segmentId)
    throw new DocsRequestError(`${where}: Section breaks can only be inserted inside the body.`);
  if (r.sectionType !== 'NEXT_PAGE' && r.sectionType !== 'CONTINUOUS')
    throw new DocsRequestError(`${where}: Invalid section type: ${r.sectionType}`);
  const index = r.location?.index;
  const span = layout.paragraphs.find(
    (p) => Number.isInteger(index) && p.start <= (index as number) && (index as number) < p.end,
  );
  // [open] the API's wording for both refusals.
  if (!span)
    throw new DocsRequestError(
      `${where}: The insertion index must be inside the bounds of an existing paragraph.`,
    );
  if (span.table) throw new DocsRequestError(`${where}: Section breaks cannot be inserted inside a table.`);
  if (index !== span.start) throw new DocsRequestError(`${where} inside a paragraph's text`, true);
  const doc = layout.state;
  const k = doc.body.indexOf(span.paragraph);
  const p = span.paragraph;
  doc.body.splice(k, 0, {
    type: p.type,
    heading: p.heading,
    attributes: { ...p.attributes },
    children: [{ type: 'TEXT', text: '', attributes: {} }],
  });
  const breaks = (doc.sectionBreaks ?? []).map((b) => (b.before >= k ? { ...b, before: b.before + 1 } : b));
  breaks.push({ before: k + 1, sectionType: r.sectionType });
  doc.sectionBreaks = breaks.sort((a, b) => a.before - b.before);
}

/**
 * Reference, UpdateSectionStyleRequest: styles the sections the range overlaps, in the body; SectionStyle
 * flipPageOrientation "allows changing the page orientation between portrait and landscape… When updating this
 * property, setting a concrete value is required. Unsetting this property results in a 400 bad request error."
 * Emulated for sections the API inserted; the document's first section: not emulated.
 */
function updateSectionStyle(where: string, layout: Layout, r: UpdateSectionStyleRequest): void {
  fieldsOf(where, r.fields, SECTION_FIELDS, ['flipPageOrientation']);
  const flip = r.sectionStyle?.flipPageOrientation;
  if (typeof flip !== 'boolean')
    throw new DocsRequestError(`${where}: flipPageOrientation must be set to a concrete value.`);
  const s = r.range?.startIndex;
  const e = r.range?.endIndex;
  if (r.range?.segmentId) throw new DocsRequestError(`${where}: The segment ID must be empty.`);
  if (!Number.isInteger(s) || !Number.isInteger(e))
    throw new DocsRequestError(`${where}: Invalid range: must contain a start and end index`);
  if ((e as number) <= (s as number)) throw new DocsRequestError(`${where}: The range should not be empty.`);
  if ((e as number) >= layout.end)
    throw new DocsRequestError(
      `${where}: Index ${e} must be less than the end index of the referenced segment, ${layout.end}.`,
    );
  const sections = layout.sections.filter((x) => x.start < (e as number) && x.end > (s as number));
  if (sections.some((x) => !x.state)) throw new DocsRequestError(`${where} of the first section`, true);
  for (const x of sections) if (x.state) x.state.flipPageOrientation = flip;
}

/**
 * Applies one request; `i` is its position, as the API's messages name it. True when it changed the document's
 * structure, so the indexes must be laid out again for the next request (requests apply in order, each to the
 * document the previous ones left).
 */
export function applyRequest(layout: Layout, request: DocsRequest, i: number): boolean {
  const kinds = Object.keys(request).filter((k) => (request as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1) throw new DocsRequestError(`Invalid requests[${i}]: No request set.`);
  const kind = kinds[0] as string;
  const where = `Invalid requests[${i}].${kind}`;
  if (request.updateTextStyle) updateTextStyle(where, layout, request.updateTextStyle);
  else if (request.updateParagraphStyle) updateParagraphStyle(where, layout, request.updateParagraphStyle);
  else if (request.updateTableCellStyle) updateTableCellStyle(where, layout, request.updateTableCellStyle);
  else if (request.updateSectionStyle) updateSectionStyle(where, layout, request.updateSectionStyle);
  else if (request.insertSectionBreak) {
    insertSectionBreak(where, layout, request.insertSectionBreak);
    return true;
  } else throw new DocsRequestError(`documents.batchUpdate request ${kind}`, true);
  return false;
}
