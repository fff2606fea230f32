// Side-by-side CPU time of validate and list at N items for two built bundles (e.g. main's dist and this one),
// interleaved run by run in one process so both see the same machine load:
//   npx tsx bench/cpu-compare.ts OLD_DIST NEW_DIST [runs=7] [items=5000]
// Prints each operation's runs and median (ms of user + system CPU, emulation included) and the change.
import { Environment } from '../emulator';
import { growRegister, ok, PLAN_OFFICE, START } from '../harness/register';

const [oldDist, newDist, runsArg = '7', itemsArg = '5000'] = process.argv.slice(2);
if (!oldDist || !newDist) throw new Error('usage: bench/cpu-compare.ts OLD_DIST NEW_DIST [runs] [items]');
const runs = Number(runsArg);
const items = Number(itemsArg);

const envs = { old: oldDist, new: newDist };
const built = Object.fromEntries(
  Object.entries(envs).map(([name, distDir]) => {
    const env = Environment.create({ distDir, now: START, user: PLAN_OFFICE });
    ok(env.scriptRun('setupRegister', []));
    growRegister(env, items);
    // The first validation marks every item's warning; the runs measured are the ones after it.
    ok(env.scriptRun('validateRegister', []));
    return [name, env];
  }),
) as Record<keyof typeof envs, Environment>;

const cpuMs = (run: () => unknown): number => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const operations: [string, string, unknown[]][] = [
  ['validate', 'validateRegister', []],
  ['listItems', 'listItems', [{}]],
];
const times: Record<string, number[]> = {};
for (let i = 0; i < runs; i++) {
  for (const [label, fn, args] of operations) {
    for (const name of Object.keys(envs) as (keyof typeof envs)[]) {
      const key = `${label} ${name}`;
      times[key] = [...(times[key] ?? []), cpuMs(() => built[name].scriptRun(fn, args))];
    }
  }
}
for (const [label] of operations) {
  const before = median(times[`${label} old`] ?? []);
  const after = median(times[`${label} new`] ?? []);
  console.log(
    `${label} at ${items} items: old ${before.toFixed(0)} ms [${times[`${label} old`]?.map((t) => t.toFixed(0)).join(' ')}], ` +
      `new ${after.toFixed(0)} ms [${times[`${label} new`]?.map((t) => t.toFixed(0)).join(' ')}], ` +
      `${(((after - before) / before) * 100).toFixed(0)} %`,
  );
}
