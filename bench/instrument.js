// Runs in each page before its own scripts (page.evaluateOnNewDocument). Measurement only:
// navigator.credentials.get is wrapped to note when it is called, then the real call proceeds.
// Times are performance.now(): milliseconds since the navigation started.
export function instrument() {
  const bench = (window.__bench = { gets: [], clickAt: undefined, events: [] });
  const container = navigator.credentials;
  if (container) {
    const get = container.get.bind(container);
    container.get = (options) => {
      bench.gets.push({ at: performance.now(), mediation: options?.mediation ?? 'optional' });
      return get(options);
    };
  }
  // Capture phase on window: the first listener to see the click, before the page's own.
  addEventListener('click', () => (bench.clickAt ??= performance.now()), { capture: true });
  for (const type of ['passkey-login-success', 'passkey-login-error', 'passkey-register-success', 'passkey-register-error']) {
    addEventListener(
      type,
      (event) => {
        const error = event.detail?.error;
        bench.events.push({ type, at: performance.now(), error: error && `${error.code ?? error.name}: ${error.message}` });
      },
      { capture: true },
    );
  }
}
