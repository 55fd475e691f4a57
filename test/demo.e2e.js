// @ts-check
/**
 * The demo driven as a new user would, in headless Chromium with a CDP virtual authenticator.
 * Needs the built dist/cdn/passkey-elements.min.js (`npm run build`). Run: node --test test/demo.e2e.js
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { createDemoServer } from '../demo/server/app.js';
import { chromiumArgs, chromiumPath, virtualAuthenticator } from './fixtures/chromium.js';

const WAIT = { timeout: 10_000 };
const SIGNED_IN = '#account:not([hidden])';
const SIGNED_OUT = '#signed-out:not([hidden])';
const REGISTER_BUTTON = 'passkey-register >>> button[part~="button"]';
const LOGIN_BUTTON = 'passkey-login >>> button[part~="button"]';
/**
 * Waits until the account page's <passkey-list> shows `count` passkeys. Polled (waitForFunction):
 * waitForSelector's mutation watch does not see a change inside the element's shadow root.
 * @param {import('puppeteer-core').Page} page @param {number} count
 */
const passkeyCards = (page, count) =>
  page.waitForFunction(
    (n) => document.querySelector('#account-passkeys passkey-list')?.shadowRoot?.querySelectorAll('li[part~="passkey"]').length === n,
    WAIT,
    count,
  );

/** @type {import('node:http').Server} */
let server;
/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {string} */
let base;
/** @type {Array<() => Promise<unknown>>} */
const cleanups = [];

before(async () => {
  server = createDemoServer();
  // localhost, not 127.0.0.1: WebAuthn refuses IP addresses.
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  base = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
});

after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/**
 * A page in its own browser context (own cookies, own focus), with uncaught errors and CSP
 * violations collected.
 * @param {{authenticator?: boolean, beforeLoad?: () => void}} [opts]
 */
async function openPage({ authenticator = true, beforeLoad } = {}) {
  const context = await browser.createBrowserContext();
  cleanups.push(() => context.close());
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  /** @type {((verified: boolean) => Promise<unknown>) | undefined} */
  let setUserVerified;
  if (authenticator) {
    // One CDP session per page: the authenticator lives as long as it does.
    const cdp = await page.createCDPSession();
    await cdp.send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: virtualAuthenticator,
    });
    setUserVerified = (isUserVerified) => cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified });
  }
  if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
  await page.goto(base, { waitUntil: 'load' });
  return { page, problems, setUserVerified };
}

/** @param {import('puppeteer-core').Page} page @param {string} selector */
const textOf = (page, selector) => page.$eval(selector, (element) => element.textContent?.trim());

/** @param {import('puppeteer-core').Page} page */
async function logOut(page) {
  await page.click('#logout');
  await page.waitForSelector(SIGNED_OUT, WAIT);
  await page.waitForSelector('#account[hidden]', WAIT);
}

describe('demo page', () => {
  test('a new user signs up, signs out, and signs in with the button and by autofill', { timeout: 90_000 }, async () => {
    const { page, problems } = await openPage();

    // Sign up.
    await page.waitForSelector('passkey-register input[name="username"]', WAIT);
    await page.type('passkey-register input[name="username"]', 'ada');
    await (await page.waitForSelector(REGISTER_BUTTON, WAIT))?.click();
    await page.waitForSelector(SIGNED_IN, WAIT);
    assert.equal(await textOf(page, '#account-username'), 'ada');
    await passkeyCards(page, 1);
    assert.ok(await page.$eval('#signed-out', (element) => element.hidden));

    // Sign out, then in with the button (modal, usernameless).
    await logOut(page);
    await (await page.waitForSelector(LOGIN_BUTTON, WAIT))?.click();
    await page.waitForSelector(SIGNED_IN, WAIT);
    assert.equal(await textOf(page, '#account-username'), 'ada');
    // Last used: the sign-in was recorded.
    await page.waitForFunction(
      () => /Last used/.test(document.querySelector('#account-passkeys passkey-list')?.shadowRoot?.querySelector('[part~="details"]')?.textContent ?? ''),
      WAIT,
    );

    // Sign out and reload: autofill arms on connect and, with presence simulated, resolves by itself.
    await logOut(page);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(SIGNED_IN, WAIT);
    assert.equal(await textOf(page, '#account-username'), 'ada');
    await passkeyCards(page, 1);

    assert.deepEqual(problems, []);
  });

  test('the account page: the list in the page language (autoloaded), and a display-name change signals', { timeout: 60_000 }, async () => {
    const { page, problems } = await openPage();
    await page.waitForSelector('passkey-register input[name="username"]', WAIT);
    await page.type('passkey-register input[name="username"]', 'lovelace');
    await (await page.waitForSelector(REGISTER_BUTTON, WAIT))?.click();
    await passkeyCards(page, 1);

    // lang="fr": the list's file loads locales/list/fr.js (and locales/fr.js) from beside itself.
    await page.evaluate(() => {
      document.documentElement.lang = 'fr';
      /** @type {any} */ (document.querySelector('passkey-list')).requestUpdate();
    });
    await page.waitForFunction(
      () => document.querySelector('passkey-list')?.shadowRoot?.querySelector('[part~="add"]')?.textContent?.trim() === 'Ajouter une clé d’accès',
      WAIT,
    );

    // A spy on the Signal API (Chromium has it); the real method still runs.
    await page.evaluate(() => {
      const real = /** @type {any} */ (PublicKeyCredential).signalCurrentUserDetails;
      /** @type {any} */ (window).signalled = [];
      /** @type {any} */ (PublicKeyCredential).signalCurrentUserDetails = (/** @type {any} */ details) => {
        /** @type {any} */ (window).signalled.push(details);
        return real.call(PublicKeyCredential, details);
      };
    });
    await page.$eval('#display-name-input', (input) => (/** @type {HTMLInputElement} */ (input).value = ''));
    await page.type('#display-name-input', 'Ada Lovelace');
    await page.click('#display-name-form button');
    await page.waitForFunction(() => document.querySelector('#account-display-name')?.textContent === 'Ada Lovelace', WAIT);
    const signalled = await page.evaluate(() => /** @type {any} */ (window).signalled);
    const userId = await textOf(page, '#account-id');
    assert.deepEqual(signalled, [{ rpId: 'localhost', userId, name: 'lovelace', displayName: 'Ada Lovelace' }]);
    assert.deepEqual(problems, []);
  });

  test('the drop-in file signals after a sign-in (its Signal API helpers load from signals.js)', { timeout: 60_000 }, async () => {
    const { page, problems } = await openPage({
      // A spy on the Signal API before any script runs; the real methods still run.
      beforeLoad: () => {
        /** @type {any} */ (window).signalled = [];
        for (const name of ['signalAllAcceptedCredentials', 'signalCurrentUserDetails']) {
          const real = /** @type {any} */ (PublicKeyCredential)[name];
          /** @type {any} */ (PublicKeyCredential)[name] = (/** @type {any} */ details) => {
            /** @type {any} */ (window).signalled.push([name, details]);
            return real.call(PublicKeyCredential, details);
          };
        }
      },
    });
    await page.waitForSelector('passkey-register input[name="username"]', WAIT);
    await page.type('passkey-register input[name="username"]', 'hopper');
    await (await page.waitForSelector(REGISTER_BUTTON, WAIT))?.click();
    await page.waitForSelector(SIGNED_IN, WAIT);
    await logOut(page);
    await (await page.waitForSelector(LOGIN_BUTTON, WAIT))?.click();
    await page.waitForSelector(SIGNED_IN, WAIT);
    await page.waitForFunction(() => /** @type {any} */ (window).signalled.length === 2, WAIT);
    const userId = await textOf(page, '#account-id');
    const signalled = await page.evaluate(() => /** @type {any} */ (window).signalled);
    const ids = signalled[0][1].allAcceptedCredentialIds;
    assert.equal(ids.length, 1);
    assert.deepEqual(signalled, [
      ['signalAllAcceptedCredentials', { rpId: 'localhost', userId, allAcceptedCredentialIds: ids }],
      ['signalCurrentUserDetails', { rpId: 'localhost', userId, name: 'hopper', displayName: 'hopper' }],
    ]);
    assert.deepEqual(problems, []);
  });

  // The drop-in file maps WebAuthn errors by DOMException name (its build drops SimpleWebAuthn's
  // diagnosis wrappers): a refused verification still reads as cancelled, and retry works.
  test('a refused verification says cancelled, and a retry signs up', { timeout: 30_000 }, async () => {
    const { page, problems, setUserVerified } = await openPage();
    await setUserVerified?.(false);
    await page.waitForSelector('passkey-register input[name="username"]', WAIT);
    await page.type('passkey-register input[name="username"]', 'grace');
    await (await page.waitForSelector(REGISTER_BUTTON, WAIT))?.click();
    await page.waitForFunction(
      () => /cancelled/.test(document.querySelector('passkey-register')?.shadowRoot?.querySelector('[part~="message"]')?.textContent ?? ''),
      WAIT,
    );
    await setUserVerified?.(true);
    await (await page.waitForSelector(REGISTER_BUTTON, WAIT))?.click();
    await page.waitForSelector(SIGNED_IN, WAIT);
    assert.equal(await textOf(page, '#account-username'), 'grace');
    assert.deepEqual(problems, []);
  });

  test('a browser without WebAuthn gets the fallback, no passkey buttons', { timeout: 30_000 }, async () => {
    const { page, problems } = await openPage({
      authenticator: false,
      // Before any script runs, so the elements find no WebAuthn when they connect.
      beforeLoad: () => {
        // @ts-ignore: deleting a configurable global on purpose
        delete window.PublicKeyCredential;
      },
    });
    const fallback = await page.waitForSelector('passkey-login [slot="unsupported"]', { ...WAIT, visible: true });
    assert.match((await fallback?.evaluate((element) => element.textContent)) ?? '', /can't use passkeys/);
    await page.waitForFunction(() => customElements.get('passkey-register') && customElements.get('passkey-login'), WAIT);
    assert.equal(await page.$(LOGIN_BUTTON), null);
    assert.equal(await page.$(REGISTER_BUTTON), null);
    assert.deepEqual(problems, []);
  });
  /** @param {import('puppeteer-core').Page} page @param {string} username @param {'login' | 'register'} action */
  async function passwordSignIn(page, username, action) {
    await page.waitForSelector('#password-username', WAIT);
    await page.type('#password-username', username);
    await page.type('#password-password', 'correct horse battery');
    await page.click(`#password-form button[value="${action}"]`);
  }

  // Chromium 156 never completes a conditional create() with the virtual authenticator (it waits
  // forever), so this page's create() drops `mediation` before the real call: the authenticator
  // then makes a real passkey, which the server verifies against its conditional options.
  test('a password sign-up is followed by an automatic passkey, listed in the account', { timeout: 30_000 }, async () => {
    const { page, problems } = await openPage({
      beforeLoad: () => {
        const create = navigator.credentials.create.bind(navigator.credentials);
        Object.defineProperty(navigator.credentials, 'create', {
          // @ts-ignore: the stub keeps everything but mediation
          value: (options) => create({ ...options, mediation: undefined }),
        });
      },
    });
    await passwordSignIn(page, 'linus', 'register');
    await page.waitForSelector(SIGNED_IN, WAIT);
    await page.waitForFunction(() => /made a passkey/.test(document.getElementById('upgrade-status')?.textContent ?? ''), WAIT);
    await passkeyCards(page, 1);
    // The upgrade element shows nothing.
    assert.equal(await page.$eval('#upgrade passkey-register', (element) => element.getBoundingClientRect().height), 0);
    // Signed out, the new passkey signs in (the button, immediate mode: this device has it).
    await logOut(page);
    await (await page.waitForSelector(LOGIN_BUTTON, WAIT))?.click();
    await page.waitForSelector(SIGNED_IN, WAIT);
    assert.equal(await textOf(page, '#account-username'), 'linus');
    assert.deepEqual(problems, []);
  });

  // No virtual authenticator environment: Chromium answers a conditional create and an immediate
  // get() with NotAllowedError at once, as a browser with no passkey here would.
  test('no passkey to be had: the upgrade declines quietly, and the immediate button leads to the password form', { timeout: 30_000 }, async () => {
    const { page, problems } = await openPage({ authenticator: false });
    await passwordSignIn(page, 'margaret', 'register');
    await page.waitForSelector(SIGNED_IN, WAIT);
    await page.waitForFunction(() => /made no passkey/.test(document.getElementById('upgrade-status')?.textContent ?? ''), WAIT);
    // The list shows its "no passkeys yet" state.
    await page.waitForFunction(() => !!document.querySelector('#account-passkeys passkey-list')?.shadowRoot?.querySelector('[part~="empty"]'), WAIT);
    await logOut(page);
    await (await page.waitForSelector(LOGIN_BUTTON, WAIT))?.click();
    await page.waitForFunction(() => document.activeElement?.id === 'password-username', WAIT);
    assert.match(await textOf(page, '#password-status') ?? '', /No passkey on this device/);
    assert.equal(await page.$eval('passkey-login', (element) => element.shadowRoot?.querySelector('[part~="message"]')?.textContent?.trim()), '');
    await passwordSignIn(page, 'margaret', 'login');
    await page.waitForSelector(SIGNED_IN, WAIT);
    assert.equal(await textOf(page, '#account-username'), 'margaret');
    assert.deepEqual(problems, []);
  });
});
