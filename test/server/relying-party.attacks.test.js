// @ts-check
/**
 * Forged and tampered ceremonies against the relying party, over real HTTP, with a software
 * authenticator that signs for real: each test changes one thing an attacker controls and checks
 * the relying party refuses it (and that nobody got signed in).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createSoftAuthenticator } from '../fixtures/soft-authenticator.js';
import { signIn, signUp, startRelyingParty } from './harness.js';

const NOT_VERIFIED = { verified: false, error: 'This passkey could not be verified.' };
const EXPIRED = {
  register: { verified: false, error: 'This sign-up request expired. Please try again.' },
  login: { verified: false, error: 'This sign-in request expired. Please try again.' },
};
const INCOMPLETE = { verified: false, error: 'The browser sent an incomplete passkey response.' };
const quiet = { warn() {}, error() {} };

let clock = Date.now();
/** @type {Awaited<ReturnType<typeof startRelyingParty>>} */
let rp;
before(async () => {
  rp = await startRelyingParty({ now: () => clock, logger: quiet });
});
after(() => rp.close());

let names = 0;
const uniqueName = () => `user${++names}`;
const randomB64 = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** A user with a passkey, signed out again; `client` and `auth` are theirs. */
async function member(username = uniqueName()) {
  const client = rp.client();
  const auth = createSoftAuthenticator({ origin: rp.base });
  const reply = await signUp(client, auth, username);
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  await client.post('/passkeys/logout');
  const [credentialId] = auth.credentials.keys();
  return { client, auth, username, userId: reply.body.user.id, credentialId };
}

/** A visitor with an authenticator, no account. */
function visitor() {
  return { client: rp.client(), auth: createSoftAuthenticator({ origin: rp.base }) };
}

/**
 * @param {import('./harness.js').Reply} reply
 * @param {unknown} [expected] the reply body
 * @param {import('./harness.js').Client} [client] checked to be signed out afterwards
 */
async function assertRefused(reply, expected = NOT_VERIFIED, client = undefined) {
  assert.equal(reply.status, 400, JSON.stringify(reply.body));
  assert.deepEqual(reply.body, expected);
  if (client) assert.equal((await client.get('/passkeys/session')).body.user, null, 'nobody is signed in');
}

/** Registration options for a fresh name, and the visitor that asked. */
async function registering() {
  const { client, auth } = visitor();
  const options = await client.post('/passkeys/register/options', { username: uniqueName() });
  assert.equal(options.status, 200);
  return { client, auth, options: options.body };
}

/** Usernameless sign-in options for an existing member. */
async function signingIn() {
  const m = await member();
  const options = await m.client.post('/passkeys/login/options', {});
  assert.equal(options.status, 200);
  return { ...m, options: options.body };
}

/** The two verify calls, with the tampering applied by the soft authenticator. */
const ceremonies = /** @type {const} */ ({
  /** @param {import('../fixtures/soft-authenticator.js').Overrides} overrides */
  async register(overrides) {
    const { client, auth, options } = await registering();
    return { client, reply: await client.post('/passkeys/register/verify', await auth.register(options, overrides)) };
  },
  /** @param {import('../fixtures/soft-authenticator.js').Overrides} overrides */
  async login(overrides) {
    const { client, auth, options } = await signingIn();
    return { client, reply: await client.post('/passkeys/login/verify', await auth.authenticate(options, overrides)) };
  },
});

describe('the honest ceremonies work (the baseline every attack changes one thing of)', () => {
  test('sign up, sign out, sign in with and without a username', async () => {
    const { client, auth, username } = await member();
    assert.equal((await signIn(client, auth)).status, 200);
    await client.post('/passkeys/logout');
    const named = await signIn(client, auth, username);
    assert.equal(named.status, 200);
    assert.equal(named.body.user.username, username);
  });
});

describe('challenge', () => {
  for (const type of /** @type {const} */ (['register', 'login'])) {
    test(`${type}: a challenge the server did not issue is refused`, async () => {
      const { client, reply } = await ceremonies[type]({ challenge: randomB64() });
      await assertRefused(reply, NOT_VERIFIED, client);
    });

    test(`${type}: clientDataJSON without a challenge is refused`, async () => {
      const { client, reply } = await ceremonies[type]({ challenge: null });
      await assertRefused(reply, NOT_VERIFIED, client);
    });

    test(`${type}: 5 minutes and 1 ms after the options, the challenge has expired`, async () => {
      const { client, auth, options } = type === 'register' ? await registering() : await signingIn();
      clock += 5 * 60_000 + 1;
      const response = type === 'register' ? await auth.register(options) : await auth.authenticate(options);
      await assertRefused(await client.post(`/passkeys/${type}/verify`, response), EXPIRED[type], client);
    });

    test(`${type}: a verify with no options asked for on this session (missing challenge) is refused`, async () => {
      // The response answers a challenge issued to another session.
      const { auth, options } = type === 'register' ? await registering() : await signingIn();
      const response = type === 'register' ? await auth.register(options) : await auth.authenticate(options);
      const stranger = rp.client();
      await assertRefused(await stranger.post(`/passkeys/${type}/verify`, response), EXPIRED[type], stranger);
    });
  }

  test('register: a replayed registration is refused', async () => {
    const { client, auth, options } = await registering();
    const response = await auth.register(options);
    assert.equal((await client.post('/passkeys/register/verify', response)).status, 200);
    await client.post('/passkeys/logout');
    await assertRefused(await client.post('/passkeys/register/verify', response), EXPIRED.register, client);
  });

  test('login: a replayed assertion is refused, even from a passkey whose counter stays 0', async () => {
    // Synced passkeys send counter 0: only the single-use challenge stops a replay.
    const { client, auth, options } = await signingIn();
    const response = await auth.authenticate(options, { counter: 0 });
    assert.equal((await client.post('/passkeys/login/verify', response)).status, 200);
    await client.post('/passkeys/logout');
    await assertRefused(await client.post('/passkeys/login/verify', response), EXPIRED.login, client);
    // Nor does it answer the next challenge.
    await client.post('/passkeys/login/options', {});
    await assertRefused(await client.post('/passkeys/login/verify', response), NOT_VERIFIED, client);
  });

  test('register: the pending challenge is a sign-in one (its value signed into a registration)', async () => {
    const { client, auth, options } = await registering();
    const login = await client.post('/passkeys/login/options', {});
    const response = await auth.register(options, { challenge: login.body.challenge });
    await assertRefused(await client.post('/passkeys/register/verify', response), EXPIRED.register, client);
  });

  test('login: the pending challenge is a sign-up one (its value signed into an assertion)', async () => {
    const { client, auth, options } = await signingIn();
    const signup = await client.post('/passkeys/register/options', { username: uniqueName() });
    const response = await auth.authenticate(options, { challenge: signup.body.challenge });
    await assertRefused(await client.post('/passkeys/login/verify', response), EXPIRED.login, client);
  });

  test('register: clientDataJSON of type webauthn.get is refused', async () => {
    const { client, reply } = await ceremonies.register({ type: 'webauthn.get' });
    await assertRefused(reply, NOT_VERIFIED, client);
  });

  test('login: clientDataJSON of type webauthn.create is refused', async () => {
    const { client, reply } = await ceremonies.login({ type: 'webauthn.create' });
    await assertRefused(reply, NOT_VERIFIED, client);
  });
});

describe('origin and RP ID', () => {
  /** @type {[string, (port: number) => string][]} */
  const origins = [
    ['another port', (port) => `http://localhost:${port + 1}`],
    ['another scheme', (port) => `https://localhost:${port}`],
    ['a subdomain', (port) => `http://evil.localhost:${port}`],
  ];
  for (const type of /** @type {const} */ (['register', 'login'])) {
    for (const [label, origin] of origins) {
      test(`${type}: clientDataJSON from ${label} is refused`, async () => {
        const { client, reply } = await ceremonies[type]({ origin: origin(rp.port) });
        await assertRefused(reply, NOT_VERIFIED, client);
      });
    }

    test(`${type}: authenticator data for another RP ID (rpIdHash) is refused`, async () => {
      const { client, reply } = await ceremonies[type]({ rpId: 'evil.example' });
      await assertRefused(reply, NOT_VERIFIED, client);
    });
  }
});

describe('user presence and verification', () => {
  for (const type of /** @type {const} */ (['register', 'login'])) {
    test(`${type}: without the user-present flag it is refused`, async () => {
      const { client, reply } = await ceremonies[type]({ flags: { up: false, uv: true } });
      await assertRefused(reply, NOT_VERIFIED, client);
    });

    test(`${type}: without the user-verified flag it is refused`, async () => {
      const { client, reply } = await ceremonies[type]({ flags: { up: true, uv: false } });
      await assertRefused(reply, NOT_VERIFIED, client);
    });
  }
});

describe('signature counter', () => {
  test('a counter that goes back (a cloned authenticator) is refused; the real one goes on', async () => {
    const { client, auth } = await member();
    assert.equal((await signIn(client, auth)).status, 200); // counter 1
    await client.post('/passkeys/logout');
    assert.equal((await signIn(client, auth)).status, 200); // counter 2
    await client.post('/passkeys/logout');
    await assertRefused(await signIn(client, auth, undefined, { counter: 2 }), NOT_VERIFIED, client);
    await assertRefused(await signIn(client, auth, undefined, { counter: 1 }), NOT_VERIFIED, client);
    assert.equal((await signIn(client, auth)).status, 200); // counter 3
  });
});

describe('whose credential', () => {
  test("options for another user's name, answered with one's own passkey: refused", async () => {
    const ana = await member();
    const bob = await member();
    const options = await bob.client.post('/passkeys/login/options', { username: ana.username });
    const response = await bob.auth.authenticate(options.body, { credentialId: bob.credentialId });
    await assertRefused(await bob.client.post('/passkeys/login/verify', response), NOT_VERIFIED, bob.client);
  });

  test("another user's credential id, signed with one's own key: refused", async () => {
    const ana = await member();
    const bob = await member();
    const options = await bob.client.post('/passkeys/login/options', { username: ana.username });
    // Bob's authenticator does not hold Ana's credential: it signs with Bob's key and claims her id.
    const response = await bob.auth.authenticate(options.body, { credentialId: ana.credentialId });
    await assertRefused(await bob.client.post('/passkeys/login/verify', response), NOT_VERIFIED, bob.client);
  });

  test('a credential the relying party never registered: refused with 404 unknown-credential (for the Signal API)', async () => {
    const { client, reply } = await ceremonies.login({ credentialId: randomB64() });
    assert.equal(reply.status, 404, JSON.stringify(reply.body));
    assert.deepEqual(reply.body, { verified: false, error: 'unknown-credential' });
    assert.equal((await client.get('/passkeys/session')).body.user, null, 'nobody is signed in');
  });

  test("a userHandle of another user (Ana's passkey saying it is Bob's): refused", async () => {
    const ana = await member();
    const bob = await member();
    await assertRefused(await signIn(ana.client, ana.auth, undefined, { userHandle: bob.userId }), NOT_VERIFIED, ana.client);
    await assertRefused(await signIn(ana.client, ana.auth, ana.username, { userHandle: bob.userId }), NOT_VERIFIED, ana.client);
  });

  test('usernameless sign-in without a userHandle: refused', async () => {
    const { client, reply } = await ceremonies.login({ userHandle: null });
    await assertRefused(reply, NOT_VERIFIED, client);
  });

  test('a credential id that is already registered cannot be registered again', async () => {
    const ana = await member();
    const bob = visitor();
    // Bob's authenticator makes a key under Ana's credential id, to take her sign-ins over.
    await assertRefused(await signUp(bob.client, bob.auth, uniqueName(), { credentialId: ana.credentialId }), NOT_VERIFIED, bob.client);
    const again = await signIn(ana.client, ana.auth);
    assert.equal(again.status, 200);
    assert.equal(again.body.user.username, ana.username);
  });

  test('a registration whose id is not the credential in its authenticator data: refused', async () => {
    const { client, auth, options } = await registering();
    const response = await auth.register(options);
    const other = randomB64();
    await assertRefused(await client.post('/passkeys/register/verify', { ...response, id: other, rawId: other }), NOT_VERIFIED, client);
  });
});

describe('malformed bodies', () => {
  /** @type {[string, (response: any) => unknown][]} */
  const login = [
    ['no id', ({ id, ...rest }) => rest],
    ['no rawId', ({ rawId, ...rest }) => rest],
    ['no response', ({ response, ...rest }) => rest],
    ['no clientDataJSON', (r) => ({ ...r, response: { ...r.response, clientDataJSON: undefined } })],
    ['no signature', (r) => ({ ...r, response: { ...r.response, signature: undefined } })],
    ['no authenticatorData', (r) => ({ ...r, response: { ...r.response, authenticatorData: undefined } })],
    ['id not base64url', (r) => ({ ...r, id: `${r.id}+/`, rawId: `${r.id}+/` })],
    ['clientDataJSON not base64url', (r) => ({ ...r, response: { ...r.response, clientDataJSON: `${r.response.clientDataJSON}!` } })],
    ['userHandle not base64url', (r) => ({ ...r, response: { ...r.response, userHandle: 'a b' } })],
    ['id ≠ rawId', (r) => ({ ...r, rawId: randomB64() })],
    ['type not public-key', (r) => ({ ...r, type: 'password' })],
    ['an array', (r) => [r]],
    ['no body', () => ''],
  ];
  for (const [label, tamper] of login) {
    test(`login: ${label}: 400 before anything is looked up, challenge used up`, async () => {
      const { client, auth, options } = await signingIn();
      const response = await auth.authenticate(options);
      await assertRefused(await client.post('/passkeys/login/verify', tamper(response)), INCOMPLETE, client);
      await assertRefused(await client.post('/passkeys/login/verify', response), EXPIRED.login, client);
    });
  }

  /** @type {[string, (response: any) => unknown][]} */
  const register = [
    ['no attestationObject', (r) => ({ ...r, response: { ...r.response, attestationObject: undefined } })],
    ['attestationObject not base64url', (r) => ({ ...r, response: { ...r.response, attestationObject: 42 } })],
    ['id ≠ rawId', (r) => ({ ...r, rawId: randomB64() })],
  ];
  for (const [label, tamper] of register) {
    test(`register: ${label}: 400`, async () => {
      const { client, auth, options } = await registering();
      await assertRefused(await client.post('/passkeys/register/verify', tamper(await auth.register(options))), INCOMPLETE, client);
    });
  }

  test('a verify sent as text/plain: 415, nothing verified', async () => {
    const { client, auth, options } = await signingIn();
    const response = await auth.authenticate(options);
    const reply = await client.post('/passkeys/login/verify', JSON.stringify(response), { 'Content-Type': 'text/plain' });
    assert.equal(reply.status, 415);
    assert.equal((await client.get('/passkeys/session')).body.user, null);
  });
});

describe('byte caps on what gets stored', () => {
  test('register: a COSE public key padded to 20 KB (about the most a 64 KB body carries) is refused and nothing is stored', async () => {
    const before = rp.rp.store.stats().credentials;
    const { client, reply } = await ceremonies.register({ coseKeyPadding: 20_000 });
    await assertRefused(reply, NOT_VERIFIED, client);
    assert.equal(rp.rp.store.stats().credentials, before);
  });

  test('register: a key padded past 1 KB is refused; the honest 77-byte one is kept', async () => {
    const { client, reply } = await ceremonies.register({ coseKeyPadding: 1000 });
    await assertRefused(reply, NOT_VERIFIED, client);
    const { userId, credentialId } = await member();
    assert.equal(rp.rp.store.getCredential(credentialId)?.userId, userId);
    assert.ok(/** @type {Uint8Array} */ (rp.rp.store.getCredential(credentialId)?.publicKey).length < 100);
  });

  test('register: 3,000 transport strings are stored as the known ones, each once', async () => {
    const junk = [...Array.from({ length: 3000 }, (_, i) => `t${i}`.repeat(3)), 'usb', 'usb', 'internal', 42, null];
    const { client, auth, options } = await registering();
    const reply = await client.post('/passkeys/register/verify', await auth.register(options, { transports: junk }));
    assert.equal(reply.status, 200);
    const { credentials } = (await client.get('/passkeys/session')).body.user;
    assert.deepEqual(credentials[0].transports, ['internal', 'usb']);
  });

  test('a credential id over 1023 bytes is malformed; one of 1023 bytes registers', async () => {
    const long = await ceremonies.register({ credentialId: randomB64(1024) });
    await assertRefused(long.reply, INCOMPLETE, long.client);
    const { client, reply } = await ceremonies.register({ credentialId: randomB64(1023) });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.notEqual((await client.get('/passkeys/session')).body.user, null);
  });
});

describe('made inside a cross-origin frame (clickjacking)', () => {
  /** @type {[string, import('../fixtures/soft-authenticator.js').Overrides][]} */
  const framed = [
    ['crossOrigin with the top origin of another site', { crossOrigin: true, topOrigin: 'https://evil.example' }],
    ['crossOrigin with no topOrigin (as Safari sends it)', { crossOrigin: true }],
    ['a topOrigin without crossOrigin', { topOrigin: 'https://evil.example' }],
  ];
  for (const type of /** @type {const} */ (['register', 'login'])) {
    for (const [label, overrides] of framed) {
      test(`${type}: ${label} is refused`, async () => {
        const { client, reply } = await ceremonies[type](overrides);
        await assertRefused(reply, NOT_VERIFIED, client);
      });
    }
  }
});
