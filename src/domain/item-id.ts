// Item IDs "pillar-reform-sequence" (e.g. "1-2-03"): parse, format, and the next never-used sequence.

export interface ItemIdParts {
  pillarNo: number;
  reformNo: number;
  seq: number;
}

const ITEM_ID = /^(\d{1,2})-(\d{1,3})-(\d{2,4})$/;

/** "1-2-03" → { pillarNo: 1, reformNo: 2, seq: 3 }; null when the text is not an item ID. */
export function parseItemId(id: string): ItemIdParts | null {
  const match = ITEM_ID.exec(id.trim());
  if (!match) return null;
  return { pillarNo: Number(match[1]), reformNo: Number(match[2]), seq: Number(match[3]) };
}

/** The sequence has two digits, more once it passes 99 ("1-2-100"). */
export function formatItemId({ pillarNo, reformNo, seq }: ItemIdParts): string {
  return `${pillarNo}-${reformNo}-${String(seq).padStart(2, '0')}`;
}

/** The highest sequence an ID can hold (4 digits): one past it would not be an item ID, and would be issued twice. */
export const ITEM_SEQ_MAX = 9999;

/**
 * The next ID for a pillar and reform: one past the highest sequence EVER issued there, or null when that passes
 * ITEM_SEQ_MAX. The caller passes the IDs of the register and of the history, so a deleted item's ID is never
 * issued again.
 */
export function nextItemId(
  pillarNo: number,
  reformNo: number,
  everIssuedIds: Iterable<string>,
): string | null {
  let highest = 0;
  for (const id of everIssuedIds) {
    const parts = parseItemId(id);
    if (parts && parts.pillarNo === pillarNo && parts.reformNo === reformNo)
      highest = Math.max(highest, parts.seq);
  }
  if (highest >= ITEM_SEQ_MAX) return null;
  return formatItemId({ pillarNo, reformNo, seq: highest + 1 });
}
