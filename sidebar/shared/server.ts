// Typed promise client over google.script.run, typed by the one contract (ServerApi) the server implements.
import type { ServerApi, ServerFunctionName } from '../../src/domain/api';
import { SIDEBAR } from '../../src/domain/messages/sidebar';

/**
 * The part of the client-side google.script.run this module uses (no published types exist for it): the handler
 * setters, and a method per server function — absent for a name the server does not offer.
 */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner & ServerMethods;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner & ServerMethods;
}
type ServerMethods = Partial<Record<string, (...args: unknown[]) => void>>;

function runner(): ScriptRunner | null {
  const google = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  return google?.script?.run ?? null;
}

const failed = (): { ok: false; error: { code: 'failed'; message: string } } => ({
  ok: false,
  error: { code: 'failed', message: SIDEBAR.transportFailed },
});

/** Calls a server function; a transport failure (no network, timeout, server exception) becomes code 'failed'. */
export function callServer<K extends ServerFunctionName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve) => {
    const run = runner();
    if (!run) return resolve(failed() as ReturnType<ServerApi[K]>);
    const chained = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler(() => resolve(failed() as ReturnType<ServerApi[K]>));
    if (typeof chained[name] !== 'function') return resolve(failed() as ReturnType<ServerApi[K]>);
    // Called as a method of the runner, as every public client does (enuchi/gas-client: run…[name](...args)):
    // google.script.run's functions are not documented to work detached from it.
    chained[name]?.(...args);
  });
}
