// @ts-check
/**
 * Issue 17's server half with real credentials: headless Chromium and its CDP virtual
 * authenticator, against the relying party over HTTP. A password sign-up, conditional (upgrade)
 * options, a passkey made from them and verified, then a usernameless sign-in with it.
 *
 * The passkey is made with a plain `create()`: with the virtual authenticator, a conditional
 * `create()` (`mediation: 'conditional'`) never settles in Chromium 156 (TOOLCHAIN.md), so the
 * silent UP=0 response itself comes from the software authenticator in
 * relying-party.upgrade.test.js. What this adds: the options the relying party gives for an
 * upgrade are ones a real browser accepts, and what it makes from them is verified and usable.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, virtualAuthenticator } from '../fixtures/chromium.js';
import { startRelyingParty } from './harness.js';

/** @type {Awaited<ReturnType<typeof startRelyingParty>>} */
let rp;
/** @type {import('puppeteer-core').Browser} */
let browser;

before(async () => {
  rp = await startRelyingParty({ logger: { warn() {}, error() {} } });
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  await rp?.close();
});

test('Chromium: password sign-up, then a passkey from conditional options, verified and signed in with', { timeout: 60_000 }, async () => {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options: virtualAuthenticator });
    // Any page of the relying party's origin will do: the calls below are same-origin fetches.
    await page.goto(`${rp.base}/passkeys/session`);

    const result = await page.evaluate(async (username) => {
      /** @param {string} path @param {unknown} body */
      const post = async (path, body) => {
        const reply = await fetch(`/passkeys${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        return { status: reply.status, body: await reply.json() };
      };
      const P = /** @type {any} */ (PublicKeyCredential);
      const signedUp = await post('/password/register', { username, password: 'correct horse battery' });
      const options = await post('/register/options', { mediation: 'conditional' });
      const created = /** @type {any} */ (await navigator.credentials.create({ publicKey: P.parseCreationOptionsFromJSON(options.body) }));
      const registered = await post('/register/verify', created.toJSON());
      const session = await (await fetch('/passkeys/session')).json();
      await post('/logout', {});
      const request = await post('/login/options', {});
      const asserted = /** @type {any} */ (await navigator.credentials.get({ publicKey: P.parseRequestOptionsFromJSON(request.body) }));
      const signedIn = await post('/login/verify', asserted.toJSON());
      return {
        signedUp: signedUp.status,
        options: { status: options.status, userVerification: options.body.authenticatorSelection?.userVerification },
        registered: registered.status,
        credentialId: created.id,
        session: session.user,
        signedIn: { status: signedIn.status, username: signedIn.body.user?.username },
      };
    }, `chromium-upgrade-${Date.now()}`);

    assert.equal(result.signedUp, 200);
    assert.deepEqual(result.options, { status: 200, userVerification: 'preferred' });
    assert.equal(result.registered, 200);
    assert.equal(result.session.hasPassword, true);
    assert.deepEqual(result.session.credentials.map((/** @type {{id: string}} */ c) => c.id), [result.credentialId]);
    assert.deepEqual(result.signedIn, { status: 200, username: result.session.username });
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0].isResidentCredential, true);
  } finally {
    await context.close();
  }
});
