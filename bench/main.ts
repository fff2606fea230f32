// `npm run bench`: runs every operation through the built bundle in the emulation at 20, 1,000 and 5,000 items,
// and prints service calls, Node CPU time and heap; `-- --json PATH` also writes the result as JSON.
import { writeFileSync } from 'node:fs';
import { formatTable, toJson } from './report';
import { runBench } from './run';

async function main(): Promise<void> {
  const jsonIndex = process.argv.indexOf('--json');
  const jsonPath = jsonIndex >= 0 ? process.argv[jsonIndex + 1] : undefined;
  if (jsonIndex >= 0 && !jsonPath) throw new Error('--json needs a file path');
  const result = await runBench(undefined, (line) => process.stderr.write(`${line}\n`));
  console.log(formatTable(result));
  if (jsonPath) {
    writeFileSync(jsonPath, toJson(result));
    console.log(`\nwrote ${jsonPath}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
