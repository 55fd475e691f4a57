// @ts-check
/**
 * Issue 17, server half, over real HTTP with the software authenticator: demo-only password
 * accounts, automatic passkey upgrades (conditional registration options whose response may come
 * without user presence or verification) and the attacks on both.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { createStore } from '../../demo/server/store.js';
import { createSoftAuthenticator } from '../fixtures/soft-authenticator.js';
import { signIn, signUp, startRelyingParty } from './harness.js';

const NOT_VERIFIED = { verified: false, error: 'This passkey could not be verified.' };
const EXPIRED = { verified: false, error: 'This sign-up request expired. Please try again.' };
const WRONG = { error: 'Wrong username or password.' };
const PASSWORD = 'correct horse battery';
/** What an automatic upgrade's authenticator data says: no gesture, no verification. */
const SILENT = { flags: { up: false, uv: false } };
const quiet = { warn() {}, error() {} };

/** @type {Awaited<ReturnType<typeof startRelyingParty>>} */
let rp;
before(async () => {
  rp = await startRelyingParty({ logger: quiet });
});
after(() => rp.close());

let names = 0;
const uniqueName = () => `upgrade${++names}`;

/** A visitor who signed up with a password (and is signed in); `auth` is their authenticator. */
async function passwordUser(username = uniqueName()) {
  const client = rp.client();
  const reply = await client.post('/passkeys/password/register', { username, password: PASSWORD });
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  return { client, auth: createSoftAuthenticator({ origin: rp.base }), username, userId: reply.body.user.id };
}

/** @param {import('./harness.js').Client} client */
const sessionUser = async (client) => (await client.get('/passkeys/session')).body.user;

describe('demo-only password accounts', () => {
  test('sign up with a password: signed in, hasPassword, no passkey', async () => {
    const { client, username } = await passwordUser();
    const user = await sessionUser(client);
    assert.equal(user.username, username);
    assert.equal(user.hasPassword, true);
    assert.deepEqual(user.credentials, []);
  });

  test('sign out, then sign in with the password (any case of the name)', async () => {
    const { client, username, userId } = await passwordUser();
    await client.post('/passkeys/logout');
    assert.equal(await sessionUser(client), null);
    const reply = await client.post('/passkeys/password/login', { username: username.toUpperCase(), password: PASSWORD });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(reply.body.user, { id: userId, username, displayName: username });
    assert.equal((await sessionUser(client)).username, username);
  });

  test('a wrong password and an unknown name get the same 401, and nobody is signed in', async () => {
    const { username } = await passwordUser();
    const client = rp.client();
    const wrong = await client.post('/passkeys/password/login', { username, password: `${PASSWORD}!` });
    const unknown = await client.post('/passkeys/password/login', { username: uniqueName(), password: PASSWORD });
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.body, WRONG);
    assert.equal(unknown.status, 401);
    assert.deepEqual(unknown.body, WRONG);
    assert.equal(await sessionUser(client), null);
  });

  test('a passkey-only account has no password to sign in with: the same 401', async () => {
    const client = rp.client();
    const username = uniqueName();
    assert.equal((await signUp(client, createSoftAuthenticator({ origin: rp.base }), username)).status, 200);
    assert.equal((await sessionUser(client)).hasPassword, false);
    await client.post('/passkeys/logout');
    const reply = await client.post('/passkeys/password/login', { username, password: PASSWORD });
    assert.equal(reply.status, 401);
    assert.deepEqual(reply.body, WRONG);
  });

  test('a taken name: 409, for a password account and for a passkey account', async () => {
    const { username } = await passwordUser();
    const again = await rp.client().post('/passkeys/password/register', { username, password: 'another password' });
    assert.equal(again.status, 409);
    assert.deepEqual(again.body, { error: 'That username is taken.' });
    // Nor can someone else register a passkey for it.
    assert.equal((await rp.client().post('/passkeys/register/options', { username })).status, 409);
  });

  test('two sign-ups racing for one name while their passwords are hashed: one account, one 409', async () => {
    const username = uniqueName();
    const replies = await Promise.all(
      ['first password', 'second password'].map((password) => rp.client().post('/passkeys/password/register', { username, password })),
    );
    assert.deepEqual(replies.map((reply) => reply.status).sort(), [200, 409]);
  });

  test('passwords of 8 to 256 characters', async () => {
    const client = rp.client();
    const post = (/** @type {unknown} */ password) => client.post('/passkeys/password/register', { username: uniqueName(), password });
    assert.equal((await post('1234567')).status, 400);
    assert.equal((await post('x'.repeat(257))).status, 400);
    assert.equal((await post(12345678)).status, 400);
    assert.equal((await post(undefined)).status, 400);
    assert.equal((await post('12345678')).status, 200);
    assert.equal((await post('é'.repeat(256))).status, 200);
  });
});

describe('automatic passkey upgrade (conditional registration)', () => {
  test('after a password sign-in: conditional options for the signed-in user, no username needed', async () => {
    const { client, userId, username } = await passwordUser();
    const reply = await client.post('/passkeys/register/options', { mediation: 'conditional' });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal(reply.body.user.name, username);
    assert.equal(reply.body.user.id, userId);
    assert.equal(reply.body.authenticatorSelection.residentKey, 'required');
    assert.equal(reply.body.authenticatorSelection.userVerification, 'preferred');
  });

  test('a response without user presence or verification is accepted, recorded, and signs in later', async () => {
    const { client, auth, username, userId } = await passwordUser();
    const options = await client.post('/passkeys/register/options', { mediation: 'conditional' });
    const verify = await client.post('/passkeys/register/verify', await auth.register(options.body, SILENT));
    assert.equal(verify.status, 200, JSON.stringify(verify.body));
    assert.equal(verify.body.user.id, userId);
    const user = await sessionUser(client);
    assert.equal(user.credentials.length, 1);
    assert.equal(user.credentials[0].id, [...auth.credentials.keys()][0]);
    assert.equal(user.hasPassword, true);

    await client.post('/passkeys/logout');
    const signedIn = await signIn(client, auth);
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    assert.equal(signedIn.body.user.username, username);
  });

  test('with the username of the signed-in user too (the element sends it): accepted', async () => {
    const { client, auth, username } = await passwordUser();
    const options = await client.post('/passkeys/register/options', { mediation: 'conditional', username: username.toUpperCase(), displayName: 'X' });
    assert.equal(options.status, 200, JSON.stringify(options.body));
    assert.equal(options.body.user.name, username);
    assert.equal((await client.post('/passkeys/register/verify', await auth.register(options.body, SILENT))).status, 200);
  });

  test('excludeCredentials lists the passkeys the user has', async () => {
    const { client, auth } = await passwordUser();
    const first = await client.post('/passkeys/register/options', { mediation: 'conditional' });
    assert.equal((await client.post('/passkeys/register/verify', await auth.register(first.body, SILENT))).status, 200);
    const second = await client.post('/passkeys/register/options', { mediation: 'conditional' });
    assert.deepEqual(second.body.excludeCredentials.map((/** @type {{id: string}} */ c) => c.id), [...auth.credentials.keys()]);
  });

  test('a password account can add a passkey the ordinary way too (UP and UV required there)', async () => {
    const { client, auth, username } = await passwordUser();
    const options = await client.post('/passkeys/register/options', { username });
    assert.equal(options.body.authenticatorSelection.userVerification, 'required');
    assert.equal((await client.post('/passkeys/register/verify', await auth.register(options.body))).status, 200);
    assert.equal((await sessionUser(client)).credentials.length, 1);
  });
});

describe('attacks on the upgrade', () => {
  test('a UP=0 response to ordinary options is refused (and UV=0, and both)', async () => {
    for (const flags of [{ up: false, uv: true }, { up: true, uv: false }, { up: false, uv: false }]) {
      const { client, auth, username } = await passwordUser();
      const options = await client.post('/passkeys/register/options', { username });
      const reply = await client.post('/passkeys/register/verify', await auth.register(options.body, { flags }));
      assert.equal(reply.status, 400, JSON.stringify(flags));
      assert.deepEqual(reply.body, NOT_VERIFIED);
      assert.deepEqual((await sessionUser(client)).credentials, []);
    }
  });

  test('a UP=0 response to an ordinary sign-up (no account yet) is refused', async () => {
    const client = rp.client();
    const reply = await signUp(client, createSoftAuthenticator({ origin: rp.base }), uniqueName(), SILENT);
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, NOT_VERIFIED);
    assert.equal(await sessionUser(client), null);
  });

  test('conditional options without a session: 401, no challenge issued', async () => {
    const client = rp.client();
    const reply = await client.post('/passkeys/register/options', { mediation: 'conditional' });
    assert.equal(reply.status, 401);
    assert.equal(typeof reply.body.error, 'string');
    // With a username too: still nobody to upgrade.
    const named = await client.post('/passkeys/register/options', { mediation: 'conditional', username: uniqueName() });
    assert.equal(named.status, 401);
  });

  test('conditional options naming another account than the signed-in one: 409, nothing issued', async () => {
    const victim = await passwordUser();
    const { client, auth } = await passwordUser();
    for (const username of [victim.username, uniqueName()]) {
      const reply = await client.post('/passkeys/register/options', { mediation: 'conditional', username });
      assert.equal(reply.status, 409);
      assert.deepEqual(reply.body, { error: 'An automatic passkey can only be made for the account that is signed in.' });
    }
    // Nor does an ordinary registration for the victim's name get anywhere.
    assert.equal((await signUp(client, auth, victim.username)).status, 409);
  });

  test('a conditional challenge answered on another session is refused', async () => {
    const { client, auth } = await passwordUser();
    const options = await client.post('/passkeys/register/options', { mediation: 'conditional' });
    const response = await auth.register(options.body, SILENT);
    const attacker = await passwordUser();
    const reply = await attacker.client.post('/passkeys/register/verify', response);
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, EXPIRED);
    assert.deepEqual((await sessionUser(attacker.client)).credentials, []);
    assert.deepEqual((await sessionUser(client)).credentials, []);
  });

  test('signed out (or someone else signed in) between conditional options and verify: refused', async () => {
    const { client, auth } = await passwordUser();
    const options = await client.post('/passkeys/register/options', { mediation: 'conditional' });
    await client.post('/passkeys/logout');
    const reply = await client.post('/passkeys/register/verify', await auth.register(options.body, SILENT));
    assert.equal(reply.status, 409);
    assert.equal(await sessionUser(client), null);
  });

  test('the conditional mark is single use: a second UP=0 response needs new conditional options', async () => {
    const { client, auth, username } = await passwordUser();
    const conditional = await client.post('/passkeys/register/options', { mediation: 'conditional' });
    const ordinary = await client.post('/passkeys/register/options', { username });
    assert.equal((await client.post('/passkeys/register/verify', await auth.register(conditional.body, SILENT))).status, 200);
    const other = createSoftAuthenticator({ origin: rp.base });
    const reply = await client.post('/passkeys/register/verify', await other.register(ordinary.body, SILENT));
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, NOT_VERIFIED);
    assert.equal((await sessionUser(client)).credentials.length, 1);
  });
});

describe('attacks on password sign-in', () => {
  test('guessing passwords runs into the rate limit (429 with Retry-After), even with the right one', async () => {
    const limited = await startRelyingParty({ logger: quiet, rateLimit: { max: 5, windowMs: 60_000 } });
    try {
      const owner = limited.client();
      const username = uniqueName();
      assert.equal((await owner.post('/passkeys/password/register', { username, password: PASSWORD })).status, 200);
      const guesser = limited.client();
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await guesser.post('/passkeys/password/login', { username, password: `guess ${i}` })).status);
      // The sign-up counted too: 5 allowed in all, so the 5th request on is refused.
      assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429]);
      const right = await guesser.post('/passkeys/password/login', { username, password: PASSWORD });
      assert.equal(right.status, 429);
      assert.match(String(right.headers.get('retry-after')), /^\d+$/);
      assert.equal(await sessionUser(guesser), null);
      // Sign-ups are counted as well.
      assert.equal((await guesser.post('/passkeys/password/register', { username: uniqueName(), password: PASSWORD })).status, 429);
    } finally {
      await limited.close();
    }
  });

  for (const path of ['/passkeys/password/register', '/passkeys/password/login']) {
    test(`cross-site and form-typed requests to ${path} are refused (403, 415) and sign nobody in`, async () => {
      const username = uniqueName();
      const owner = rp.client();
      if (path.endsWith('login')) await owner.post('/passkeys/password/register', { username, password: PASSWORD });
      const client = rp.client();
      const body = { username, password: PASSWORD };
      for (const headers of [{ Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }, { Origin: 'null' }]) {
        const reply = await client.post(path, body, { 'Content-Type': 'application/json', ...headers });
        assert.equal(reply.status, 403, JSON.stringify(headers));
        assert.deepEqual(reply.body, { error: 'This request came from another site.' });
      }
      // What a cross-site HTML form can send.
      const form = await client.post(path, `username=${username}&password=x`, { 'Content-Type': 'application/x-www-form-urlencoded' });
      assert.equal(form.status, 415);
      assert.equal(await sessionUser(client), null);
      if (path.endsWith('register')) assert.equal(rp.rp.store.findUserByUsername(username), undefined);
    });
  }

  test('a session id planted before the password sign-in is worth nothing afterwards (new id)', async () => {
    const { username } = await passwordUser();
    const client = rp.client();
    await client.get('/passkeys/session');
    await client.post('/passkeys/login/options', {});
    const planted = client.session;
    assert.ok(planted);
    assert.equal((await client.post('/passkeys/password/login', { username, password: PASSWORD })).status, 200);
    assert.notEqual(client.session, planted);
    const attacker = rp.client();
    attacker.session = planted;
    assert.equal(await sessionUser(attacker), null);
  });

  test('passwords are stored as scrypt hashes with a salt of their own, never as given', async () => {
    const a = await passwordUser();
    const b = await passwordUser();
    const hashes = [a, b].map(({ username }) => /** @type {string} */ (rp.rp.store.findUserByUsername(username)?.passwordHash));
    for (const hash of hashes) {
      assert.match(hash, /^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
      assert.ok(!hash.includes(PASSWORD));
    }
    // The same password, two salts: two different hashes.
    assert.notEqual(hashes[0].split('$')[4], hashes[1].split('$')[4]);
    assert.notEqual(hashes[0].split('$')[5], hashes[1].split('$')[5]);
  });

  test('an unknown name costs the same scrypt work as a wrong password (one hash each, same cost)', async () => {
    // Counted, not timed: node:crypto's scrypt is wrapped, and the module's import follows it.
    const { username } = await passwordUser();
    /** @type {unknown[]} */
    const calls = [];
    const original = crypto.scrypt;
    crypto.scrypt = /** @type {any} */ ((/** @type {any[]} */ ...args) => {
      calls.push(args[3]);
      return /** @type {any} */ (original)(...args);
    });
    syncBuiltinESMExports();
    try {
      const client = rp.client();
      assert.equal((await client.post('/passkeys/password/login', { username, password: 'wrong password' })).status, 401);
      const wrong = calls.splice(0);
      assert.equal((await client.post('/passkeys/password/login', { username: uniqueName(), password: 'wrong password' })).status, 401);
      const unknown = calls.splice(0);
      assert.equal(wrong.length, 1);
      assert.deepEqual(unknown, wrong);
    } finally {
      crypto.scrypt = original;
      syncBuiltinESMExports();
    }
  });
});

describe('a data file from before password accounts', () => {
  test('opens: the password column is added, old accounts keep signing in, new ones get passwords', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pk-old-schema-'));
    const file = path.join(dir, 'accounts.sqlite');
    try {
      // The users table as the previous version made it: no password_hash.
      const old = new Database(file);
      old.exec(`CREATE TABLE users (
        id TEXT PRIMARY KEY, username_key TEXT NOT NULL UNIQUE, username TEXT NOT NULL,
        display_name TEXT NOT NULL, created_at INTEGER NOT NULL) STRICT`);
      old.prepare('INSERT INTO users VALUES (?, ?, ?, ?, ?)').run('b2xk', 'oldtimer', 'OldTimer', 'Old Timer', 1);
      old.close();

      for (let open = 0; open < 2; open++) {
        const store = createStore({ file });
        const server = await startRelyingParty({ store, logger: quiet });
        try {
          assert.deepEqual(store.findUserByUsername('oldtimer'), { id: 'b2xk', username: 'OldTimer', displayName: 'Old Timer', createdAt: 1, passwordHash: null });
          const client = server.client();
          const username = `fresh${open}`;
          assert.equal((await client.post('/passkeys/password/register', { username, password: PASSWORD })).status, 200);
          await client.post('/passkeys/logout');
          assert.equal((await client.post('/passkeys/password/login', { username, password: PASSWORD })).status, 200);
          assert.equal((await client.post('/passkeys/password/login', { username: 'oldtimer', password: PASSWORD })).status, 401);
        } finally {
          await server.close();
          store.close();
        }
      }
      // Opened twice: the column was added once.
      const reopened = new Database(file);
      const columns = reopened.prepare('PRAGMA table_info(users)').all().map((/** @type {any} */ row) => row.name);
      reopened.close();
      assert.deepEqual(columns.filter((name) => name === 'password_hash'), ['password_hash']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
