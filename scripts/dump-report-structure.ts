// Writes the structure of the fixed-state meeting report (harness/report-structure.ts) to a JSON file: how
// test/docs/fixtures/report-structure.json was made from the report as built before its styling moved to the
// Docs API (commit 0ec973d), and rewritten when page 1 changed. Run after npm run build:
// npx tsx scripts/dump-report-structure.ts PATH
import { writeFileSync } from 'node:fs';
import { documentStructure, fixedReport } from '../harness/report-structure';

const path = process.argv[2];
if (!path) throw new Error('usage: tsx scripts/dump-report-structure.ts PATH');
writeFileSync(path, `${JSON.stringify(documentStructure(fixedReport()), null, 1)}\n`);
