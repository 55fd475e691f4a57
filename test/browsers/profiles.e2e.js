// @ts-check
/**
 * Every browser with passkeys, from Safari/iOS 16, Chrome and Edge 108, Firefox 119 and Samsung
 * Internet 21 on: the demo page (the built drop-in files, the real relying party, a CDP virtual
 * authenticator) in headless Chromium made to look like each browser version
 * (test/browsers/profile-page.js, from scripts/browser-profiles.js). Profiles with the same API
 * surface run once. When a profile fails, each feature it lacks is taken away alone, and the
 * failure names the ones whose absence breaks the run.
 * Needs `npm run build`. Run: node --test test/browsers/profiles.e2e.js
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { createDemoServer } from '../../demo/server/app.js';
import { FEATURES, surfaces } from '../../scripts/browser-profiles.js';
import { chromiumArgs, chromiumPath, virtualAuthenticator } from '../fixtures/chromium.js';
import { applyProfile } from './profile-page.js';

const WAIT = { timeout: 10_000 };
const SIGNED_IN = '#account:not([hidden])';
const SIGNED_OUT = '#signed-out:not([hidden])';
const REGISTER_BUTTON = 'passkey-register >>> button[part~="button"]:not([part~="secondary"])';
const LOGIN_BUTTON = 'passkey-login >>> button[part~="button"]';
const LIST = '#account-passkeys passkey-list';

/** @type {import('node:http').Server} */
let server;
/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {string} */
let base;
let users = 0;

before(async () => {
  server = createDemoServer();
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  base = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** The init-script removals for a list of feature ids. */
const removalsOf = (/** @type {string[]} */ ids) => FEATURES.filter((f) => ids.includes(f.id) && f.remove).map((f) => /** @type {string} */ (f.remove));

/**
 * A page in its own browser context (own cookies and focus), shaped as the profile, with a
 * virtual authenticator; everything that would show a developer a problem is collected.
 * @param {{remove: string[], activation: boolean}} profile
 */
async function openPage(profile) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const requested = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const cdp = await page.createCDPSession();
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const addAuthenticator = async () => (await cdp.send('WebAuthn.addVirtualAuthenticator', { options: virtualAuthenticator })).authenticatorId;
  let authenticatorId = await addAuthenticator();
  /** Takes this device's authenticator away and gives it a new, empty one (another device). */
  const newDevice = async () => {
    await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
    authenticatorId = await addAuthenticator();
  };
  await page.evaluateOnNewDocument(applyProfile, profile);
  await page.goto(base, { waitUntil: 'load' });
  return { page, problems, requested, newDevice, close: () => context.close() };
}

/** The step a journey is at, for the failure message. */
let step = '';

/** @param {import('puppeteer-core').Page} page */
async function click(page, /** @type {string} */ selector) {
  step = `click ${selector}`;
  // A locator waits until the element is visible and holds still (a re-render may replace it).
  await page.locator(selector).setTimeout(WAIT.timeout).click();
}

/** @param {import('puppeteer-core').Page} page */
const calls = (page) => page.evaluate(() => /** @type {any} */ (window).__profile.calls);

/** @param {import('puppeteer-core').Page} page @param {number} count */
const passkeyCards = (page, count) =>
  page.waitForFunction(
    (list, n) => document.querySelector(list)?.shadowRoot?.querySelectorAll('li[part~="passkey"]').length === n,
    WAIT,
    LIST,
    count,
  );

/** Clicks a button of the list, found in its shadow root by part (in the card of that name, or the first). */
async function listClick(/** @type {import('puppeteer-core').Page} */ page, /** @type {string} */ part, card = '') {
  step = `click the list's ${part} button`;
  const handle = await page.waitForFunction(
    (list, part, card) => {
      const root = document.querySelector(list)?.shadowRoot;
      const scope = [...(root?.querySelectorAll('li[part~="passkey"]') ?? [])].find((li) => li.querySelector('[part="name"]')?.textContent === card) ?? root;
      return scope?.querySelector(`button[part~="${part}"]`);
    },
    WAIT,
    LIST,
    part,
    card,
  );
  await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (handle).click();
}

/**
 * WCAG contrast of an element's text on its own background, or on the page's (a transparent
 * element): 0 when the element has no colour of its own to show (a button without a fill).
 * @param {import('puppeteer-core').Page} page @param {() => Element | null | undefined} find
 */
function contrastOf(page, find) {
  return page.evaluate((source) => {
    const element = /** @type {Element} */ (new Function(`return (${source})()`)());
    const rgb = (/** @type {string} */ value) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const style = getComputedStyle(element);
    const [br, bg, bb, ba = 1] = rgb(style.backgroundColor);
    const background = ba === 0 ? rgb(getComputedStyle(document.body).backgroundColor) : [br, bg, bb];
    if (element.localName === 'button' && ba === 0) return 0;
    const luminance = (/** @type {number[]} */ c) =>
      c.slice(0, 3).reduce((sum, v, i) => {
        const s = v / 255;
        return sum + [0.2126, 0.7152, 0.0722][i] * (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
      }, 0);
    const [a, b] = [luminance(rgb(style.color)), luminance(background)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  }, find.toString());
}

/**
 * Everything a user of the page does, under one profile: sign-up; "Sign in instead"; the list
 * (rename, add from another device, remove); the button (immediate falls back to the usual dialog);
 * autofill where the profile has conditional mediation; signals only where they exist; and the
 * colours at AA contrast. Throws on the first thing that goes wrong.
 * @param {{remove: string[], activation: boolean}} profile @param {string[]} lacks
 */
async function signInJourney(profile, lacks) {
  const { page, problems, requested, newDevice, close } = await openPage(profile);
  try {
    const username = `user-${++users}`;
    // Autofill: the field claims passkeys where the browser can offer them.
    await page.waitForSelector('passkey-login input[name="username"]', WAIT);
    const autocomplete = await page.$eval('passkey-login input[name="username"]', (input) => input.getAttribute('autocomplete'));
    assert.equal(autocomplete, lacks.includes('isConditionalMediationAvailable') ? 'username' : 'username webauthn');

    // Sign up, from a click.
    await page.type('passkey-register input[name="username"]', username);
    await click(page, REGISTER_BUTTON);
    await page.waitForSelector(SIGNED_IN, WAIT);
    await passkeyCards(page, 1);
    assert.ok((await contrastOf(page, () => document.querySelector('passkey-login')?.shadowRoot?.querySelector('button'))) >= 4.5, 'the sign-in button keeps its fill and contrast');

    // The same name again, on the device that holds its passkey (a second sign-up element, put
    // on the signed-in page: the demo hides its own): "Sign in instead" signs in.
    step = 'sign up again, then sign in instead';
    await page.evaluate(() => document.getElementById('account')?.append(Object.assign(document.createElement('passkey-register'), { id: 'again' })));
    await page.type('#again input[name="username"]', username);
    await click(page, '#again >>> button[part~="button"]:not([part~="secondary"])');
    await page.waitForSelector('#again >>> button[part~="secondary"]', WAIT);
    assert.ok((await contrastOf(page, () => document.querySelector('#again')?.shadowRoot?.querySelector('[part~="error"]'))) >= 4.5, 'the error keeps its colour');
    await click(page, '#again >>> button[part~="secondary"]');
    await page.waitForFunction(() => /Signed in/.test(document.querySelector('#again')?.shadowRoot?.querySelector('[part~="message"]')?.textContent ?? ''), WAIT);
    await page.$eval('#again', (element) => element.remove());

    // The list: rename the passkey.
    await listClick(page, 'rename');
    const input = await page.waitForFunction((list) => document.querySelector(list)?.shadowRoot?.querySelector('input[part~="input"]'), WAIT, LIST);
    await /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (input).type('Work laptop');
    await page.keyboard.press('Enter');
    await page.waitForFunction((list) => document.querySelector(list)?.shadowRoot?.querySelector('[part="name"]')?.textContent === 'Work laptop', WAIT, LIST);

    // Sign out, then in with the button: the demo's element has `immediate`, which no profile
    // supports: the usual dialog, within the click.
    await click(page, '#logout');
    await page.waitForSelector(SIGNED_OUT, WAIT);
    await click(page, LOGIN_BUTTON);
    await page.waitForSelector(SIGNED_IN, WAIT);
    assert.equal(await page.$eval('#account-username', (element) => element.textContent), username);

    // Autofill: signed out and reloaded, the armed request resolves by itself (presence simulated).
    if (!lacks.includes('isConditionalMediationAvailable')) {
      await click(page, '#logout');
      await page.waitForSelector(SIGNED_OUT, WAIT);
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector(SIGNED_IN, WAIT);
      const conditional = (await calls(page)).filter((/** @type {any} */ call) => call.method === 'get' && call.mediation === 'conditional');
      assert.ok(conditional.length > 0, 'autofill armed');
    }

    // Add a passkey from another device, then remove the first one (confirmed).
    await passkeyCards(page, 1);
    // Another device: the page is loaded again, as on that device (Chromium's virtual
    // authenticators do not answer a request made before the swap).
    await newDevice();
    await page.reload({ waitUntil: 'load' });
    await passkeyCards(page, 1);
    await listClick(page, 'add');
    await passkeyCards(page, 2);
    await listClick(page, 'remove', 'Work laptop');
    assert.ok(
      (await contrastOf(page, () => document.querySelector('#account-passkeys passkey-list')?.shadowRoot?.querySelector('button[part~="danger"]'))) >= 4.5,
      'the confirm button keeps its fill and contrast',
    );
    await listClick(page, 'danger');
    await passkeyCards(page, 1);
    assert.equal(await page.$eval(LIST, (list) => list.shadowRoot?.querySelector('[part="name"]')?.textContent === 'Work laptop'), false);

    // The new device's passkey signs in with the button.
    await click(page, '#logout');
    await page.waitForSelector(SIGNED_OUT, WAIT);
    await click(page, LOGIN_BUTTON);
    await page.waitForSelector(SIGNED_IN, WAIT);

    // The password manager is told (signals.js) only where the browser has the Signal API.
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 5_000 });
    assert.equal(requested.includes('/cdn/signals.js'), !lacks.includes('signalUnknownCredential'), 'signals.js loaded where the Signal API exists');
    assert.deepEqual((await calls(page)).filter((/** @type {any} */ call) => call.refused), [], 'no ceremony outside a user activation');
    assert.deepEqual(problems, []);
  } catch (error) {
    throw await explained(error, page, problems);
  } finally {
    await close();
  }
}

/** The error, with what the elements say and what went wrong on the page. */
async function explained(/** @type {any} */ error, /** @type {import('puppeteer-core').Page} */ page, /** @type {string[]} */ problems) {
  const said = await page
    .evaluate(() =>
      [...document.querySelectorAll('passkey-login, passkey-register, passkey-list')]
        .map((element) => `${element.localName}: "${element.shadowRoot?.querySelector('[part~="message"]')?.textContent?.trim() ?? ''}"`)
        .join(', '),
    )
    .catch(() => '');
  const asked = await calls(page).catch(() => []);
  const ceremonies = asked.map((/** @type {any} */ c) => `${c.method}${c.mediation ? `(${c.mediation})` : ''}${c.refused ? ' refused' : ''}`).join(' ');
  error.message += ` [${said}; WebAuthn: ${ceremonies}${problems.length ? `; ${problems.join('; ')}` : ''}]`;
  return error;
}

/**
 * A password sign-up, after which <passkey-register upgrade> runs: never a modal prompt; where the
 * browser has no conditional create, `unsupported` and no create() at all.
 * @param {{remove: string[], activation: boolean}} profile @param {string[]} lacks
 */
async function upgradeJourney(profile, lacks) {
  const { page, problems, close } = await openPage(profile);
  try {
    await page.waitForSelector('#password-username', WAIT);
    await page.type('#password-username', `password-${++users}`);
    await page.type('#password-password', 'correct horse battery');
    await click(page, '#password-form button[value="register"]');
    await page.waitForSelector(SIGNED_IN, WAIT);
    if (lacks.includes('conditional create')) {
      await page.waitForFunction(() => /without asking/.test(document.getElementById('upgrade-status')?.textContent ?? ''), WAIT);
      assert.deepEqual((await calls(page)).filter((/** @type {any} */ call) => call.method === 'create'), []);
    } else {
      // Chromium never settles a conditional create with the virtual authenticator: the request is the proof.
      await page.waitForFunction(() => /** @type {any} */ (window).__profile.calls.some((/** @type {any} */ c) => c.method === 'create'), WAIT);
      assert.deepEqual(
        (await calls(page)).filter((/** @type {any} */ call) => call.method === 'create').map((/** @type {any} */ call) => call.mediation),
        ['conditional'],
      );
    }
    assert.deepEqual(problems, []);
  } catch (error) {
    throw await explained(error, page, problems);
  } finally {
    await close();
  }
}

/**
 * Runs a journey under the whole profile; on failure, under each missing feature alone, and names
 * those whose absence alone breaks it.
 * @param {typeof signInJourney} journey @param {import('../../scripts/browser-profiles.js').Profile} profile
 */
async function underProfile(journey, profile) {
  try {
    await journey({ remove: removalsOf(profile.lacks), activation: profile.activation }, profile.lacks);
  } catch (error) {
    /** @type {string[]} */
    const culprits = [];
    for (const id of profile.lacks.filter((id) => removalsOf([id]).length)) {
      await journey({ remove: removalsOf([id]), activation: profile.activation }, [id]).catch(() => culprits.push(id));
    }
    const named = culprits.length ? `without ${culprits.join(', ')}` : `with all of ${profile.lacks.join(', ') || 'nothing'} missing together`;
    throw new Error(`${profile.label} fails ${named}${profile.activation ? ' (Safari: modal ceremonies need a user activation)' : ''}: ${/** @type {Error} */ (error).message} (at: ${step})`, { cause: error });
  }
}

// PROFILE=text runs only the profiles whose names contain it (while working on one).
const only = process.env.PROFILE;

describe('every browser with passkeys', { concurrency: 2 }, () => {
  for (const { profile, labels } of surfaces().filter(({ labels }) => !only || labels.some((label) => label.includes(only)))) {
    const name = `${labels.join(', ')}${profile.lacks.length ? ` (no ${profile.lacks.join(', ')})` : ''}`;
    test(`${name}: sign-up, sign in instead, the list, the button, autofill, signals`, { timeout: 240_000 }, () => underProfile(signInJourney, profile));
    test(`${labels.join(', ')}: the automatic upgrade never prompts`, { timeout: 120_000 }, () => underProfile(upgradeJourney, profile));
  }
});
