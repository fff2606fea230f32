// google.script.run and google.script.host for a sidebar in the workbench: calls go to POST /api/run/<fn>.
// Like the real object, google.script.run holds one property per server function plus the built-ins
// withSuccessHandler, withFailureHandler, withUserObject and withLogger (guides/html/reference/run; enuchi/gas-client
// lists the same four as the only names that are not server functions), so Object.keys() lists the functions and
// anything else (constructor, toString…) is plain JavaScript that never reaches the server.
// The page inserts it as `(<this expression>)(serverFunctionNames)`.
(serverFunctions) => {
  const parentPage = window.parent === window ? null : window.parent;

  function chosenUser() {
    try {
      const select = parentPage?.document.getElementById('user');
      return select ? select.value : '';
    } catch {
      return '';
    }
  }

  function call(name, args, handlers) {
    const headers = { 'Content-Type': 'application/json' };
    const user = chosenUser();
    if (user) headers['X-Workbench-User'] = user;
    fetch(`/api/run/${encodeURIComponent(name)}`, { method: 'POST', headers, body: JSON.stringify(args) })
      .then((response) => response.json().then((body) => ({ ok: response.ok, body })))
      .then(({ ok, body }) => {
        parentPage?.postMessage({ type: 'workbench:executed' }, '*');
        if (ok) handlers.success?.(body, handlers.userObject);
        else if (handlers.failure)
          handlers.failure(new Error(body?.error ?? 'unknown error'), handlers.userObject);
        else console.error(body?.error);
      })
      .catch((error) => {
        if (handlers.failure)
          handlers.failure(new Error(String(error?.message ?? error)), handlers.userObject);
      });
  }

  function runner(handlers) {
    const run = {};
    for (const name of serverFunctions) run[name] = (...args) => call(name, args, handlers);
    run.withSuccessHandler = (fn) => runner({ ...handlers, success: fn });
    run.withFailureHandler = (fn) => runner({ ...handlers, failure: fn });
    run.withUserObject = (object) => runner({ ...handlers, userObject: object });
    // Server-side Logger output is not forwarded by the workbench, so a logger is kept and never called.
    run.withLogger = (logger) => runner({ ...handlers, logger });
    return run;
  }

  window.google = {
    script: {
      run: runner({}),
      host: {
        close: () => parentPage?.postMessage({ type: 'workbench:close-sidebar' }, '*'),
        setHeight: () => undefined,
        setWidth: () => undefined,
        editor: { focus: () => undefined },
      },
    },
  };
};
