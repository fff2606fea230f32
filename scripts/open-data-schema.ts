// This file writes schema/open-data/<table>.json, the BigQuery schema of each open-data CSV, from the one column
// list in src/domain/open-data.ts (`npm run schema`); test/domain/open-data-schema.test.ts fails when they differ.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bigQuerySchema, OPEN_DATA_COLUMNS, type OpenDataTable } from '../src/domain/open-data';

export const schemaDir = resolve(__dirname, '..', 'schema', 'open-data');

export const schemaText = (id: OpenDataTable['id']) => `${JSON.stringify(bigQuerySchema(id), null, 2)}\n`;

if (require.main === module) {
  for (const id of Object.keys(OPEN_DATA_COLUMNS) as OpenDataTable['id'][])
    writeFileSync(join(schemaDir, `${id}.json`), schemaText(id));
}
