// @ts-check
/**
 * An accounts file made by an earlier version (no aaguid, backed_up or name columns) keeps
 * working: opened, it gets the new columns; its passkeys sign in, are listed (provider and
 * backup state unknown) and can be named and removed; new ones store what they now store.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { createStore } from '../../demo/server/store.js';
import { createSoftAuthenticator } from '../fixtures/soft-authenticator.js';
import { signIn, signUp, startRelyingParty } from './harness.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'pk-migration-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** The tables as the version before passkey management made them, word for word. */
const OLD_SCHEMA = `
  CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    username_key TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS credentials (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    public_key BLOB NOT NULL,
    counter INTEGER NOT NULL,
    transports TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER
  ) STRICT;
  CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;
  CREATE INDEX IF NOT EXISTS credentials_by_user ON credentials(user_id, created_at);
`;

// One origin for every relying party here, so a passkey made on one signs in on another.
const ORIGIN = 'http://localhost';
const quiet = { warn() {}, error() {} };

const columns = (/** @type {string} */ file) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT name FROM pragma_table_info('credentials')").pluck().all();
  } finally {
    db.close();
  }
};

test('an old-schema accounts file: columns added at open, its passkey signs in and is managed', async () => {
  // A real passkey, made on a relying party of today, then written into a file of the old shape.
  const maker = await startRelyingParty({ origin: ORIGIN, logger: quiet });
  const auth = createSoftAuthenticator({ origin: ORIGIN });
  let user, credential;
  try {
    const reply = await signUp(maker.client(), auth, 'olduser');
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    user = /** @type {import('../../demo/server/store.js').User} */ (maker.rp.store.getUser(reply.body.user.id));
    credential = /** @type {import('../../demo/server/store.js').Credential} */ (maker.rp.store.getCredential([...auth.credentials.keys()][0]));
  } finally {
    await maker.close();
  }
  const file = path.join(dataDir, 'accounts.sqlite');
  const old = new Database(file);
  old.exec(OLD_SCHEMA);
  old.prepare('INSERT INTO users (id, username_key, username, display_name, created_at) VALUES (?, ?, ?, ?, ?)').run(user.id, 'olduser', 'olduser', 'Old User', user.createdAt);
  old
    .prepare('INSERT INTO credentials (id, user_id, public_key, counter, transports, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(credential.id, user.id, Buffer.from(credential.publicKey), credential.counter, JSON.stringify(credential.transports), credential.createdAt);
  old.close();
  assert.ok(!columns(file).includes('aaguid'), 'the file starts in the old shape');

  const store = createStore({ file });
  const rp = await startRelyingParty({ origin: ORIGIN, logger: quiet, store });
  try {
    assert.deepEqual(columns(file).slice(-3), ['aaguid', 'backed_up', 'name']);
    const client = rp.client();
    const signedIn = await signIn(client, auth, 'olduser');
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    assert.deepEqual(signedIn.body.credentialIds, [credential.id]);
    const [entry] = (await client.get('/passkeys/credentials')).body;
    assert.deepEqual(
      { ...entry, lastUsedAt: typeof entry.lastUsedAt },
      { id: credential.id, name: null, aaguid: null, createdAt: new Date(credential.createdAt).toISOString(), lastUsedAt: 'string', backedUp: null, transports: credential.transports },
    );
    const renamed = await client.patch(`/passkeys/credentials/${credential.id}`, { name: 'From before' });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.equal(renamed.body.name, 'From before');
    // A passkey added now stores its provider and backup state in the migrated file.
    const second = createSoftAuthenticator({ origin: ORIGIN });
    const options = await client.post('/passkeys/register/options', {});
    const added = await client.post('/passkeys/register/verify', await second.register(options.body, { aaguid: '0ea242b4-43c4-4a1b-8b17-dd6d0b6baec6' }));
    assert.equal(added.status, 200, JSON.stringify(added.body));
    const list = (await client.get('/passkeys/credentials')).body;
    assert.equal(list[0].aaguid, '0ea242b4-43c4-4a1b-8b17-dd6d0b6baec6');
    assert.equal(list[0].backedUp, true);
    assert.equal(list[1].name, 'From before');
  } finally {
    await rp.close();
    store.close();
  }

  // Opened again: nothing to add, nothing lost.
  const again = createStore({ file });
  try {
    assert.equal(again.credentialsOf(user.id).length, 2);
    assert.equal(again.getCredential(credential.id)?.name, 'From before');
  } finally {
    again.close();
  }
});
