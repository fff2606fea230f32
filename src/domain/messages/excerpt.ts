// A short excerpt of text a user or a sheet supplied, for messages: a message never echoes a huge value whole.

/** Characters of untrusted text a message may quote. */
export const EXCERPT_MAX = 40;

/** The text itself when short, else its first EXCERPT_MAX characters (by code point) and "…". */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  // max code points take at most 2 × max UTF-16 units: never split the whole of a huge text into characters.
  const head = [...text.slice(0, max * 2)];
  if (head.length <= max && text.length <= max * 2) return text;
  return `${head.slice(0, max).join('')}…`;
}

/** A list of such texts: at most `count` of them, each an excerpt, and how many more there were. */
export function excerptList(texts: readonly string[], count = 5): string {
  const shown = texts.slice(0, count).map((t) => excerpt(t));
  return texts.length > count ? `${shown.join('、')} ほか${texts.length - count}件` : shown.join('、');
}
