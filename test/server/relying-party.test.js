// @ts-check
/** The relying party's guards and bookkeeping, over real HTTP. Real ceremonies run in the browser tests. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { after, describe, test } from 'node:test';
import { createRelyingParty } from '../../demo/server/relying-party.js';
import { createStore } from '../../demo/server/store.js';
import { createSoftAuthenticator } from '../fixtures/soft-authenticator.js';

const JSON_TYPE = { 'Content-Type': 'application/json' };
const EXPIRED_LOGIN = 'This sign-in request expired. Please try again.';
const EXPIRED_REGISTER = 'This sign-up request expired. Please try again.';

/** @type {http.Server[]} */
const servers = [];
after(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

/**
 * A relying party behind a real server on a free port; other paths get "fallback".
 * @param {Parameters<typeof createRelyingParty>[0]} [opts]
 */
async function start(opts) {
  const rp = createRelyingParty(opts);
  const server = http.createServer(async (req, res) => {
    if (!(await rp.handle(req, res))) res.end('fallback');
  });
  servers.push(server);
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const base = `http://localhost:${port}`;
  /**
   * @param {string} path
   * @param {unknown} [body] JSON-encoded unless a string
   * @param {{cookie?: string, headers?: Record<string, string>}} [more]
   */
  const post = (path, body = {}, { cookie, headers = JSON_TYPE } = {}) =>
    fetch(base + path, {
      method: 'POST',
      headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  /** @param {string} path @param {string} [cookie] */
  const get = (path, cookie) => fetch(base + path, { headers: cookie ? { Cookie: cookie } : {} });
  return { rp, base, post, get };
}

/** `name=value` of the Set-Cookie reply header, for the next request. */
const cookieOf = (/** @type {Response} */ reply) => reply.headers.get('set-cookie')?.split(';')[0];

/** Puts a user with one (fake) passkey straight into the store; credential ids are unique there. */
function seedUser(/** @type {ReturnType<typeof createStore>} */ store, username = 'ana') {
  const user = store.addUser({ username, displayName: 'Ana' });
  const credential = store.addCredential({
    id: randomBytes(16).toString('base64url'),
    userId: user.id,
    publicKey: new Uint8Array([1, 2, 3]),
    counter: 0,
    transports: ['internal'],
  });
  return { user, credential };
}

/** Signs the session named by `cookie` in as `userId`, as a finished ceremony would. */
function signIn(/** @type {ReturnType<typeof createStore>} */ store, /** @type {string} */ cookie, /** @type {string} */ userId) {
  const session = store.getSession(cookie.split('=')[1]);
  assert.ok(session);
  session.userId = userId;
}

describe('routing and request guards', async () => {
  const { post, get } = await start();

  test('paths outside the base path are left to the next handler', async () => {
    assert.equal(await (await get('/passkeysx')).text(), 'fallback');
    assert.equal(await (await get('/')).text(), 'fallback');
  });

  test('unknown path under the base path: 404 JSON', async () => {
    const reply = await post('/passkeys/nope');
    assert.equal(reply.status, 404);
    assert.match(reply.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(typeof (await reply.json()).error, 'string');
    assert.equal((await get('/passkeys')).status, 404);
  });

  test('wrong method: 405 with Allow', async () => {
    const reply = await get('/passkeys/register/options');
    assert.equal(reply.status, 405);
    assert.equal(reply.headers.get('allow'), 'POST');
    assert.equal((await post('/passkeys/session')).status, 405);
  });

  test('POST without a JSON content type: 415', async () => {
    const reply = await post('/passkeys/login/options', '{}', { headers: { 'Content-Type': 'text/plain' } });
    assert.equal(reply.status, 415);
    assert.equal(typeof (await reply.json()).error, 'string');
  });

  test('a JSON content type with a charset is fine', async () => {
    const headers = { 'Content-Type': 'application/json; charset=utf-8' };
    assert.equal((await post('/passkeys/login/options', '{}', { headers })).status, 200);
  });

  test('body over 64 KB: 413', async () => {
    const reply = await post('/passkeys/login/options', { username: 'x'.repeat(70_000) });
    assert.equal(reply.status, 413);
    assert.equal(typeof (await reply.json()).error, 'string');
  });

  test('malformed JSON: 400', async () => {
    const reply = await post('/passkeys/login/options', '{"username":');
    assert.equal(reply.status, 400);
    assert.equal(typeof (await reply.json()).error, 'string');
  });

  test('replies are never cached', async () => {
    assert.equal((await get('/passkeys/session')).headers.get('cache-control'), 'no-store');
  });
});

describe('register/options', async () => {
  const { rp, post } = await start();

  for (const [label, body] of /** @type {const} */ ([
    ['missing', {}],
    ['blank', { username: '   ' }],
    ['not a string', { username: 42 }],
    ['65 characters', { username: 'a'.repeat(65) }],
  ])) {
    test(`rejects a username that is ${label}: 400`, async () => {
      const reply = await post('/passkeys/register/options', body);
      assert.equal(reply.status, 400);
      assert.equal(typeof (await reply.json()).error, 'string');
    });
  }

  test('accepts 64 characters after trimming', async () => {
    const reply = await post('/passkeys/register/options', { username: ` ${'a'.repeat(64)} ` });
    assert.equal(reply.status, 200);
    assert.equal((await reply.json()).user.name, 'a'.repeat(64));
  });

  test('options shape', async () => {
    const reply = await post('/passkeys/register/options', { username: 'bea', displayName: 'Bea B' });
    assert.equal(reply.status, 200);
    const options = await reply.json();
    assert.match(options.challenge, /^[\w-]{16,}$/);
    assert.equal(options.rp.id, 'localhost');
    assert.equal(options.rp.name, 'passkey-elements demo');
    assert.equal(options.user.name, 'bea');
    assert.equal(options.user.displayName, 'Bea B');
    assert.match(options.user.id, /^[\w-]+$/);
    assert.equal(options.authenticatorSelection.userVerification, 'required');
    assert.equal(options.authenticatorSelection.residentKey, 'required');
    assert.ok(options.pubKeyCredParams.length > 0);
    assert.deepEqual(options.excludeCredentials, []);
  });

  test('a taken username (any case): 409', async () => {
    seedUser(rp.store, 'cleo');
    const reply = await post('/passkeys/register/options', { username: 'CLEO' });
    assert.equal(reply.status, 409);
    assert.deepEqual(await reply.json(), { error: 'That username is taken.' });
  });

  test('the signed-in owner adds a passkey: excludeCredentials lists theirs', async () => {
    const { user, credential } = seedUser(rp.store, 'dora');
    const cookie = cookieOf(await post('/passkeys/login/options'));
    assert.ok(cookie);
    signIn(rp.store, cookie, user.id);
    const reply = await post('/passkeys/register/options', { username: 'dora' }, { cookie });
    assert.equal(reply.status, 200);
    const options = await reply.json();
    assert.equal(options.user.id, user.id);
    assert.deepEqual(
      options.excludeCredentials.map((/** @type {{id: string}} */ c) => c.id),
      [credential.id],
    );
  });
});

describe('login/options', async () => {
  const { rp, post } = await start();
  const { credential } = seedUser(rp.store, 'ana');

  test('usernameless: no allowCredentials, user verification required', async () => {
    for (const body of [{}, '']) {
      const reply = await post('/passkeys/login/options', body);
      assert.equal(reply.status, 200);
      const options = await reply.json();
      assert.equal(options.rpId, 'localhost');
      assert.equal(options.userVerification, 'required');
      assert.match(options.challenge, /^[\w-]{16,}$/);
      assert.equal(options.allowCredentials, undefined);
    }
  });

  // Unknown names get decoy credentials (relying-party.attacks.test.js checks they look real).
  test('known username: allowCredentials; unknown: same reply shape, nothing revealed', async () => {
    const known = await post('/passkeys/login/options', { username: 'Ana' });
    const unknown = await post('/passkeys/login/options', { username: 'nobody' });
    assert.equal(known.status, 200);
    assert.equal(unknown.status, 200);
    const [k, u] = [await known.json(), await unknown.json()];
    assert.deepEqual(
      k.allowCredentials.map((/** @type {{id: string}} */ c) => c.id),
      [credential.id],
    );
    assert.deepEqual(Object.keys(u).sort(), Object.keys(k).sort());
    assert.equal(u.allowCredentials.length, k.allowCredentials.length);
    assert.equal(u.userVerification, k.userVerification);
    assert.equal(u.timeout, k.timeout);
    assert.equal(u.error, undefined);
  });

  test('a username that is not a string: 400', async () => {
    assert.equal((await post('/passkeys/login/options', { username: ['ana'] })).status, 400);
    assert.equal((await post('/passkeys/login/options', '[]')).status, 400);
  });
});

describe('challenges', async () => {
  let clock = Date.now();
  const { post } = await start({ now: () => clock });

  /** @param {'register' | 'login'} type */
  async function pending(type) {
    const body = type === 'register' ? { username: `u${Math.random()}`.slice(0, 10) } : {};
    const reply = await post(`/passkeys/${type}/options`, body);
    assert.equal(reply.status, 200);
    const cookie = cookieOf(reply);
    assert.ok(cookie);
    return cookie;
  }

  /** @param {Response} reply @param {string} error */
  async function assertRejected(reply, error) {
    assert.equal(reply.status, 400);
    assert.deepEqual(await reply.json(), { verified: false, error });
  }

  test('verify without a pending challenge: 400 verified:false', async () => {
    await assertRejected(await post('/passkeys/register/verify', { id: 'x', response: {} }), EXPIRED_REGISTER);
    await assertRejected(await post('/passkeys/login/verify', { id: 'x', response: {} }), EXPIRED_LOGIN);
  });

  test('a challenge is used once, whatever the outcome', async () => {
    const cookie = await pending('login');
    const first = await post('/passkeys/login/verify', { id: 'AQIDBAUGBwg', response: {} }, { cookie });
    assert.equal(first.status, 400);
    assert.equal((await first.json()).error, 'The browser sent an incomplete passkey response.');
    await assertRejected(await post('/passkeys/login/verify', { id: 'AQIDBAUGBwg', response: {} }, { cookie }), EXPIRED_LOGIN);
  });

  test('an incomplete response also uses up the challenge', async () => {
    const cookie = await pending('register');
    const first = await post('/passkeys/register/verify', {}, { cookie });
    assert.equal(first.status, 400);
    assert.equal((await first.json()).verified, false);
    await assertRejected(await post('/passkeys/register/verify', {}, { cookie }), EXPIRED_REGISTER);
  });

  test('a challenge expires after 5 minutes', async () => {
    const cookie = await pending('login');
    clock += 5 * 60_000 + 1;
    await assertRejected(await post('/passkeys/login/verify', { id: 'x', response: {} }, { cookie }), EXPIRED_LOGIN);
  });

  test('a challenge only serves its own ceremony', async () => {
    const loginCookie = await pending('login');
    await assertRejected(await post('/passkeys/register/verify', {}, { cookie: loginCookie }), EXPIRED_REGISTER);
    const registerCookie = await pending('register');
    await assertRejected(await post('/passkeys/login/verify', {}, { cookie: registerCookie }), EXPIRED_LOGIN);
  });

  test('new options add a pending challenge; the earlier one stays pending', async () => {
    const cookie = await pending('register');
    const again = await post('/passkeys/login/options', {}, { cookie });
    assert.equal(again.headers.get('set-cookie'), null, 'the session is kept');
    // The register challenge is still there: a garbled verify is "incomplete", not "expired".
    const reply = await post('/passkeys/register/verify', {}, { cookie });
    assert.equal((await reply.json()).error, 'The browser sent an incomplete passkey response.');
    // That garbled verify used it up.
    await assertRejected(await post('/passkeys/register/verify', {}, { cookie }), EXPIRED_REGISTER);
  });
});

describe('sessions', async () => {
  const { rp, post, get } = await start();

  test('the session cookie is HttpOnly, SameSite=Lax, Path=/', async () => {
    const header = (await post('/passkeys/login/options')).headers.get('set-cookie') ?? '';
    const [pair, ...flags] = header.split(';').map((part) => part.trim());
    assert.match(pair, /^pk_session=[\w-]{40,}$/);
    assert.deepEqual(flags.sort(), ['HttpOnly', 'Path=/', 'SameSite=Lax']);
  });

  test('signed out: {user: null}, and no session is created', async () => {
    const reply = await get('/passkeys/session');
    assert.deepEqual(await reply.json(), { user: null });
    assert.equal(reply.headers.get('set-cookie'), null);
  });

  test('an unknown session id counts as signed out', async () => {
    assert.deepEqual(await (await get('/passkeys/session', 'pk_session=forged')).json(), { user: null });
  });

  test('signed in: the user and their passkeys; logout signs out', async () => {
    const { user, credential } = seedUser(rp.store, 'eve');
    const cookie = cookieOf(await post('/passkeys/login/options'));
    assert.ok(cookie);
    signIn(rp.store, cookie, user.id);
    const { user: shown } = await (await get('/passkeys/session', cookie)).json();
    assert.equal(shown.id, user.id);
    assert.equal(shown.username, 'eve');
    assert.equal(shown.displayName, 'Ana');
    assert.equal(shown.credentials.length, 1);
    assert.equal(shown.credentials[0].id, credential.id);
    assert.deepEqual(shown.credentials[0].transports, ['internal']);
    assert.equal(shown.credentials[0].lastUsedAt, null);
    assert.ok(!Number.isNaN(Date.parse(shown.credentials[0].createdAt)));
    assert.equal(shown.credentials[0].publicKey, undefined);

    const out = await post('/passkeys/logout', '', { cookie });
    assert.equal(out.status, 200);
    assert.deepEqual(await out.json(), { ok: true });
    assert.deepEqual(await (await get('/passkeys/session', cookie)).json(), { user: null });
  });

  test('logout without a session is fine', async () => {
    assert.deepEqual(await (await post('/passkeys/logout')).json(), { ok: true });
  });

  test('the store keeps at most maxSessions, dropping the oldest', () => {
    const store = createStore({ maxSessions: 2 });
    const [a, b, c] = [store.createSession(), store.createSession(), store.createSession()];
    assert.equal(store.getSession(a.id), undefined);
    assert.ok(store.getSession(b.id));
    assert.ok(store.getSession(c.id));
  });
});

describe('configuration', () => {
  test('two relying parties on one host, each with its own cookie name: signing in to one keeps the other', async () => {
    const server = http.createServer(async (req, res) => {
      if (!(await a.handle(req, res)) && !(await b.handle(req, res))) res.writeHead(404).end();
    });
    const a = createRelyingParty({ basePath: '/a', cookieName: 'a_session' });
    const b = createRelyingParty({ basePath: '/b', cookieName: 'b_session' });
    servers.push(server);
    await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
    const base = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
    // One browser: one cookie jar for the host, whatever the path or port.
    /** @type {Map<string, string>} */
    const jar = new Map();
    /** @param {string} path @param {unknown} [body] */
    const send = async (path, body) => {
      const reply = await fetch(base + path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { ...JSON_TYPE, Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const [pair] = (reply.headers.get('set-cookie') ?? '').split(';');
      if (pair) jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      return reply.json();
    };
    const auth = createSoftAuthenticator({ origin: base });
    const options = await send('/a/register/options', { username: 'ana' });
    assert.equal((await send('/a/register/verify', await auth.register(options))).verified, true);
    await send('/b/login/options', {});
    assert.deepEqual([...jar.keys()].sort(), ['a_session', 'b_session']);
    assert.equal((await send('/a/session')).user?.username, 'ana', 'still signed in to A');
    assert.equal((await send('/b/session')).user, null);
  });

  test('a cookie name that is not a cookie token is refused at start', () => {
    assert.throws(() => createRelyingParty({ cookieName: 'a=b; Domain=evil.example' }), TypeError);
  });

  test('a pinned https origin sets rp.id from it and marks the cookie Secure', async () => {
    const { post } = await start({ origin: 'https://example.com' });
    const reply = await post('/passkeys/register/options', { username: 'fay' });
    assert.equal((await reply.json()).rp.id, 'example.com');
    assert.match(reply.headers.get('set-cookie') ?? '', /; Secure/);
  });

  test('a custom base path', async () => {
    const { get } = await start({ basePath: '/auth/' });
    assert.deepEqual(await (await get('/auth/session')).json(), { user: null });
    assert.equal(await (await get('/passkeys/session')).text(), 'fallback');
  });

  test('unexpected errors: 500 with a plain message, stack logged', async () => {
    /** @type {unknown[][]} */
    const logged = [];
    const store = createStore();
    const failing = {
      ...store,
      findUserByUsername() {
        throw new Error('boom');
      },
    };
    const logger = { warn() {}, error: (/** @type {unknown[]} */ ...args) => logged.push(args) };
    const { post } = await start({ store: failing, logger });
    const reply = await post('/passkeys/register/options', { username: 'gus' });
    assert.equal(reply.status, 500);
    assert.deepEqual(await reply.json(), { error: 'Something went wrong on the server.' });
    assert.equal(logged.length, 1);
    assert.match(String(logged[0][1]), /boom/);
  });
});
