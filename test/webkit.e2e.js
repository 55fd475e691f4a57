// @ts-check
/**
 * A real browser without WebAuthn: WebKitGTK's MiniBrowser, driven over W3C WebDriver. Both
 * elements must show their `unsupported` fallback (the page's slotted content, or their own
 * message), offer no passkey button, and raise no error, from the drop-in file and from the npm
 * package's ESM entry. Needs `npm run build` and Debian's `xvfb` and `webkit2gtk-driver`.
 * Run: node --test test/webkit.e2e.js
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { resolveInside, sendFile, sendText } from '../demo/server/static.js';
import { en } from '../dist/i18n/en.js';
import { startMiniBrowser } from './fixtures/webdriver.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

// Installed before any other script: WebKitWebDriver hands out no console log, so the page keeps
// its own. The capture phase also sees scripts that fail to load (their error does not bubble).
const CAPTURE_ERRORS = `
window.pageErrors = [];
const record = (kind, detail) => window.pageErrors.push(kind + ': ' + detail);
addEventListener('error', (e) => record('error', e.error?.stack || e.message || 'failed to load ' + (e.target?.src || e.target?.href)), true);
addEventListener('unhandledrejection', (e) => record('unhandledrejection', e.reason?.stack || String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => record('csp', e.violatedDirective + ' ' + e.blockedURI));
window.passkeyEvents = [];
for (const type of ['passkey-register-upgrade', 'passkey-register-success', 'passkey-register-error']) {
  document.addEventListener(type, (e) => window.passkeyEvents.push(type + ' ' + (e.detail?.outcome ?? '')));
}
const consoleError = console.error;
console.error = (...args) => { record('console.error', args.map(String).join(' ')); consoleError.apply(console, args); };
`;

/** Each element twice: with the page's own fallback, and with none (the element's message). */
const BODY = `
<passkey-register id="register-default"></passkey-register>
<passkey-login id="login-default"></passkey-login>
<passkey-register id="register-slotted"><p slot="unsupported" id="register-fallback">Sign up with an email link instead.</p></passkey-register>
<passkey-login id="login-slotted"><p slot="unsupported" id="login-fallback">Sign in with your password instead.</p></passkey-login>`;
const ELEMENTS = ['register-default', 'login-default', 'register-slotted', 'login-slotted'];

// What `import 'passkey-elements'` needs without a bundler: the package's bare imports.
const IMPORT_MAP = JSON.stringify({
  imports: {
    'passkey-elements': '/dist/index.js',
    lit: '/node_modules/lit/index.js',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@simplewebauthn/browser': '/node_modules/@simplewebauthn/browser/esm/index.js',
  },
});

/** @param {string} head */
const page = (head) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>no WebAuthn</title>
<script src="/capture-errors.js"></script>
${head}
</head><body>${BODY}</body></html>`;

const PAGES = {
  '/drop-in': page('<script type="module" src="/cdn/passkey-elements.min.js"></script>'),
  // <passkey-register upgrade>, after a password sign-in: it must show and fire nothing but its
  // quiet outcome (`unsupported`: no WebAuthn here).
  '/upgrade': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>no WebAuthn: upgrade</title>
<script src="/capture-errors.js"></script>
<script type="module" src="/cdn/passkey-elements.min.js"></script>
</head><body><passkey-register id="upgrade" upgrade username="ada"><p slot="unsupported">Sign up with an email link instead.</p></passkey-register></body></html>`,
  '/esm': page(
    `<script type="importmap">${IMPORT_MAP}</script>\n<script type="module" src="/esm.js"></script>`,
  ),
};

// A strict policy, as the demo's: no inline script but the import map, allowed by its hash.
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(IMPORT_MAP).digest('base64')}'`,
  "style-src 'self'",
].join('; ');

/** The test pages, the built drop-in file (/cdn/), and for the ESM page dist/ and node_modules/. */
function createServer() {
  return http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const send = (/** @type {string} */ type, /** @type {string} */ body) =>
      res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' }).end(body);
    if (pathname in PAGES) return send('text/html; charset=utf-8', PAGES[/** @type {keyof PAGES} */ (pathname)]);
    if (pathname === '/capture-errors.js') return send('text/javascript', CAPTURE_ERRORS);
    if (pathname === '/esm.js') return send('text/javascript', "import 'passkey-elements';");
    const [, top] = pathname.split('/');
    const file =
      top === 'cdn'
        ? resolveInside(`${ROOT}/dist/cdn`, pathname.slice('/cdn'.length))
        : top === 'dist' || top === 'node_modules'
          ? resolveInside(ROOT, pathname)
          : undefined;
    if (file && (await sendFile(req, res, file))) return;
    sendText(res, 404, 'Not found.');
  });
}

/** @type {http.Server} */
let server;
/** @type {string} */
let base;
/** @type {Awaited<ReturnType<typeof startMiniBrowser>>} */
let browser;

before(async () => {
  server = createServer();
  // localhost, not 127.0.0.1, as for every passkey page (WebAuthn refuses IP addresses).
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  base = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  browser = await startMiniBrowser();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** What the page says about WebAuthn, the elements and its errors, once both tags are defined. */
const INSPECT = `
const tags = ['passkey-register', 'passkey-login'];
// A tag that never gets defined fails the checks below, not a wait here.
await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), new Promise((r) => setTimeout(r, 5000))]);
const elements = [];
for (const element of document.querySelectorAll(tags.join(','))) {
  await element.updateComplete;
  const root = element.shadowRoot;
  const slot = root?.querySelector('slot[name="unsupported"]');
  const message = root?.querySelector('[part~="message"]');
  elements.push({
    id: element.id,
    upgraded: customElements.get(element.localName) !== undefined && element instanceof customElements.get(element.localName),
    assigned: slot ? slot.assignedElements().map((node) => node.id) : null,
    messageRendered: message ? message.getClientRects().length > 0 : null,
    buttons: (root?.querySelectorAll('button').length ?? 0) + element.querySelectorAll('button, input').length,
  });
}
return {
  webauthn: 'PublicKeyCredential' in window,
  elements,
  errors: window.pageErrors,
};`;

/**
 * Loads a page and checks every element's fallback, through the page and through WebDriver's
 * view of what is rendered.
 * @param {string} path
 */
async function assertFallbacks(path) {
  const { session } = browser;
  await session.navigate(base + path);
  const state = await session.execute(`return (async () => {${INSPECT}})()`);

  // Not vacuous: this must be a browser without WebAuthn, with every element upgraded.
  assert.equal(state.webauthn, false, 'this browser has WebAuthn: the test needs one without');
  assert.deepEqual(state.errors, [], 'no error on the page');
  assert.deepEqual(
    state.elements.map((/** @type {{id: string}} */ e) => e.id),
    ELEMENTS,
  );
  for (const element of state.elements) {
    const slotted = element.id.endsWith('-slotted');
    assert.equal(element.upgraded, true, `${element.id} is upgraded`);
    assert.equal(element.buttons, 0, `${element.id} offers no passkey button or field`);
    const fallback = element.id.replace('-slotted', '-fallback');
    assert.deepEqual(element.assigned, slotted ? [fallback] : [], `${element.id}: what the unsupported slot shows`);
    // The element's own message shows only when the page gave no fallback.
    assert.equal(element.messageRendered, !slotted, `${element.id}: its own message is ${slotted ? 'hidden' : 'shown'}`);
  }

  // What a user sees, as WebDriver reads the rendered text (through the shadow roots).
  for (const id of ELEMENTS) {
    const host = await session.findElement(`#${id}`);
    const root = await session.shadowRoot(host);
    assert.deepEqual(await session.findAllInShadow(root, 'button'), [], `${id}: no button`);
    if (id.endsWith('-slotted')) {
      const own = await session.findElement(`#${id.replace('-slotted', '-fallback')}`);
      assert.match(await session.text(own), /instead\.$/, `${id}: the page's fallback is shown`);
      // Not checked here: WebKitWebDriver's text of the slot's unrendered default content is its
      // text all the same (2.50.6); messageRendered above, from the layout, says it is hidden.
    } else {
      const message = await session.findInShadow(root, '[part~="message"]');
      assert.equal(await session.text(message), en.errors.unsupported, `${id}: its own message is shown`);
    }
  }
}

test("the session is WebKitGTK's MiniBrowser", (t) => {
  assert.equal(browser.capabilities.browserName, 'MiniBrowser');
  t.diagnostic(`WebKitGTK ${browser.capabilities.browserVersion}`);
});

test('drop-in file: each element shows its unsupported fallback, slotted and default', async () => {
  await assertFallbacks('/drop-in');
});

test("npm package's ESM entry (import map, no bundler): the same", async () => {
  await assertFallbacks('/esm');
});

test('<passkey-register upgrade>: shows nothing and fires no success or error, only its quiet outcome', async () => {
  const { session } = browser;
  await session.navigate(`${base}/upgrade`);
  const state = await session.execute(`return (async () => {
    await customElements.whenDefined('passkey-register');
    const element = document.getElementById('upgrade');
    await element.updateComplete;
    for (let i = 0; i < 100 && !window.passkeyEvents.length; i++) await new Promise((r) => setTimeout(r, 50));
    return {
      webauthn: 'PublicKeyCredential' in window,
      height: element.getBoundingClientRect().height,
      rendered: element.shadowRoot.querySelectorAll('*').length,
      events: window.passkeyEvents,
      errors: window.pageErrors,
    };
  })()`);
  assert.equal(state.webauthn, false);
  assert.deepEqual(state.errors, []);
  assert.equal(state.height, 0, 'nothing shown, not even the unsupported fallback');
  assert.equal(state.rendered, 0);
  assert.deepEqual(state.events, ['passkey-register-upgrade unsupported']);
});
