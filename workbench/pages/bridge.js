// google.script.run and google.script.host for a sidebar in the workbench: calls go to POST /api/run/<fn>.
(() => {
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
    return new Proxy(
      {},
      {
        get(_target, name) {
          if (name === 'withSuccessHandler') return (fn) => runner({ ...handlers, success: fn });
          if (name === 'withFailureHandler') return (fn) => runner({ ...handlers, failure: fn });
          if (name === 'withUserObject') return (object) => runner({ ...handlers, userObject: object });
          if (typeof name !== 'string') return undefined;
          return (...args) => call(name, args, handlers);
        },
      },
    );
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
})();
