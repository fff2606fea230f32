// getDisplayValue of a number under a format with sections (positive;negative[;zero]) or literal text, as the product
// writes them: `#,##0;"△"#,##0` prints a negative 効果額 with △ and no minus sign.
//
// Sources: developers.google.com/sheets/api/guides/formats (number format patterns: ";" separates the sections,
// "text" in double quotes and a character after "\" are literals) and sheets.wiki/docs/Number-Format-Patterns (one
// section applies to every number; two: the first to positive numbers and zero, the second to negative ones; three:
// positive, negative, zero; a negative section prints the number without its sign, e.g. `#,##0.00;(#,##0.00)`).
// Emulated: up to three sections, each literals around one of the digit patterns `digits` formats; anything else —
// a fourth (text) section, an empty section, [colour] or [condition], unquoted characters, E, ?, /, @, *, _ — throws
// "not emulated" rather than guess how Sheets shows it.

/** A digit pattern (no sections, no literals) applied to a number, or undefined when it is not emulated. */
export type DigitPattern = (pattern: string, value: number) => string | undefined;

/** Where `format` has a section separator or a literal outside quotes, the formats this file handles. */
export function hasSectionsOrLiterals(format: string): boolean {
  return /[;"\\]/.test(format);
}

interface Section {
  before: string;
  pattern: string;
  after: string;
}

const notEmulated = (format: string, why: string) =>
  new Error(`not emulated: number format ${JSON.stringify(format)} (${why})`);

/** The sections of a format, split at the ";" outside quotes, each as its literals and its digit pattern. */
function sectionsOf(format: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { before: '', pattern: '', after: '' };
  const literal = (text: string) => {
    if (current.pattern) current.after += text;
    else current.before += text;
  };
  for (let i = 0; i < format.length; i++) {
    const c = format[i] as string;
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      if (end < 0) throw notEmulated(format, 'an unclosed quote');
      literal(format.slice(i + 1, end));
      i = end;
    } else if (c === '\\') {
      if (i + 1 >= format.length) throw notEmulated(format, 'a "\\" at the end');
      literal(format[++i] as string);
    } else if (c === ';') {
      sections.push(current);
      current = { before: '', pattern: '', after: '' };
    } else if (/[0#,.%]/.test(c)) {
      if (current.after) throw notEmulated(format, 'literal text between digit placeholders');
      current.pattern += c;
    } else throw notEmulated(format, `the character ${JSON.stringify(c)}`);
  }
  sections.push(current);
  if (sections.length > 3) throw notEmulated(format, 'a fourth (text) section');
  if (sections.some((s) => !s.pattern)) throw notEmulated(format, 'a section without digits');
  return sections;
}

/** The section a number is shown with, and the number it shows (a negative section shows it without its sign). */
function sectionFor(sections: Section[], value: number): [Section, number] {
  const [positive, negative, zero] = sections as [Section, Section?, Section?];
  if (value < 0 && negative) return [negative, -value];
  if (value === 0 && zero) return [zero, 0];
  return [positive, value];
}

export function formatWithSections(format: string, value: number, digits: DigitPattern): string {
  const [section, shown] = sectionFor(sectionsOf(format), value);
  const text = digits(section.pattern, shown);
  // The digit pattern alone is one `digits` knows, or the whole format is not emulated.
  if (text === undefined) throw notEmulated(format, `the digit pattern ${JSON.stringify(section.pattern)}`);
  return `${section.before}${text}${section.after}`;
}
