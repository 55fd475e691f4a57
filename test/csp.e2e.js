// @ts-check
/**
 * The drop-in file under the strictest page policy a site is likely to run, and in a frame that
 * was not allowed passkeys. Headless Chromium, CDP virtual authenticator, the real relying party.
 * Needs the built dist/cdn/passkey-elements.min.js (`npm run build`). Run: node --test test/csp.e2e.js
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { createRelyingParty } from '../demo/server/relying-party.js';
import { chromiumArgs, chromiumPath, virtualAuthenticator } from './fixtures/chromium.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>strict</title>
<script type="module" src="/cdn/passkey-elements.min.js"></script>
<script type="module" src="/page.js"></script></head>
<body><passkey-register></passkey-register><passkey-login></passkey-login><output id="result"></output></body></html>`;

// Records outcomes and policy violations where the test can read them; no inline script allowed.
const PAGE_JS = `
const result = document.getElementById('result');
for (const type of ['passkey-register-success', 'passkey-login-success', 'passkey-register-error', 'passkey-login-error']) {
  document.addEventListener(type, (e) => (result.textContent += type + ':' + (e.detail.error?.code ?? e.detail.response.user.username) + ' '));
}
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

const cdnFile = () => readFileSync(new URL('../dist/cdn/passkey-elements.min.js', import.meta.url));

/** A server for the strict page, the relying party, and (with `frame`) a page framing another origin. */
function startServer({ frameOf, requests = [] } = /** @type {{frameOf?: string, requests?: string[]}} */ ({})) {
  const rp = createRelyingParty();
  const server = http.createServer(async (req, res) => {
    if (await rp.handle(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    requests.push(path);
    const send = (type, body) => res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP }).end(body);
    if (path === '/') return send('text/html', PAGE);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (path === '/page.js') return send('text/javascript', PAGE_JS);
    if (path === '/cdn/passkey-elements.min.js') return send('text/javascript', cdnFile());
    if (path === '/cdn/passkey-elements.iife.min.js') {
      return send('text/javascript', readFileSync(new URL('../dist/cdn/passkey-elements.iife.min.js', import.meta.url)));
    }
    if (path === '/classic') {
      return send('text/html', PAGE.replace('<script type="module" src="/cdn/passkey-elements.min.js"></script>', '<script src="/cdn/passkey-elements.iife.min.js"></script>'));
    }
    // Every built locale file, as a static server would; any other language is a 404.
    const locale = /^\/cdn\/locales\/([a-z-]+)\.js$/.exec(path)?.[1];
    const localeFile = new URL(`../dist/cdn/locales/${locale}.js`, import.meta.url);
    if (locale && existsSync(localeFile)) return send('text/javascript', readFileSync(localeFile));
    // Only the drop-in file, and the page's language.
    if (path === '/only') {
      const lang = (url.searchParams.get('lang') ?? '').replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`);
      return send('text/html', PAGE.replace('<html lang="en">', `<html lang="${lang}">`));
    }
    if (path === '/de') return send('text/html', PAGE.replace('<html lang="en">', '<html lang="de">').replace('</head>', '<script type="module" src="/cdn/locales/de.js"></script></head>'));
    // No allow="publickey-credentials-get": the framed origin may not use passkeys.
    if (path === '/parent' && frameOf) {
      return res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><iframe src="${frameOf}/"></iframe>`);
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, 'localhost', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ server, base: `http://localhost:${port}` });
    }),
  );
}

/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {http.Server[]} */
const servers = [];

before(async () => {
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.closeAllConnections(), server.close();
});

async function openPage(url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = /** @type {string[]} */ ([]);
  // Hints (console.info) from the first moment: a locale's 404 can come before the load event.
  const hints = /** @type {string[]} */ ([]);
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('console', (message) => message.type() === 'info' && hints.push(message.text()));
  const cdp = await page.createCDPSession();
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: virtualAuthenticator,
  });
  await page.goto(url, { waitUntil: 'load' });
  const presence = (enabled) => cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled });
  return { page, problems, hints, presence, close: () => context.close() };
}

/** Waits until the page has recorded `outcome` (e.g. 'passkey-login-success:ada'). */
const outcome = (target, text) =>
  target.waitForFunction((t) => document.getElementById('result')?.textContent.split(' ').includes(t), { timeout: 10_000 }, text);

test('under a strict CSP with Trusted Types: sign-up and sign-in work, nothing is refused', { timeout: 60_000 }, async () => {
  const { server, base } = await startServer();
  servers.push(server);
  const { page, problems, close } = await openPage(base);
  try {
    await page.waitForSelector('passkey-register input', { timeout: 10_000 });
    await page.type('passkey-register input', 'strict');
    await page.click('passkey-register >>> button');
    await outcome(page, 'passkey-register-success:strict');
    // Signed out, then in with the button.
    await page.evaluate(() => fetch('/passkeys/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    await page.evaluate(() => (document.getElementById('result').textContent = ''));
    await page.click('passkey-login >>> button');
    await outcome(page, 'passkey-login-success:strict');
    // The styles applied: Lit's adopted style sheets are not inline styles.
    const display = await page.$eval('passkey-login', (el) => getComputedStyle(el.shadowRoot.querySelector('[part~="form"]')).display);
    assert.equal(display, 'grid');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('in a cross-origin frame without allow="publickey-credentials-get": a clear error', { timeout: 60_000 }, async () => {
  const framed = await startServer();
  const parent = await startServer({ frameOf: framed.base });
  servers.push(framed.server, parent.server);
  const { page, close } = await openPage(`${parent.base}/parent`);
  try {
    const frame = await (await page.waitForSelector('iframe'))?.contentFrame();
    assert.ok(frame);
    await frame.waitForSelector('passkey-login >>> button', { timeout: 10_000 });
    await frame.click('passkey-login >>> button');
    await outcome(frame, 'passkey-login-error:frame-not-allowed');
    const said = await frame.$eval('passkey-login', (el) => el.shadowRoot.querySelector('[part~="message"]').textContent);
    assert.match(said, /not allowed in this embedded page/);
  } finally {
    await close();
  }
});

test('navigating away mid-ceremony is clean, and the next page signs in', { timeout: 60_000 }, async () => {
  const { server, base } = await startServer();
  servers.push(server);
  const { page, problems, presence, close } = await openPage(base);
  try {
    await page.waitForSelector('passkey-register input', { timeout: 10_000 });
    await page.type('passkey-register input', 'leaver');
    await page.click('passkey-register >>> button');
    await outcome(page, 'passkey-register-success:leaver');
    await page.evaluate(() => fetch('/passkeys/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    // A sign-in waiting for a touch that never comes, then the user leaves.
    await presence(false);
    await page.click('passkey-login >>> button');
    await page.waitForFunction(() => /Waiting/.test(document.querySelector('passkey-login').shadowRoot.querySelector('[part~="message"]').textContent), { timeout: 10_000 });
    await page.goto(`${base}/?again`, { waitUntil: 'load' });
    await presence(true);
    await page.waitForSelector('passkey-login >>> button', { timeout: 10_000 });
    await page.click('passkey-login >>> button');
    await outcome(page, 'passkey-login-success:leaver');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the drop-in locale file: a German page gets German elements', { timeout: 30_000 }, async () => {
  const { server, base } = await startServer();
  servers.push(server);
  const { page, problems, close } = await openPage(`${base}/de`);
  try {
    const text = await page.waitForFunction(
      () => document.querySelector('passkey-login')?.shadowRoot?.querySelector('button')?.textContent?.trim(),
      { timeout: 10_000 },
    );
    assert.equal(await text.jsonValue(), 'Mit Passkey anmelden');
    assert.equal(await page.$eval('passkey-register label', (l) => l.textContent), 'Benutzername');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

/** Opens a page with only the drop-in file and `lang`; returns what it shows, asks for and says. */
async function onlyTheDropIn(lang, expected) {
  const requests = /** @type {string[]} */ ([]);
  const { server, base } = await startServer({ requests });
  servers.push(server);
  const { page, problems, hints, close } = await openPage(`${base}/only?lang=${encodeURIComponent(lang)}`);
  try {
    const text = await page.waitForFunction(
      (t) => {
        const said = document.querySelector('passkey-login')?.shadowRoot?.querySelector('button')?.textContent?.trim();
        return said === t && said;
      },
      { timeout: 10_000 },
      expected,
    );
    // Time for any late locale request or second hint to show up.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { text: await text.jsonValue(), label: await page.$eval('passkey-register label', (l) => l.textContent), problems, hints, locales: requests.filter((r) => r.startsWith('/cdn/locales/')) };
  } finally {
    await close();
  }
}

test('zero configuration: a German page with only the drop-in file gets German elements', { timeout: 30_000 }, async () => {
  const seen = await onlyTheDropIn('de', 'Mit Passkey anmelden');
  assert.equal(seen.label, 'Benutzername');
  assert.deepEqual(seen.locales, ['/cdn/locales/de.js']); // once, for both elements
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(seen.hints, []);
});

test('zero configuration: de-AT loads de.js (the files are per language)', { timeout: 30_000 }, async () => {
  const seen = await onlyTheDropIn('de-AT', 'Mit Passkey anmelden');
  assert.deepEqual(seen.locales, ['/cdn/locales/de.js']);
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(seen.hints, []);
});

test('zero configuration: a French, a Japanese and an Arabic page', { timeout: 60_000 }, async () => {
  for (const [lang, button] of [
    ['fr', 'Se connecter avec une clé d’accès'],
    ['ja', 'パスキーでログイン'],
    ['ar', 'تسجيل الدخول باستخدام مفتاح مرور'],
  ]) {
    const seen = await onlyTheDropIn(lang, button);
    assert.deepEqual(seen.locales, [`/cdn/locales/${lang}.js`], lang);
    assert.deepEqual(seen.problems, [], lang);
  }
});

test('zero configuration: an unknown language stays English with one hint, no error', { timeout: 30_000 }, async () => {
  const seen = await onlyTheDropIn('xx', 'Sign in with a passkey');
  assert.equal(seen.label, 'Username');
  assert.deepEqual(seen.locales, ['/cdn/locales/xx.js']);
  assert.equal(seen.hints.length, 1);
  assert.match(seen.hints[0], /no locale xx/);
  assert.deepEqual(seen.problems.filter((p) => !/404/.test(p)), []);
});

test('zero configuration: English and hostile lang values ask for nothing', { timeout: 30_000 }, async () => {
  // Only the language part of a tag becomes a URL, and only a plain 2–3 letter code.
  for (const lang of ['en', 'en-GB', '../../evil', 'de/../../x', 'https://evil.example/x', 'x', 'd e', 'de?x']) {
    const seen = await onlyTheDropIn(lang, 'Sign in with a passkey');
    assert.deepEqual(seen.locales, [], lang);
    assert.deepEqual(seen.problems, [], lang);
  }
});

test('the classic-script build: sign-up works from <script src> without type="module"', { timeout: 30_000 }, async () => {
  const { server, base } = await startServer();
  servers.push(server);
  const { page, problems, close } = await openPage(`${base}/classic`);
  try {
    assert.equal(await page.evaluate(() => typeof window.PasskeyElements?.PasskeyLogin), 'function');
    await page.waitForSelector('passkey-register input', { timeout: 10_000 });
    await page.type('passkey-register input', 'classic');
    await page.click('passkey-register >>> button');
    await outcome(page, 'passkey-register-success:classic');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
