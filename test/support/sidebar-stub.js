// Stands in for Apps Script's google.script.run in the sidebar tests. Plain
// browser JavaScript, loaded with page.addInitScript: coverage tools rewrite
// TypeScript test code, and rewritten functions cannot run in the page.
// The harness sets window.sidebarStubSetup = { functions, queues } first.
(() => {
  const setup = window.sidebarStubSetup;
  const queues = setup.queues;
  const calls = [];
  const held = [];
  const renderMs = [];

  function deliver(response, handlers) {
    if ('error' in response) {
      if (handlers.failure) handlers.failure(new Error(response.error));
      return;
    }
    if (!handlers.success) return;
    const start = performance.now();
    handlers.success(response.value);
    renderMs.push(performance.now() - start);
  }

  // Like Apps Script, answers arrive later, never during the call.
  function answer(name, handlers) {
    const queue = queues[name] || [];
    const response =
      queue.length > 0
        ? queue.shift()
        : { error: `The test scripted no answer for ${name}.` };
    const send = () => deliver(response, handlers);
    if (response.hold) held.push(send);
    else setTimeout(send, 0);
  }

  function runner(handlers) {
    const api = {
      withSuccessHandler: (fn) => runner({ ...handlers, success: fn }),
      withFailureHandler: (fn) => runner({ ...handlers, failure: fn }),
    };
    for (const name of setup.functions) {
      api[name] = (...args) => {
        // Apps Script passes plain data only; a round trip shows what it got.
        calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
        answer(name, handlers);
      };
    }
    return api;
  }

  window.google = { script: { run: runner({}) } };
  window.sidebarStub = {
    calls: () => calls,
    enqueue: (name, responses) => {
      queues[name] = (queues[name] || []).concat(responses);
    },
    heldCount: () => held.length,
    release: () => {
      const send = held.shift();
      if (!send) throw new Error('No answer is held.');
      send();
    },
    renderMs: () => renderMs,
  };
})();
