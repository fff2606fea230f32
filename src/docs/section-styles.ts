// Puts the report's wide parts (the appendix) on landscape pages: a section break at the start of the empty
// paragraph DocumentApp appended for it, and the new section's orientation flipped — two requests of the one
// batchUpdate, after the table styles, since inserting shifts every index after it. Reference,
// InsertSectionBreakRequest: "A newline character will be inserted before the section break", inside an existing
// paragraph of the body (not a table); SectionStyle.flipPageOrientation "allows changing the page orientation
// between portrait and landscape". DocumentApp has neither section breaks nor page orientation.

type Document = GoogleAppsScript.Docs.Schema.Document;

/** The requests for the saved document, one pair per landscape start (the body child where it begins). */
export function landscapeRequests(document: Document, landscapeAt: number[]): object[] {
  // content[0] is the body's opening section break; body child k is content[k + 1] (no other breaks yet).
  const content = document.body?.content ?? [];
  // From the last start back, so that each insertion leaves the earlier indexes where documents.get put them.
  return [...landscapeAt]
    .sort((a, b) => b - a)
    .flatMap((k) => {
      // Only indexes were asked for: a body child that is no table is a paragraph.
      const start = content[k + 1]?.startIndex;
      if (start === undefined || content[k + 1]?.table)
        throw new Error(`body child ${k} is not a paragraph to break at`);
      // After the insertion: the newline at start, the break at start + 1, the paragraph from start + 2.
      return [
        { insertSectionBreak: { location: { index: start }, sectionType: 'NEXT_PAGE' } },
        {
          updateSectionStyle: {
            range: { startIndex: start + 2, endIndex: start + 3 },
            sectionStyle: { flipPageOrientation: true },
            fields: 'flipPageOrientation',
          },
        },
      ];
    });
}
