// The meeting report as a plain outline: blocks any renderer (Google Docs, a test, the workbench) can lay out.

export type Alignment = 'left' | 'right';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** align 'right' for a line such as the 資料番号 at the top right of page 1. */
  | { kind: 'paragraph'; text: string; align?: Alignment }
  /**
   * rows[0] is the header row; align has one entry per column (numbers right-aligned). Aligning costs a styling
   * request per cell, so tables whose rows are items (late items, changes, appendix) are all 'left'.
   */
  | { kind: 'table'; rows: string[][]; align: Alignment[] }
  /**
   * A stacked bar chart, drawn by the renderer as an image: one bar per category, one segment per series (each
   * series has a value per category), with its title, a legend of the series and both axes' titles.
   */
  | { kind: 'chart'; title: string; categories: string[]; series: ChartSeries[]; axes: ChartAxes }
  | { kind: 'pageBreak' }
  /** What follows starts a new page in landscape (a section of its own, for wide tables). */
  | { kind: 'landscape' };

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface ChartAxes {
  category: string;
  value: string;
}

export const SECTION_IDS = [
  'summary',
  'overview',
  'pillars',
  'late',
  'changes',
  'savings',
  'appendix',
] as const;
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
