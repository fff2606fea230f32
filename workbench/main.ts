// `npm start`: the workbench's command line (flags --state PATH, --memory, --fresh, --port N, --host ADDRESS, --user EMAIL).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_HOST } from './guard';
import { DEFAULT_STATE_FILE, startWorkbench } from './server';

const USAGE = `usage: npm start -- [--state PATH | --memory] [--fresh] [--port N] [--host ADDRESS] [--user EMAIL]
  --state PATH   the JSON state file (env WORKBENCH_STATE; default .workbench/state.json)
  --memory       keep the state in memory only
  --fresh        start from a freshly seeded register and overwrite the state file
  --port N       the HTTP port (env PORT; default 8080; 0 = any free port)
  --host ADDRESS the address to listen on (env HOST; default 127.0.0.1, this machine only;
                 0.0.0.0 = every interface: anyone on the network can then act as any user)
  --user EMAIL   the user the page starts as`;

async function main(): Promise<void> {
  const values = readFlags();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const portText = values.port ?? process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port number: ${portText}`);
  const stateText = values.state ?? process.env.WORKBENCH_STATE;
  const stateFile = values.memory ? null : stateText ? resolve(stateText) : DEFAULT_STATE_FILE;
  const host = values.host ?? process.env.HOST ?? DEFAULT_HOST;
  const wb = await startWorkbench({
    port,
    host,
    stateFile,
    fresh: values.fresh,
    ...(values.user ? { user: values.user } : {}),
  });
  console.log(`workbench: ${wb.url}  (state: ${stateFile ?? 'in memory'}; Ctrl+C to stop)`);
}

/** A mistyped flag gets the usage with the message; other failures speak for themselves. */
function readFlags() {
  try {
    return parseArgs({
      options: {
        state: { type: 'string' },
        memory: { type: 'boolean', default: false },
        fresh: { type: 'boolean', default: false },
        port: { type: 'string' },
        host: { type: 'string' },
        user: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
}

main().catch((error: unknown) => {
  console.error(`workbench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
