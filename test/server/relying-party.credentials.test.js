// @ts-check
/**
 * Managing a signed-in account's passkeys over real HTTP, with the software authenticator signing
 * for real: list, rename, add, remove; the verify replies' credentialIds; a sign-in with a removed
 * passkey (404 unknown-credential); and the same guards as the ceremonies (session ownership,
 * CSRF, rate limit), each attack checked to change nothing.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createSoftAuthenticator } from '../fixtures/soft-authenticator.js';
import { signIn, signUp, startRelyingParty } from './harness.js';

const quiet = { warn() {}, error() {} };
/** An authenticator model's AAGUID, as a provider would report it. */
const AAGUID = 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4';
const NO_SUCH_PASSKEY = { error: 'No such passkey on your account.' };
const SIGN_IN = { error: 'Sign in to manage your passkeys.' };
const UNKNOWN_CREDENTIAL = { verified: false, error: 'unknown-credential' };

/** @type {Awaited<ReturnType<typeof startRelyingParty>>} */
let rp;
before(async () => {
  rp = await startRelyingParty({ logger: quiet });
});
after(() => rp.close());

let names = 0;
const uniqueName = () => `keeper${++names}`;
/** The path of one passkey, its id URL-encoded as the contract says. */
const one = (/** @type {string} */ id) => `/passkeys/credentials/${encodeURIComponent(id)}`;

/**
 * A signed-in user with one passkey.
 * @param {import('../fixtures/soft-authenticator.js').Overrides} [overrides]
 */
async function member(overrides) {
  const client = rp.client();
  const auth = createSoftAuthenticator({ origin: rp.base });
  const username = uniqueName();
  const reply = await signUp(client, auth, username, overrides);
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  const [credentialId] = auth.credentials.keys();
  return { client, auth, username, user: reply.body.user, credentialId, reply };
}

/** Adds a passkey from a second authenticator to the signed-in member's account. */
async function addPasskey(/** @type {Awaited<ReturnType<typeof member>>} */ m, overrides = {}) {
  const auth = createSoftAuthenticator({ origin: rp.base });
  const options = await m.client.post('/passkeys/register/options', {});
  assert.equal(options.status, 200, JSON.stringify(options.body));
  const reply = await m.client.post('/passkeys/register/verify', await auth.register(options.body, overrides));
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  const [credentialId] = auth.credentials.keys();
  return { auth, credentialId, reply };
}

describe('the happy path', () => {
  test('list: one entry per passkey with its provider (AAGUID), dates, synced flag and transports', async () => {
    const before = Date.now();
    const m = await member({ aaguid: AAGUID.toUpperCase() });
    const list = await m.client.get('/passkeys/credentials');
    assert.equal(list.status, 200);
    assert.equal(list.body.length, 1);
    const [entry] = list.body;
    assert.equal(entry.id, m.credentialId);
    assert.equal(entry.name, null);
    assert.equal(entry.aaguid, AAGUID, 'lowercase, dashed');
    assert.equal(entry.backedUp, true);
    assert.deepEqual(entry.transports, ['hybrid', 'internal']);
    assert.equal(entry.lastUsedAt, null);
    assert.ok(Date.parse(entry.createdAt) >= before - 1000 && entry.createdAt === new Date(entry.createdAt).toISOString());
    assert.equal(list.headers.get('cache-control'), 'no-store');
  });

  test('an all-zero AAGUID is no provider (null); a device-bound passkey is backedUp false', async () => {
    const m = await member({ flags: { be: false, bs: false } });
    const [entry] = (await m.client.get('/passkeys/credentials')).body;
    assert.equal(entry.aaguid, null);
    assert.equal(entry.backedUp, false);
  });

  test('add a second passkey while signed in: options with {} name the session user and exclude the first', async () => {
    const m = await member();
    const options = await m.client.post('/passkeys/register/options', {});
    assert.equal(options.status, 200);
    assert.equal(options.body.user.name, m.username);
    assert.equal(options.body.user.id, m.user.id);
    assert.deepEqual(options.body.excludeCredentials.map((/** @type {{id: string}} */ c) => c.id), [m.credentialId]);
    // The authenticator that holds the first one refuses, as a browser would (InvalidStateError).
    await assert.rejects(m.auth.register(options.body), { name: 'InvalidStateError' });

    const second = await addPasskey(m, { flags: { bs: false } });
    assert.deepEqual(second.reply.body.user, m.user);
    assert.deepEqual(second.reply.body.credentialIds, [m.credentialId, second.credentialId]);
    const list = (await m.client.get('/passkeys/credentials')).body;
    assert.deepEqual(list.map((/** @type {{id: string}} */ c) => c.id), [second.credentialId, m.credentialId], 'newest first');
    assert.equal(list[0].backedUp, false);
  });

  test('rename: trimmed, returned as the list shows it; an empty name clears it', async () => {
    const m = await member();
    const renamed = await m.client.patch(one(m.credentialId), { name: '  Work laptop 💻  ' });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    const [listed] = (await m.client.get('/passkeys/credentials')).body;
    assert.equal(listed.name, 'Work laptop 💻');
    assert.deepEqual(renamed.body, listed);
    const cleared = await m.client.patch(one(m.credentialId), { name: '' });
    assert.equal(cleared.status, 200);
    assert.equal(cleared.body.name, null);
    assert.equal((await m.client.get('/passkeys/credentials')).body[0].name, null);
  });

  test('the id may come percent-encoded in full', async () => {
    const m = await member();
    const encoded = [...m.credentialId].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
    const renamed = await m.client.patch(`/passkeys/credentials/${encoded}`, { name: 'Phone' });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.equal(renamed.body.id, m.credentialId);
  });

  test('delete: 204 without a body; the list and the next verify reply no longer have it', async () => {
    const m = await member();
    const second = await addPasskey(m);
    const removed = await m.client.del(one(m.credentialId));
    assert.equal(removed.status, 204);
    assert.equal(removed.body, undefined);
    assert.deepEqual((await m.client.get('/passkeys/credentials')).body.map((/** @type {{id: string}} */ c) => c.id), [second.credentialId]);
    await m.client.post('/passkeys/logout');
    const signedIn = await signIn(m.client, second.auth, m.username);
    assert.equal(signedIn.status, 200);
    assert.deepEqual(signedIn.body.credentialIds, [second.credentialId]);
  });

  test('the last passkey may be deleted too', async () => {
    const m = await member();
    assert.equal((await m.client.del(one(m.credentialId))).status, 204);
    assert.deepEqual((await m.client.get('/passkeys/credentials')).body, []);
  });

  test('signing in with a deleted passkey: 404 {verified: false, error: "unknown-credential"}, signed out', async () => {
    const m = await member();
    await addPasskey(m);
    assert.equal((await m.client.del(one(m.credentialId))).status, 204);
    await m.client.post('/passkeys/logout');
    // Usernameless (autofill): the first authenticator still holds the removed passkey and offers it.
    const reply = await signIn(m.client, m.auth);
    assert.equal(reply.status, 404, JSON.stringify(reply.body));
    assert.deepEqual(reply.body, UNKNOWN_CREDENTIAL);
    assert.equal((await m.client.get('/passkeys/session')).body.user, null);
  });

  test('lastUsedAt is set by a sign-in', async () => {
    const m = await member();
    await m.client.post('/passkeys/logout');
    assert.equal((await signIn(m.client, m.auth)).status, 200);
    const [entry] = (await m.client.get('/passkeys/credentials')).body;
    assert.equal(typeof entry.lastUsedAt, 'string');
    assert.ok(Date.parse(entry.lastUsedAt) >= Date.parse(entry.createdAt));
  });
});

describe('verify replies carry every credential id of the user', () => {
  test('sign-up, then sign-in with and without a username', async () => {
    const m = await member();
    assert.deepEqual(m.reply.body.credentialIds, [m.credentialId]);
    assert.deepEqual(Object.keys(m.reply.body).sort(), ['credentialIds', 'user', 'verified']);
    const second = await addPasskey(m);
    await m.client.post('/passkeys/logout');
    for (const username of [m.username, undefined]) {
      const reply = await signIn(m.client, m.auth, username);
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body.user, m.user);
      assert.deepEqual(reply.body.credentialIds, [m.credentialId, second.credentialId]);
      await m.client.post('/passkeys/logout');
    }
  });
});

describe('PATCH /user', () => {
  test('changes the display name; blank means the username, as at sign-up', async () => {
    const m = await member();
    const changed = await m.client.patch('/passkeys/user', { displayName: '  Ana Lima ' });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.deepEqual(changed.body, { user: { ...m.user, displayName: 'Ana Lima' } });
    assert.equal((await m.client.get('/passkeys/session')).body.user.displayName, 'Ana Lima');
    const blank = await m.client.patch('/passkeys/user', { displayName: ' ' });
    assert.equal(blank.body.user.displayName, m.username);
  });
});

