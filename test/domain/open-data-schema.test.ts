// The schema files under schema/open-data/ are what the column list says (regenerate with `npm run schema`), and
// every column is loadable by BigQuery: a valid, unique name; unique Japanese headers; the city's code and name first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDir, schemaText } from '../../scripts/open-data-schema';
import { OPEN_DATA_COLUMNS, type OpenDataTable } from '../../src/domain/open-data';

const TABLES = Object.keys(OPEN_DATA_COLUMNS) as OpenDataTable['id'][];

it.each(TABLES)('schema/open-data/%s.json is the column list as BigQuery reads it', (id) => {
  expect(readFileSync(join(schemaDir, `${id}.json`), 'utf8')).toBe(schemaText(id));
});

it.each(TABLES)('%s: BigQuery names, unique headers with units, the city first', (id) => {
  const columns = OPEN_DATA_COLUMNS[id];
  for (const c of columns) expect(c.name).toMatch(/^[a-z_][a-z0-9_]{0,299}$/);
  expect(new Set(columns.map((c) => c.name)).size).toBe(columns.length);
  expect(new Set(columns.map((c) => c.header)).size).toBe(columns.length);
  expect(columns.slice(0, 2).map((c) => c.header)).toEqual(['全国地方公共団体コード', '地方公共団体名']);
  // Money is in 千円 and a percentage says so (統一ルール 1-9).
  for (const c of columns.filter((c) => /amount|percent/.test(c.name)))
    expect(c.header).toMatch(/（千円）|（％）/);
});
