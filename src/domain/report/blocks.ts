// The meeting report as a plain outline: blocks any renderer (Google Docs, a test, the workbench) can lay out.

export type Alignment = 'left' | 'right';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  /**
   * rows[0] is the header row; align has one entry per column (numbers right-aligned). Aligning costs a styling
   * request per cell, so tables whose rows are items (late items, changes, appendix) are all 'left'.
   */
  | { kind: 'table'; rows: string[][]; align: Alignment[] }
  /** A bar chart of labelled counts, drawn by the renderer as an image. */
  | { kind: 'chart'; title: string; labels: string[]; values: number[] }
  | { kind: 'pageBreak' };

export const SECTION_IDS = ['overview', 'pillars', 'late', 'changes', 'savings', 'appendix'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface ReportSection {
  id: SectionId;
  blocks: Block[];
}

export interface ReportOutline {
  /** The document's name in Drive, and its title line. */
  title: string;
  /** Values of the scalar placeholders, by name (see placeholders.ts). */
  scalars: Record<string, string>;
  /** The title block of the built-in layout (title, meeting line, 資料番号). */
  heading: Block[];
  sections: ReportSection[];
}
