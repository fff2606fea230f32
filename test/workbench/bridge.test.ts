// The workbench's google.script.run is shaped like the real object (guides/html/reference/run; enuchi/gas-client
// reads Object.keys(google.script.run) as the server functions plus four built-ins): a property per server
// function, the with* built-ins, and nothing else that could reach the server.
import * as vm from 'node:vm';
import { Environment } from '../../emulator';
import { TEST_START } from '../../harness/clock';
import { sidebarPage } from '../../workbench/pages/sidebar';
import { PROBE_DIST } from '../support/probe';

const BUILT_INS = ['withSuccessHandler', 'withFailureHandler', 'withUserObject', 'withLogger'];

/** Runs the bridge the sidebar page carries in a bare window whose fetch records the calls made. */
function bridgeWindow(functions: string[]) {
  const script = /<script>([\s\S]*?)<\/script>/.exec(sidebarPage('<head></head>', functions))?.[1] ?? '';
  const posted: string[] = [];
  const window: Record<string, unknown> = {
    fetch: (url: string) => {
      posted.push(url);
      return new Promise(() => undefined);
    },
  };
  window.window = window;
  window.parent = window;
  vm.runInNewContext(script, window);
  type Runner = Record<string, (...a: unknown[]) => Runner>;
  const run = (window.google as { script: { run: Runner } }).script.run;
  return { run, posted };
}

describe('the workbench bridge', () => {
  it('offers the bundle\'s top-level functions, without "_" names, services or inherited names', () => {
    const env = Environment.create({ distDir: PROBE_DIST, now: TEST_START });
    expect(env.scriptFunctions().sort()).toEqual(['countExecutions', 'onEdit', 'probe']);
  });

  it('has a property per server function plus the with* built-ins, and calls them as methods', () => {
    const { run, posted } = bridgeWindow(['getItem', 'listItems']);
    expect(Object.keys(run).sort()).toEqual(['getItem', 'listItems', ...BUILT_INS].sort());
    run
      .withSuccessHandler?.(() => undefined)
      ?.withFailureHandler?.(() => undefined)
      ?.getItem?.('1-1-01', null);
    expect(posted).toEqual(['/api/run/getItem']);
    // Inherited JavaScript stays JavaScript: nothing is posted for it, and an unknown name is no function.
    String(run);
    run.constructor?.();
    expect(posted).toHaveLength(1);
    expect(run.missing).toBeUndefined();
  });

  it('cannot be closed early by a function name', () => {
    expect(sidebarPage('<head></head>', ['</script><script>alert(1)//'])).not.toContain(
      '</script><script>alert',
    );
  });
});
