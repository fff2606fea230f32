// A Google API partial response: the `fields` system parameter keeps only the fields it selects. Reference,
// docs/api/how-tos/performance ("Partial response"): `fields=kind,items(title,characteristics/length)` — names
// separated by commas, `a/b` selects b inside a, `a(b,c)` selects b and c inside a (in every element of an array).
// [doc] an invalid selection is a 400 "Invalid field selection …" (drive/api/guides/fields-parameter); here only
// the syntax is checked, not that each name exists in the resource's schema.

type Selection = Map<string, Selection | null>;

function parseList(text: string, at: number, selection: Selection): number {
  let i = at;
  for (;;) {
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0];
    if (!name) throw new Error(`Invalid field selection ${text.slice(i) || text}`);
    i += name.length;
    let sub = selection.get(name) ?? null;
    if (text[i] === '/' || text[i] === '(') {
      sub = sub ?? new Map();
      if (text[i] === '/') i = parseList(text, i + 1, sub);
      else {
        i = parseList(text, i + 1, sub);
        if (text[i] !== ')') throw new Error(`Invalid field selection ${text}`);
        i++;
      }
    }
    selection.set(name, sub);
    // Inside "a/b", only one path continues; a comma ends it.
    if (text[i] !== ',' || text[at - 1] === '/') return i;
    i++;
  }
}

export function parseFields(fields: string): Selection {
  const selection: Selection = new Map();
  const compact = fields.replace(/\s+/g, '');
  if (parseList(compact, 0, selection) !== compact.length)
    throw new Error(`Invalid field selection ${fields}`);
  return selection;
}

export function project(value: unknown, selection: Selection | null): unknown {
  if (selection === null || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => project(v, selection));
  const out: Record<string, unknown> = {};
  for (const [name, sub] of selection) {
    const field = (value as Record<string, unknown>)[name];
    if (field !== undefined) out[name] = project(field, sub);
  }
  return out;
}
