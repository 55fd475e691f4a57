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

  test('a decoy id offered for an unknown username is refused like any failure (400), not as unknown-credential', async () => {
    const m = await member();
    await m.client.post('/passkeys/logout');
    const options = await m.client.post('/passkeys/login/options', { username: 'nobody-has-this-name' });
    const [decoy] = options.body.allowCredentials;
    // Claims the decoy's id (signing with its own key): a 404 here would tell the name has no account.
    const reply = await m.client.post('/passkeys/login/verify', await m.auth.authenticate(options.body, { credentialId: decoy.id }));
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, { verified: false, error: 'This passkey could not be verified.' });
    // The same id claimed in a usernameless sign-in is simply unknown.
    const usernameless = await m.client.post('/passkeys/login/options', {});
    const unknown = await m.client.post('/passkeys/login/verify', await m.auth.authenticate(usernameless.body, { credentialId: decoy.id }));
    assert.equal(unknown.status, 404);
    assert.deepEqual(unknown.body, UNKNOWN_CREDENTIAL);
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


/**
 * The victim's account as they see it, to check an attack changed nothing.
 * @param {Awaited<ReturnType<typeof member>>} m signed in
 */
async function snapshot(m) {
  const list = await m.client.get('/passkeys/credentials');
  const session = await m.client.get('/passkeys/session');
  return { list: list.body, user: session.body.user && { ...session.body.user, credentials: undefined } };
}

describe("another user's passkey: 404, the same reply as an unknown id, nothing changed", () => {
  test('rename and delete of Ana\'s passkey by Bob', async () => {
    const ana = await member();
    assert.equal((await ana.client.patch(one(ana.credentialId), { name: 'Ana phone' })).status, 200);
    const bob = await member();
    const before = await snapshot(ana);
    const unknownId = randomBytes(32).toString('base64url');
    for (const id of [ana.credentialId, unknownId]) {
      const rename = await bob.client.patch(one(id), { name: 'owned' });
      assert.equal(rename.status, 404, JSON.stringify(rename.body));
      assert.deepEqual(rename.body, NO_SUCH_PASSKEY);
      const remove = await bob.client.del(one(id));
      assert.equal(remove.status, 404);
      assert.deepEqual(remove.body, NO_SUCH_PASSKEY);
    }
    assert.deepEqual(await snapshot(ana), before);
    // Bob's own list never shows Ana's passkey, and Ana still signs in with it.
    assert.deepEqual((await bob.client.get('/passkeys/credentials')).body.map((/** @type {{id: string}} */ c) => c.id), [bob.credentialId]);
    await ana.client.post('/passkeys/logout');
    assert.equal((await signIn(ana.client, ana.auth, ana.username)).status, 200);
  });

  test('ids that are not ids (bad percent-encoding, another path shape): 404 or no route, nothing changed', async () => {
    const m = await member();
    const before = await snapshot(m);
    const bad = await m.client.patch('/passkeys/credentials/%E0%A4%A', { name: 'x' });
    assert.equal(bad.status, 404);
    assert.deepEqual(bad.body, NO_SUCH_PASSKEY);
    assert.equal((await m.client.del(`${one(m.credentialId)}/x`)).status, 404);
    assert.equal((await m.client.del('/passkeys/credentials')).status, 405);
    assert.equal((await m.client.del('/passkeys/credentials/')).status, 404);
    assert.deepEqual(await snapshot(m), before);
  });
});

describe('not signed in: 401', () => {
  test('list, rename, delete, display name: never signed in, and after logout', async () => {
    const m = await member();
    const stranger = rp.client();
    await m.client.post('/passkeys/logout');
    for (const client of [stranger, m.client]) {
      const list = await client.get('/passkeys/credentials');
      assert.equal(list.status, 401);
      assert.deepEqual(list.body, SIGN_IN);
      const rename = await client.patch(one(m.credentialId), { name: 'x' });
      assert.equal(rename.status, 401);
      assert.deepEqual(rename.body, SIGN_IN);
      const remove = await client.del(one(m.credentialId));
      assert.equal(remove.status, 401);
      assert.deepEqual(remove.body, SIGN_IN);
      const user = await client.patch('/passkeys/user', { displayName: 'x' });
      assert.equal(user.status, 401);
      assert.equal(typeof user.body.error, 'string');
    }
    assert.equal((await signIn(m.client, m.auth)).status, 200);
    const [entry] = (await m.client.get('/passkeys/credentials')).body;
    assert.equal(entry.name, null);
  });

  test('register options with no username and no session: 400 as before; with a session, its own account', async () => {
    for (const body of [{}, { username: '' }, { username: null }, { displayName: 'x' }]) {
      const reply = await rp.client().post('/passkeys/register/options', body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error, 'Enter a username.');
    }
    const m = await member();
    const own = await m.client.post('/passkeys/register/options', { username: '  ', displayName: 'Someone else' });
    assert.equal(own.status, 200);
    assert.equal(own.body.user.name, m.username);
    assert.equal(own.body.user.displayName, m.user.displayName);
    // Naming another account while signed in is still a sign-up for that name: taken.
    const other = await member();
    assert.equal((await m.client.post('/passkeys/register/options', { username: other.username })).status, 409);
  });
});

describe('CSRF: the same rules as the ceremony POSTs', () => {
  const json = { 'Content-Type': 'application/json' };
  /** @type {[string, Record<string, string>][]} */
  const foreign = [
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['Origin: null', { Origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'Sec-Fetch-Site': 'same-site' }],
  ];
  for (const [label, headers] of foreign) {
    test(`${label} → 403 on rename, delete and display name; nothing changed`, async () => {
      const m = await member();
      const before = await snapshot(m);
      for (const reply of [
        await m.client.patch(one(m.credentialId), { name: 'forged' }, { ...json, ...headers }),
        await m.client.del(one(m.credentialId), headers),
        await m.client.del(one(m.credentialId), { ...json, ...headers }),
        await m.client.patch('/passkeys/user', { displayName: 'forged' }, { ...json, ...headers }),
      ]) {
        assert.equal(reply.status, 403, JSON.stringify(reply.body));
        assert.equal(reply.body.error, 'This request came from another site.');
      }
      assert.deepEqual(await snapshot(m), before);
    });
  }

  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    test(`a form-style body (${type.split(';')[0]}) → 415 on rename, delete and display name; nothing changed`, async () => {
      const m = await member();
      const before = await snapshot(m);
      assert.equal((await m.client.patch(one(m.credentialId), JSON.stringify({ name: 'forged' }), { 'Content-Type': type })).status, 415);
      assert.equal((await m.client.patch(one(m.credentialId), 'name=forged', { 'Content-Type': type })).status, 415);
      assert.equal((await m.client.del(one(m.credentialId), { 'Content-Type': type })).status, 415);
      assert.equal((await m.client.patch('/passkeys/user', JSON.stringify({ displayName: 'forged' }), { 'Content-Type': type })).status, 415);
      assert.deepEqual(await snapshot(m), before);
    });
  }

  test('a browser on our own origin passes (Origin and Sec-Fetch-Site: same-origin)', async () => {
    const m = await member();
    const browser = { Origin: rp.base, 'Sec-Fetch-Site': 'same-origin' };
    assert.equal((await m.client.patch(one(m.credentialId), { name: 'Mine' }, { ...json, ...browser })).status, 200);
    assert.equal((await m.client.patch('/passkeys/user', { displayName: 'Mine' }, { ...json, ...browser })).status, 200);
    assert.equal((await m.client.del(one(m.credentialId), browser)).status, 204);
  });
});

describe('names: the display-name rules', () => {
  /** @type {[string, unknown][]} */
  const refused = [
    ['65 characters', 'x'.repeat(65)],
    ['65 emoji', '😀'.repeat(65)],
    ['a control character', 'my\u0000key'],
    ['a newline', 'my\nkey'],
    ['a bidi override', 'abc\u202Egnp.exe'],
    ['a bidi isolate', '\u2067key'],
    ['a number', 42],
    ['an object', { name: 'x' }],
  ];
  for (const [label, name] of refused) {
    test(`a passkey name with ${label}: 400 with a message, nothing changed`, async () => {
      const m = await member();
      assert.equal((await m.client.patch(one(m.credentialId), { name: 'Kept' })).status, 200);
      const before = await snapshot(m);
      const reply = await m.client.patch(one(m.credentialId), { name });
      assert.equal(reply.status, 400, JSON.stringify(reply.body));
      assert.equal(typeof reply.body.error, 'string');
      assert.deepEqual(await snapshot(m), before);
    });
  }

  test('no name member, or no body: 400; a body that is not JSON: 400', async () => {
    const m = await member();
    assert.equal((await m.client.patch(one(m.credentialId), {})).status, 400);
    assert.equal((await m.client.patch(one(m.credentialId), [])).status, 400);
    assert.equal((await m.client.patch(one(m.credentialId), '')).status, 400);
    assert.equal((await m.client.patch(one(m.credentialId), '{"name":')).status, 400);
  });

  test('64 characters (emoji count as one) and null (clears) are fine', async () => {
    const m = await member();
    const long = '😀'.repeat(64);
    assert.equal((await m.client.patch(one(m.credentialId), { name: long })).body.name, long);
    const cleared = await m.client.patch(one(m.credentialId), { name: null });
    assert.equal(cleared.status, 200);
    assert.equal(cleared.body.name, null);
  });

  for (const [label, displayName] of refused.filter(([, v]) => typeof v === 'string')) {
    test(`a display name with ${label}: 400, nothing changed`, async () => {
      const m = await member();
      const before = await snapshot(m);
      const reply = await m.client.patch('/passkeys/user', { displayName });
      assert.equal(reply.status, 400);
      assert.equal(typeof reply.body.error, 'string');
      assert.deepEqual(await snapshot(m), before);
    });
  }
});

describe('rate limiting counts them', () => {
  test('rename, delete and display-name changes spend the ceremony quota; the list does not', async () => {
    let clock = 60_000 * 1000;
    const limited = await startRelyingParty({ logger: quiet, now: () => clock, rateLimit: { max: 6, windowMs: 60_000 } });
    try {
      const client = limited.client();
      const auth = createSoftAuthenticator({ origin: limited.base });
      assert.equal((await signUp(client, auth, 'limited')).status, 200); // 2 requests
      const [id] = auth.credentials.keys();
      for (let i = 0; i < 10; i++) assert.equal((await client.get('/passkeys/credentials')).status, 200);
      assert.equal((await client.patch(one(id), { name: 'a' })).status, 200); // 3
      assert.equal((await client.patch('/passkeys/user', { displayName: 'b' })).status, 200); // 4
      assert.equal((await client.del(one(randomBytes(16).toString('base64url')))).status, 404); // 5: refused ones count too
      assert.equal((await client.patch(one(id), { name: 'c' })).status, 200); // 6
      const over = await client.del(one(id));
      assert.equal(over.status, 429);
      assert.ok(Number(over.headers.get('retry-after')) > 0);
      assert.equal((await client.patch('/passkeys/user', { displayName: 'd' })).status, 429);
      assert.equal((await client.patch(one(id), { name: 'd' })).status, 429);
      const [entry] = (await client.get('/passkeys/credentials')).body;
      assert.equal(entry.name, 'c', 'the limited rename did nothing');
      clock += 60_000;
      assert.equal((await client.del(one(id))).status, 204);
    } finally {
      await limited.close();
    }
  });
});

describe('decoys follow removals', () => {
  test('the real-account profile decoys copy drops a removed passkey (per user and per transports list)', async () => {
    const fresh = await startRelyingParty({ logger: quiet });
    try {
      const client = fresh.client();
      const first = createSoftAuthenticator({ origin: fresh.base });
      assert.equal((await signUp(client, first, 'profiled')).status, 200);
      const options = await client.post('/passkeys/register/options', {});
      const second = createSoftAuthenticator({ origin: fresh.base });
      assert.equal((await client.post('/passkeys/register/verify', await second.register(options.body, { transports: ['usb'] }))).status, 200);
      assert.deepEqual(fresh.rp.store.profile(), { passkeys: [[2, 1]], transports: [[['hybrid', 'internal'], 1], [['usb'], 1]] });
      assert.equal((await client.del(one([...second.credentials.keys()][0]))).status, 204);
      assert.deepEqual(fresh.rp.store.profile(), { passkeys: [[1, 1]], transports: [[['hybrid', 'internal'], 1]] });
      assert.equal((await client.del(one([...first.credentials.keys()][0]))).status, 204);
      assert.deepEqual(fresh.rp.store.profile(), { passkeys: [], transports: [] });
    } finally {
      await fresh.close();
    }
  });
});
