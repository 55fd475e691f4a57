// @ts-check
/**
 * Each example app (demo/examples/: React 19, React 18, Vue and Svelte with Vite, Angular with its CLI, plain HTML
 * with the script tag, and the server-rendered Next.js and SvelteKit) installed with passkey-elements packed from this build, built with its own type check,
 * served beside the mock relying party, and driven in headless Chromium with a CDP virtual
 * authenticator: sign up, sign out, sign in with the button, sign out, sign in by autofill.
 * Needs `npm run build`. Run: node --test test/examples.e2e.js
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { EXAMPLES, exampleServer, prepareExample } from '../scripts/example.js';
import { chromiumArgs, chromiumPath, virtualAuthenticator } from './fixtures/chromium.js';

const WAIT = { timeout: 15_000 };
const REGISTER_BUTTON = 'passkey-register >>> button[part~="button"]';
const LOGIN_BUTTON = 'passkey-login >>> button[part~="button"]';
/** Apps whose signed-in view lists the account's passkeys with <passkey-list>. */
const WITH_LIST = new Set(['next']);

/** @type {import('puppeteer-core').Browser} */
let browser;

before(async () => {
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});
after(() => browser?.close());

/** @param {import('node:http').Server} server */
async function listen(server) {
  // localhost, not 127.0.0.1: WebAuthn refuses IP addresses.
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  return `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
}

/** @param {import('node:http').Server} server */
function close(server) {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
}

describe('example apps', () => {
  for (const name of EXAMPLES) {
    test(`${name}: signs a new user up, and in with the button and by autofill`, { timeout: 240_000 }, async () => {
      const app = await prepareExample(name, { quiet: true });
      const server = exampleServer(app);
      const base = await listen(server);
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        /** @type {string[]} */
        const problems = [];
        page.on('pageerror', (error) => problems.push(String(error)));
        // Which resource failed: the console only says that one did.
        page.on('response', (response) => {
          if (response.status() >= 400) problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
        });
        // Warnings too: Svelte's production build reports a hydration mismatch with console.warn.
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
        });
        // One CDP session per page: the authenticator lives as long as it does.
        const cdp = await page.createCDPSession();
        await cdp.send('WebAuthn.enable', { enableUI: false });
        const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options: virtualAuthenticator });
        // With presence off, an autofill request stays pending (as while a user has not picked a passkey).
        const presence = (/** @type {boolean} */ enabled) =>
          cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled });
        /** Who is signed in; a server-rendered app also says which handler told it (`#via`). */
        const signedInAs = async (/** @type {string} */ event) => {
          await page.waitForSelector('#signed-in:not([hidden]) #username', WAIT);
          if (app.appHandler) assert.equal(await page.$eval('#via', (element) => element.textContent), event, 'the app heard the event');
          return page.$eval('#username', (element) => element.textContent);
        };
        const logOut = async () => {
          await presence(false);
          await page.click('#logout');
          await page.waitForSelector('#signed-out:not([hidden])', WAIT);
        };
        // Counts the page's conditional get() calls (and makes them): how the test knows autofill is armed.
        await page.evaluateOnNewDocument(() => {
          const counter = /** @type {{conditionalGets: number}} */ (/** @type {unknown} */ (window));
          const get = navigator.credentials.get.bind(navigator.credentials);
          counter.conditionalGets = 0;
          navigator.credentials.get = (options) => {
            if (options?.mediation === 'conditional') counter.conditionalGets++;
            return get(options);
          };
        });

        if (app.appHandler) {
          // Server-rendered: the signed-out forms, with the input autofill needs, before any script;
          // defer-hydration keeps the elements idle until the framework listens to their events.
          const html = await (await fetch(base)).text();
          for (const part of ['id="signed-out"', '<passkey-register', '<passkey-login', /autocomplete="username webauthn"/i, 'defer-hydration']) {
            assert.ok(typeof part === 'string' ? html.includes(part) : part.test(html), `the server's HTML has ${part}`);
          }
        }
        // A cold load: a new browser context has nothing cached.
        await page.goto(base, { waitUntil: 'load' });
        const username = `${name}-user`;
        await page.waitForSelector('passkey-register input[name="username"]', WAIT);
        // One input each: the element adopted the page's own (or made one), hydration kept it.
        await page.waitForSelector(LOGIN_BUTTON, WAIT);
        for (const tag of ['passkey-register', 'passkey-login']) {
          assert.equal(await page.$$eval(`${tag} input`, (inputs) => inputs.length), 1, `one input in ${tag}`);
        }
        await page.type('passkey-register input[name="username"]', username);
        await (await page.waitForSelector(REGISTER_BUTTON, WAIT))?.click();
        assert.equal(await signedInAs('passkey-register-success'), username, 'signed up');
        if (WITH_LIST.has(name)) {
          // The account view's <passkey-list> (its React component): the passkey just made.
          await page.waitForFunction(
            () => document.querySelector('#signed-in passkey-list')?.shadowRoot?.querySelectorAll('[part~="passkey"]').length === 1,
            WAIT,
          );
        }

        // A warm reload with presence off: autofill arms and stays pending; the button replaces it.
        await logOut();
        await page.reload({ waitUntil: 'load' });
        await page.waitForFunction(() => /** @type {{conditionalGets?: number}} */ (/** @type {unknown} */ (window)).conditionalGets, WAIT);
        await presence(true);
        await (await page.waitForSelector(LOGIN_BUTTON, WAIT))?.click();
        assert.equal(await signedInAs('passkey-login-success'), username, 'signed in with the button');

        // A warm reload with presence on: autofill signs in at once, maybe before a server-rendered
        // app has hydrated; the app's own handler must still hear of it. A slow phone's CPU (the
        // network stays fast) gives hydration the time in which such an event would be lost.
        await logOut();
        await presence(true);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
        await page.reload({ waitUntil: 'load' });
        assert.equal(await signedInAs('passkey-login-success'), username, 'signed in by autofill');
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
        await close(server);
        await app.close?.();
      }
    });
  }
});
