// @ts-check
/**
 * Related origin requests (issue 17): the relying party serves /.well-known/webauthn when given
 * relatedOrigins and accepts those origins, and no others, in clientDataJSON. Over real HTTP with
 * the software authenticator. A browser on a related origin would first fetch the well-known file
 * and then sign for the RP ID; the authenticator here plays that browser by signing for the
 * relying party's RP ID while writing the related origin into clientDataJSON.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createDemoServer } from '../../demo/server/app.js';
import { createRelyingParty } from '../../demo/server/relying-party.js';
import { createSoftAuthenticator } from '../fixtures/soft-authenticator.js';
import { createClient, signIn, signUp, startRelyingParty } from './harness.js';

const RELATED = ['https://shop.example', 'https://example.co.uk:8443'];
const NOT_VERIFIED = { verified: false, error: 'This passkey could not be verified.' };
const quiet = { warn() {}, error() {} };

/** @type {Array<() => Promise<void>>} */
const closers = [];
after(() => Promise.all(closers.map((close) => close())));

/** @param {Parameters<typeof startRelyingParty>[0]} [opts] */
async function start(opts) {
  const rp = await startRelyingParty({ logger: quiet, ...opts });
  closers.push(rp.close);
  return rp;
}

let names = 0;
const uniqueName = () => `related${++names}`;

describe('GET /.well-known/webauthn', () => {
  test('configured: 200 application/json {origins}', async () => {
    const rp = await start({ relatedOrigins: RELATED });
    const reply = await fetch(`${rp.base}/.well-known/webauthn`);
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers.get('content-type')), /^application\/json\b/);
    assert.deepEqual(await reply.json(), { origins: RELATED });
    // The file is read by browsers, not posted to.
    const post = await fetch(`${rp.base}/.well-known/webauthn`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
  });

  test('not configured (or an empty list): 404', async () => {
    for (const opts of [{}, { relatedOrigins: [] }]) {
      const rp = await start(opts);
      assert.equal((await fetch(`${rp.base}/.well-known/webauthn`)).status, 404, JSON.stringify(opts));
    }
  });

  test('anything but plain origins is refused when the relying party is made', () => {
    for (const bad of ['shop.example', 'https://shop.example/', 'https://shop.example/login', 'ftp://shop.example', 'HTTPS://Shop.example', '*']) {
      assert.throws(() => createRelyingParty({ relatedOrigins: [bad] }), TypeError, bad);
    }
    assert.throws(() => createRelyingParty({ relatedOrigins: /** @type {any} */ ('https://shop.example') }), TypeError);
  });

  test('the demo server serves it: createDemoServer({relatedOrigins}) and RELATED_ORIGINS (with RP_ID) for npm start', async () => {
    const server = createDemoServer({ relatedOrigins: RELATED });
    await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
    closers.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    assert.deepEqual(await (await fetch(`http://localhost:${port}/.well-known/webauthn`)).json(), { origins: RELATED });
    assert.throws(() => createDemoServer({ rp: createRelyingParty(), relatedOrigins: RELATED }), TypeError);

    const dataDir = mkdtempSync(path.join(tmpdir(), 'pk-related-'));
    const child = spawn(process.execPath, [fileURLToPath(new URL('../../demo/server/main.js', import.meta.url))], {
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, RELATED_ORIGINS: RELATED.join(','), RP_ID: 'example.test' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const mainPort = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const match = out.match(/http:\/\/localhost:(\d+)/);
          if (match) resolve(Number(match[1]));
        });
        child.once('exit', (code) => reject(new Error(`main.js exited (${code}): ${out}`)));
      });
      assert.deepEqual(await (await fetch(`http://localhost:${mainPort}/.well-known/webauthn`)).json(), { origins: RELATED });
      // Pages on the related origins share one RP ID: pinned, not taken from the Host header.
      const options = await createClient(`http://localhost:${mainPort}`).post('/passkeys/login/options', {});
      assert.equal(options.body.rpId, 'example.test');
    } finally {
      await new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('verification accepts the related origins, and only those', () => {
  test('a sign-up and a sign-in made on a related origin are accepted', async () => {
    const rp = await start({ relatedOrigins: RELATED });
    const client = rp.client();
    const auth = createSoftAuthenticator({ origin: rp.base });
    const username = uniqueName();
    const reply = await signUp(client, auth, username, { origin: RELATED[1] });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    await client.post('/passkeys/logout');
    const signedIn = await signIn(client, auth, username, { origin: RELATED[0] });
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    // And the relying party's own origin still works.
    await client.post('/passkeys/logout');
    assert.equal((await signIn(client, auth)).status, 200);
  });

  test('an unrelated origin is refused, at sign-up and sign-in, and nobody is signed in', async () => {
    const rp = await start({ relatedOrigins: RELATED });
    const username = uniqueName();
    const member = rp.client();
    const auth = createSoftAuthenticator({ origin: rp.base });
    assert.equal((await signUp(member, auth, username)).status, 200);
    await member.post('/passkeys/logout');
    // Near misses of the listed ones: another scheme, another port, a subdomain, a look-alike.
    for (const origin of ['https://evil.example', 'http://shop.example', 'https://example.co.uk', 'https://www.shop.example', 'https://shop.example.evil']) {
      const client = rp.client();
      const other = createSoftAuthenticator({ origin: rp.base });
      const up = await signUp(client, other, uniqueName(), { origin });
      assert.equal(up.status, 400, origin);
      assert.deepEqual(up.body, NOT_VERIFIED);
      const inReply = await signIn(client, auth, username, { origin });
      assert.equal(inReply.status, 400, origin);
      assert.deepEqual(inReply.body, NOT_VERIFIED);
      assert.equal((await client.get('/passkeys/session')).body.user, null);
    }
  });

  test('without relatedOrigins, a listed-elsewhere origin is refused too', async () => {
    const rp = await start();
    const reply = await signUp(rp.client(), createSoftAuthenticator({ origin: rp.base }), uniqueName(), { origin: RELATED[0] });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, NOT_VERIFIED);
  });

  test('a related origin with an RP ID hash of its own (not the shared RP ID) is refused', async () => {
    const rp = await start({ relatedOrigins: RELATED });
    const reply = await signUp(rp.client(), createSoftAuthenticator({ origin: rp.base }), uniqueName(), { origin: RELATED[0], rpId: 'shop.example' });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, NOT_VERIFIED);
  });
});
