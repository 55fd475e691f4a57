// @ts-check
/**
 * The relying party's guards around the ceremonies, over real HTTP with the software
 * authenticator: cross-site requests, rate limiting, bounded state, user handles, replies and
 * logs that give nothing away, session renewal.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { clientKey } from '../../demo/server/client-key.js';
import { createRateLimiter } from '../../demo/server/rate-limit.js';
import { createStore, usernameKey } from '../../demo/server/store.js';
import { createSoftAuthenticator } from '../fixtures/soft-authenticator.js';
import { signIn, signUp, startRelyingParty } from './harness.js';

const quiet = { warn() {}, error() {} };
const NOT_VERIFIED = { verified: false, error: 'This passkey could not be verified.' };

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
const uniqueName = () => `guard${++names}`;

/** @param {Awaited<ReturnType<typeof start>>} rp */
async function member(rp, username = uniqueName()) {
  const client = rp.client();
  const auth = createSoftAuthenticator({ origin: rp.base });
  const reply = await signUp(client, auth, username);
  assert.equal(reply.status, 200);
  await client.post('/passkeys/logout');
  return { client, auth, username, userId: reply.body.user.id, credentialId: [...auth.credentials.keys()][0] };
}

describe('cross-site requests', async () => {
  const rp = await start();
  const json = { 'Content-Type': 'application/json' };

  /** @type {[string, Record<string, string>][]} */
  const foreign = [
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['the Origin of a sibling subdomain', { Origin: `http://evil.localhost:${rp.port}` }],
    ['Origin: null (sandboxed frame)', { Origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'Sec-Fetch-Site': 'same-site' }],
  ];
  for (const [label, headers] of foreign) {
    for (const path of ['/passkeys/register/options', '/passkeys/login/options', '/passkeys/login/verify', '/passkeys/logout']) {
      test(`${label} → 403 on ${path}`, async () => {
        const reply = await rp.client().post(path, { username: uniqueName() }, { ...json, ...headers });
        assert.equal(reply.status, 403);
        assert.equal(reply.body.error, 'This request came from another site.');
      });
    }
  }

  test('a cross-site sign-out cannot sign a user out', async () => {
    const { client, auth } = await member(rp);
    assert.equal((await signIn(client, auth)).status, 200);
    const forged = await client.post('/passkeys/logout', {}, { ...json, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(forged.status, 403);
    assert.notEqual((await client.get('/passkeys/session')).body.user, null);
  });

  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    test(`a form-style POST (${type.split(';')[0]}, no preflight needed) → 415`, async () => {
      const reply = await rp.client().post('/passkeys/register/options', JSON.stringify({ username: uniqueName() }), { 'Content-Type': type });
      assert.equal(reply.status, 415);
    });
  }

  test('a browser on our own origin passes: whole ceremonies with Origin and Sec-Fetch-Site: same-origin', async () => {
    const client = rp.client();
    const auth = createSoftAuthenticator({ origin: rp.base });
    const browser = { ...json, Origin: rp.base, 'Sec-Fetch-Site': 'same-origin' };
    const options = await client.post('/passkeys/register/options', { username: uniqueName() }, browser);
    assert.equal(options.status, 200);
    assert.equal((await client.post('/passkeys/register/verify', await auth.register(options.body), browser)).status, 200);
  });

  test('a client that sends neither header (curl, a server) passes', async () => {
    assert.equal((await rp.client().post('/passkeys/login/options', {})).status, 200);
  });
});

describe('rate limiting', () => {
  test('per IP, fixed window: the 6th ceremony request in a minute gets 429 with Retry-After', async () => {
    let clock = 60_000 * 1000; // the start of a window
    const rp = await start({ now: () => clock, rateLimit: { max: 5, windowMs: 60_000 } });
    const client = rp.client();
    for (let i = 0; i < 5; i++) assert.equal((await client.post('/passkeys/login/options', {})).status, 200);
    // Reading the session is not a ceremony: not counted, not limited.
    assert.equal((await client.get('/passkeys/session')).status, 200);
    clock += 20_000;
    const limited = await client.post('/passkeys/register/options', { username: uniqueName() });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '40');
    assert.equal(typeof limited.body.error, 'string');
    // A new client (new cookie) from the same address is the same client here, whatever
    // X-Forwarded-For it claims.
    assert.equal((await rp.client().post('/passkeys/login/verify', {})).status, 429);
    const spoofed = { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.9' };
    assert.equal((await rp.client().post('/passkeys/login/options', {}, spoofed)).status, 429);
    clock += 40_000;
    assert.equal((await client.post('/passkeys/login/options', {})).status, 200);
  });

  test('clients are counted apart, and the limiter remembers at most maxClients', () => {
    let clock = 0;
    const limit = createRateLimiter({ max: 1, windowMs: 1000, now: () => clock, maxClients: 2 });
    assert.equal(limit('a'), 0);
    assert.equal(limit('b'), 0);
    assert.equal(limit('a'), 1, 'a is over');
    assert.equal(limit('c'), 0, 'c pushes the oldest (a) out');
    assert.equal(limit('a'), 0, 'a was forgotten (and pushes b out)');
    assert.equal(limit('c'), 1, 'c is still counted');
    clock = 1000;
    assert.equal(limit('c'), 0, 'a new window');
  });

  test('refused cross-site and form-type requests do not spend the quota (no lock-out from another site)', async () => {
    const rp = await start({ rateLimit: { max: 3, windowMs: 60_000 } });
    const client = rp.client();
    const json = { 'Content-Type': 'application/json' };
    for (let i = 0; i < 20; i++) {
      // What any page can make a visitor's browser send with no-cors fetches or forms.
      assert.equal((await client.post('/passkeys/login/options', {}, { ...json, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })).status, 403);
      assert.equal((await client.post('/passkeys/login/options', '{}', { 'Content-Type': 'text/plain' })).status, 415);
    }
    for (let i = 0; i < 3; i++) assert.equal((await client.post('/passkeys/login/options', {})).status, 200);
    assert.equal((await client.post('/passkeys/login/options', {})).status, 429);
  });

  test('IPv6 clients are counted per /64; IPv4-mapped addresses as their IPv4 address', () => {
    assert.equal(clientKey('2001:db8:1:2::1'), clientKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    assert.equal(clientKey('2001:db8:1:2::1'), clientKey('2001:0db8:0001:0002:0:0:0:9'));
    assert.equal(clientKey('2001:db8:1:2::1'), '2001:db8:1:2::/64');
    assert.notEqual(clientKey('2001:db8:1:2::1'), clientKey('2001:db8:1:3::1'));
    assert.equal(clientKey('::1'), '0:0:0:0::/64');
    assert.equal(clientKey('fe80::1%eth0'), clientKey('fe80::2'));
    assert.equal(clientKey('::ffff:192.0.2.7'), '192.0.2.7');
    assert.equal(clientKey('192.0.2.7'), '192.0.2.7');
    assert.notEqual(clientKey('192.0.2.7'), clientKey('192.0.2.8'));
    // So 200 addresses from one /64 share one quota.
    const limit = createRateLimiter({ max: 5 });
    const waits = Array.from({ length: 200 }, (_, i) => limit(clientKey(`2001:db8:1:2::${(i + 1).toString(16)}`)));
    assert.equal(waits.filter((wait) => wait === 0).length, 5);
  });

  test('off by default: 300 ceremony requests from one address all pass', async () => {
    const rp = await start();
    const client = rp.client();
    for (let i = 0; i < 300; i++) assert.equal((await client.post('/passkeys/login/options', {})).status, 200);
  });
});

describe('capacity without eviction', () => {
  test('a full account store refuses new sign-ups with a clear error and keeps every account', async () => {
    const store = createStore({ maxUsers: 3 });
    const rp = await start({ store });
    const early = rp.client();
    const earlyAuth = createSoftAuthenticator({ origin: rp.base });
    const earlyOptions = await early.post('/passkeys/register/options', { username: uniqueName() });
    assert.equal(earlyOptions.status, 200);
    const members = [await member(rp, 'alice'), await member(rp), await member(rp)];
    assert.equal(store.stats().users, 3);

    const refused = await rp.client().post('/passkeys/register/options', { username: uniqueName() });
    assert.equal(refused.status, 503);
    assert.match(refused.body.error, /not taking new sign-ups/);
    // Options given before it filled up: the verify is refused too, nothing stored.
    const late = await early.post('/passkeys/register/verify', await earlyAuth.register(earlyOptions.body));
    assert.equal(late.status, 503);
    assert.equal(late.body.verified, false);
    // A flood of sign-ups changes nothing: every member still signs in, "alice" is still taken.
    for (let i = 0; i < 20; i++) assert.equal((await rp.client().post('/passkeys/register/options', { username: uniqueName() })).status, 503);
    for (const { client, auth, username } of members) {
      const reply = await signIn(client, auth, username);
      assert.equal(reply.status, 200);
      assert.equal(reply.body.user.username, username);
    }
    assert.equal((await rp.client().post('/passkeys/register/options', { username: 'alice' })).status, 409);
    assert.equal(store.stats().users, 3);
    // A member may still add a passkey to their own account.
    const { client } = members[1];
    assert.equal((await signUp(client, createSoftAuthenticator({ origin: rp.base }), members[1].username)).status, 200);
  });
});

describe('several pending ceremonies per session (two tabs, autofill and the button)', async () => {
  const rp = await start();

  test('two tabs ask for sign-in options, then the first tab signs in; then the second', async () => {
    const { client, auth } = await member(rp);
    const first = await client.post('/passkeys/login/options', {});
    const second = await client.post('/passkeys/login/options', {});
    assert.equal((await client.post('/passkeys/login/verify', await auth.authenticate(first.body))).status, 200);
    await client.post('/passkeys/logout');
    assert.equal((await client.post('/passkeys/login/verify', await auth.authenticate(second.body))).status, 200);
  });

  test('autofill armed, then the button with a username: the autofill sign-in still works, and so does the button', async () => {
    const { client, auth, username } = await member(rp);
    const autofill = await client.post('/passkeys/login/options', {});
    const button = await client.post('/passkeys/login/options', { username });
    assert.equal((await client.post('/passkeys/login/verify', await auth.authenticate(autofill.body))).status, 200);
    await client.post('/passkeys/logout');
    assert.equal((await client.post('/passkeys/login/verify', await auth.authenticate(button.body))).status, 200);
  });

  test('two tabs start sign-ups for two names: both finish', async () => {
    const client = rp.client();
    const [a, b] = [createSoftAuthenticator({ origin: rp.base }), createSoftAuthenticator({ origin: rp.base })];
    const [nameA, nameB] = [uniqueName(), uniqueName()];
    const optionsA = await client.post('/passkeys/register/options', { username: nameA });
    const optionsB = await client.post('/passkeys/register/options', { username: nameB });
    const doneA = await client.post('/passkeys/register/verify', await a.register(optionsA.body));
    assert.equal(doneA.status, 200);
    assert.equal(doneA.body.user.username, nameA);
    await client.post('/passkeys/logout');
    const doneB = await client.post('/passkeys/register/verify', await b.register(optionsB.body));
    assert.equal(doneB.status, 200);
    assert.equal(doneB.body.user.username, nameB);
  });

  test('each is single-use: a response replayed after its twin tab signed in is refused', async () => {
    const { client, auth } = await member(rp);
    const first = await client.post('/passkeys/login/options', {});
    await client.post('/passkeys/login/options', {});
    const response = await auth.authenticate(first.body, { counter: 0 });
    assert.equal((await client.post('/passkeys/login/verify', response)).status, 200);
    await client.post('/passkeys/logout');
    assert.deepEqual((await client.post('/passkeys/login/verify', response)).body, NOT_VERIFIED);
  });

  test('a small bounded set: a session holds at most 5, the oldest goes first', async () => {
    const store = createStore();
    const bounded = await start({ store });
    const { client, auth } = await member(bounded);
    const options = [];
    for (let i = 0; i < 7; i++) options.push((await client.post('/passkeys/login/options', {})).body);
    assert.equal(store.stats().challenges, 5);
    assert.equal((await client.post('/passkeys/login/verify', await auth.authenticate(options[6]))).status, 200);
    await client.post('/passkeys/logout');
    assert.deepEqual((await client.post('/passkeys/login/verify', await auth.authenticate(options[0]))).body, NOT_VERIFIED);
  });
});

describe('look-alike usernames', async () => {
  const rp = await start();
  await member(rp, 'alice');

  /** @type {[string, string][]} */
  const lookAlikes = [
    ['a zero-width space after it', 'alice\u200b'],
    ['a zero-width joiner inside', 'al\u200dice'],
    ['a soft hyphen inside', 'a\u00adlice'],
    ['a Cyrillic а (U+0430) for the Latin a', '\u0430lice'],
    ['a Greek ο in a Latin name', 'b\u03bfb'],
    ['a right-to-left override (reads "alice")', '\u202eecila'],
    ['only Hangul fillers (U+3164), which look blank', '\u3164\u3164\u3164'],
    ['only a Braille blank', '\u2800'],
    ['a line separator inside', 'ali\u2028ce'],
    ['a combining mark first', '\u0301alice'],
    ['no letter or digit', '...'],
  ];
  for (const [label, username] of lookAlikes) {
    test(`refused: ${label}`, async () => {
      const signUp = await rp.client().post('/passkeys/register/options', { username });
      assert.equal(signUp.status, 400, JSON.stringify(signUp.body));
      assert.equal(typeof signUp.body.error, 'string');
      // Sign-in options refuse it the same way, whether or not anything like it exists.
      assert.equal((await rp.client().post('/passkeys/login/options', { username })).status, 400);
    });
  }

  /** @type {[string, string][]} */
  const sameAccount = [
    ['ALICE (case)', 'ALICE'],
    ['full-width ａｌｉｃｅ', '\uff41\uff4c\uff49\uff43\uff45'],
  ];
  for (const [label, username] of sameAccount) {
    test(`one account: ${label} is "alice", taken`, async () => {
      assert.equal((await rp.client().post('/passkeys/register/options', { username })).status, 409);
    });
  }

  test('Zoë precomposed and decomposed are one name; 李雷, やまだ太郎, 김민준, иван, Straße are valid', async () => {
    const zoe = await member(rp, 'Zo\u00eb');
    assert.equal((await rp.client().post('/passkeys/register/options', { username: 'Zoe\u0308' })).status, 409);
    assert.equal((await signIn(zoe.client, zoe.auth, 'ZOE\u0308')).status, 200);
    for (const username of ['李雷', 'やまだ太郎', '김민준', 'иван', 'Straße', 'ana-maria.o_neil 2']) {
      const reply = await rp.client().post('/passkeys/register/options', { username });
      assert.equal(reply.status, 200, `${username}: ${JSON.stringify(reply.body)}`);
      assert.equal(reply.body.user.name, username);
    }
  });

  test('the key is NFKC and case mapped (RFC 8265 UsernameCaseMapped)', () => {
    assert.equal(usernameKey('ＡＬＩＣＥ'), 'alice');
    assert.equal(usernameKey('Zoe\u0308'), usernameKey('zo\u00eb'));
    assert.equal(usernameKey('\ufb01nn'), 'finn');
  });
});

describe('bounded state', () => {
  test('pending challenges are bounded: a flood of new sessions drops the oldest', async () => {
    const store = createStore({ maxSessions: 50 });
    const rp = await start({ store });
    const first = rp.client();
    const auth = createSoftAuthenticator({ origin: rp.base });
    const options = await first.post('/passkeys/register/options', { username: uniqueName() });
    await Promise.all(Array.from({ length: 200 }, () => rp.client().post('/passkeys/login/options', {})));
    const { sessions, challenges } = store.stats();
    assert.ok(sessions <= 50 && challenges <= 50, `sessions ${sessions}, challenges ${challenges}`);
    assert.equal(challenges, 50);
    const late = await first.post('/passkeys/register/verify', await auth.register(options.body));
    assert.equal(late.status, 400);
    assert.match(late.body.error, /expired/);
  });
});

describe('user handles', async () => {
  const rp = await start();

  test('user.id is 64 random bytes, new for every sign-up, never derived from the name', async () => {
    const ids = [];
    for (const username of ['same', 'same', 'other']) {
      const reply = await rp.client().post('/passkeys/register/options', { username });
      const id = Buffer.from(reply.body.user.id, 'base64url');
      assert.equal(id.length, 64);
      assert.equal(id.toString('base64url'), reply.body.user.id);
      ids.push(reply.body.user.id);
    }
    assert.equal(new Set(ids).size, 3);
  });

  test('the registered user keeps that handle: sign-in returns it as the user id', async () => {
    const { client, auth, userId } = await member(rp);
    assert.equal(Buffer.from(userId, 'base64url').length, 64);
    const reply = await signIn(client, auth);
    assert.equal(reply.body.user.id, userId);
    assert.equal([...auth.credentials.values()][0].userHandle, userId);
  });
});

describe('nothing tells which usernames exist', async () => {
  const rp = await start();

  /** @param {string} username */
  const loginOptions = async (username) => (await rp.client().post('/passkeys/login/options', { username })).body;

  /** The reply with its random parts (challenge, ids) reduced to their shape. */
  const shape = (/** @type {any} */ options) => ({
    ...options,
    challenge: options.challenge.length,
    allowCredentials: options.allowCredentials.map((/** @type {any} */ c) => ({ ...c, id: c.id.length })),
  });

  test('login options for an unknown name look like those of a user with one passkey', async () => {
    const { username, credentialId } = await member(rp);
    const known = await loginOptions(username);
    const unknown = await loginOptions('nobody-here');
    assert.deepEqual(known.allowCredentials.map((/** @type {any} */ c) => c.id), [credentialId]);
    assert.deepEqual(shape(unknown), shape(known));
    assert.deepEqual(Object.keys(unknown), Object.keys(known));
  });

  test('decoys copy what real accounts have: passkeys per user and their transports (here 2, nfc+usb)', async () => {
    const own = await start();
    const names = [];
    for (let i = 0; i < 3; i++) {
      const username = uniqueName();
      const client = own.client();
      // Two security keys each, which say nfc and usb.
      for (let k = 0; k < 2; k++) {
        const auth = createSoftAuthenticator({ origin: own.base });
        const options = await client.post('/passkeys/register/options', { username });
        assert.equal((await client.post('/passkeys/register/verify', await auth.register(options.body, { transports: ['usb', 'nfc'] }))).status, 200);
      }
      names.push(username);
    }
    const ask = async (/** @type {string} */ username) => (await own.client().post('/passkeys/login/options', { username })).body;
    const known = await ask(names[0]);
    assert.deepEqual(known.allowCredentials.map((/** @type {any} */ c) => c.transports), [['nfc', 'usb'], ['nfc', 'usb']]);
    for (const nobody of ['nobody', 'ghost', 'someone-else']) {
      const unknown = await ask(nobody);
      assert.deepEqual(shape(unknown), shape(known), nobody);
    }
  });

  test('the work for a username is an index lookup, not a scan of every credential', () => {
    const store = createStore();
    assert.match(store.queryPlan('credentialsOf'), /^SEARCH credentials USING (COVERING )?INDEX credentials_by_user \(user_id=\?\)$/);
    assert.match(store.queryPlan('userByKey'), /^SEARCH users USING (COVERING )?INDEX \w+ \(username_key=\?\)$/);
  });

  test('an unknown name gets the same decoy every time (in any case), another name another', async () => {
    const [a, b, c] = [await loginOptions('ghost'), await loginOptions('GHOST'), await loginOptions('ghost2')];
    assert.deepEqual(a.allowCredentials, b.allowCredentials);
    assert.notDeepEqual(a.allowCredentials, c.allowCredentials);
    assert.notEqual(a.challenge, b.challenge);
  });

  test('signing in against a decoy is refused like any other failure', async () => {
    const { client, auth } = await member(rp);
    const options = await client.post('/passkeys/login/options', { username: 'ghost' });
    const reply = await client.post('/passkeys/login/verify', await auth.authenticate(options.body, { credentialId: [...auth.credentials.keys()][0] }));
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, NOT_VERIFIED);
  });

  test('every verify failure gets the same status and body', async () => {
    const ana = await member(rp);
    const bob = await member(rp);
    assert.equal((await signIn(ana.client, ana.auth)).status, 200); // counter 1
    await ana.client.post('/passkeys/logout');
    const newcomer = () => createSoftAuthenticator({ origin: rp.base });
    const attempts = [
      // (A credential never registered, not offered as a decoy, gets 404 unknown-credential: see
      // relying-party.credentials.test.js. It says nothing about any username.)
      () => signIn(bob.client, bob.auth, ana.username, { credentialId: bob.credentialId }), // not offered for that name
      () => signIn(ana.client, ana.auth, undefined, { userHandle: bob.userId }), // another user's handle
      () => signIn(ana.client, ana.auth, undefined, { origin: 'https://evil.example' }), // the library's checks
      () => signIn(ana.client, ana.auth, undefined, { counter: 0 }), // counter went back
      () => signUp(rp.client(), newcomer(), uniqueName(), { credentialId: ana.credentialId }), // id taken
      () => signUp(rp.client(), newcomer(), uniqueName(), { flags: { uv: false } }),
    ];
    for (const attempt of attempts) {
      const reply = await attempt();
      assert.equal(reply.status, 400);
      assert.deepEqual(reply.body, NOT_VERIFIED);
    }
  });
});

describe('sessions', async () => {
  const rp = await start();

  for (const how of ['sign-in', 'sign-up']) {
    test(`the session id is renewed at ${how}; a planted id stays signed out`, async () => {
      const victim = rp.client();
      const auth = createSoftAuthenticator({ origin: rp.base });
      const attacker = rp.client();
      // The attacker gets a session id and plants it in the victim's browser (session fixation).
      await attacker.post('/passkeys/login/options', {});
      victim.session = attacker.session;
      const planted = victim.session;
      if (how === 'sign-in') await signUp(rp.client(), auth, uniqueName());
      const reply = how === 'sign-up' ? await signUp(victim, auth, uniqueName()) : await signIn(victim, auth);
      assert.equal(reply.status, 200);
      assert.ok(victim.session && victim.session !== planted, 'a new session id');
      assert.notEqual((await victim.get('/passkeys/session')).body.user, null);
      assert.equal((await attacker.get('/passkeys/session')).body.user, null, 'the planted id is not signed in');
    });
  }
});

describe('logs', () => {
  test('no log line holds anything of a request body, whatever was refused', async () => {
    /** @type {string[]} */
    const lines = [];
    const capture = (/** @type {unknown[]} */ ...args) => lines.push(args.map(String).join(' '));
    const rp = await start({ logger: { warn: capture, error: capture } });
    const ana = await member(rp);
    const bob = await member(rp);
    const { client, auth } = ana;
    assert.equal((await signIn(client, auth)).status, 200);
    await client.post('/passkeys/logout');
    /** @type {import('../fixtures/soft-authenticator.js').Overrides[]} */
    const both = [
      { challenge: 'Y2hhbGxlbmdlLWZyb20tdGhlLWNsaWVudA' },
      { origin: 'https://evil.example' },
      { type: 'webauthn.evil-type' },
      { rpId: 'evil.example' },
      { flags: { up: false } },
      { flags: { uv: false } },
    ];
    const signInOnly = [{ counter: 0 }, { userHandle: bob.userId }, { credentialId: 'dW5rbm93bi1jcmVkZW50aWFsLWlk' }];
    const newcomers = [];
    for (const overrides of both) {
      const newcomer = rp.client();
      newcomers.push(newcomer);
      assert.equal((await signUp(newcomer, createSoftAuthenticator({ origin: rp.base }), uniqueName(), overrides)).status, 400);
    }
    for (const overrides of [...both, ...signInOnly]) {
      // An unknown credential id is the one 404 (unknown-credential); every other refusal a 400.
      assert.equal((await signIn(client, auth, undefined, overrides)).status, overrides.credentialId ? 404 : 400);
    }
    await client.post('/passkeys/login/options', {});
    await client.post('/passkeys/login/verify', { id: 'bm90LWJhc2U2NHVybA+', rawId: 'x', response: { clientDataJSON: 'not base64url!' } });
    assert.equal((await signIn(client, auth)).status, 200);

    assert.ok(lines.length >= both.length * 2 + signInOnly.length, 'the refusals were logged');
    const sent = [ana, bob].flatMap((m) => m.client.sent).concat(newcomers.flatMap((c) => c.sent));
    const secrets = new Set(sent.flatMap(payloadStrings).filter((s) => s.length >= 12));
    for (const line of lines) {
      for (const secret of secrets) assert.ok(!line.includes(secret), `log line "${line}" holds request data "${secret}"`);
    }
  });
});

/**
 * The strings of a request body, and of the clientDataJSON inside it (challenge, origin, type).
 * @param {unknown} value
 * @returns {string[]}
 */
function payloadStrings(value) {
  if (typeof value === 'string') {
    try {
      const decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
      if (decoded && typeof decoded === 'object') return [value, ...payloadStrings(decoded)];
    } catch {}
    return [value];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(payloadStrings);
  return [];
}
