// @ts-check
/**
 * Accounts and their passkeys in SQLite: a file survives a restart, `:memory:` is for tests.
 * Sessions and pending challenges are not here: losing them on restart only means signing in again.
 */
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';

/** @typedef {import('./store.js').User} User */
/** @typedef {import('./store.js').Credential} Credential */

const SCHEMA = `
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
    last_used_at INTEGER,
    aaguid TEXT,
    backed_up INTEGER,
    name TEXT
  ) STRICT;
  -- A user's passkeys are found through this index, so the work per username does not grow with
  -- the number of credentials stored (and a known name costs about what an unknown one does).
  -- Secrets that must outlive a restart (the decoy key: decoys must not change when real lists don't).
  CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;
  CREATE INDEX IF NOT EXISTS credentials_by_user ON credentials(user_id, created_at);
`;

/**
 * Columns added after the first release, with their types: a file made by an older version gets
 * them when it is opened (NULL in their rows: an account without a demo password; a passkey of
 * unknown provider, unknown backup state, no name).
 */
const ADDED_COLUMNS = /** @type {const} */ ([
  ['users', 'password_hash', 'TEXT'],
  ['credentials', 'aaguid', 'TEXT'],
  ['credentials', 'backed_up', 'INTEGER'],
  ['credentials', 'name', 'TEXT'],
]);

/** @param {InstanceType<typeof Database>} db */
function addMissingColumns(db) {
  for (const [table, column, type] of ADDED_COLUMNS) {
    const present = db.prepare(`SELECT 1 FROM pragma_table_info('${table}') WHERE name = ?`).pluck().get(column);
    if (!present) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}

/** @param {any} row */
const toUser = (row) =>
  row && { id: row.id, username: row.username, displayName: row.display_name, createdAt: row.created_at, passwordHash: row.password_hash ?? null };

/** @param {any} row @returns {Credential} */
const toCredential = (row) =>
  row && {
    id: row.id,
    userId: row.user_id,
    publicKey: new Uint8Array(row.public_key),
    counter: row.counter,
    transports: JSON.parse(row.transports),
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    aaguid: row.aaguid,
    backedUp: row.backed_up === null ? null : row.backed_up === 1,
    name: row.name,
  };

/**
 * @param {object} opts
 * @param {string} [opts.file] a path, or ':memory:' (the default)
 * @param {() => number} opts.now
 */
export function openAccounts({ file = ':memory:', now }) {
  const db = new Database(file);
  // WAL: a committed sign-up is on disk even if the process is killed the next moment.
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    db.exec(SCHEMA);
    addMissingColumns(db);
  })();

  const q = {
    user: db.prepare('SELECT * FROM users WHERE id = ?'),
    userByKey: db.prepare('SELECT * FROM users WHERE username_key = ?'),
    addUser: db.prepare(
      'INSERT INTO users (id, username_key, username, display_name, created_at, password_hash) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    countUsers: db.prepare('SELECT count(*) AS n FROM users').pluck(),
    credential: db.prepare('SELECT * FROM credentials WHERE id = ?'),
    credentialsOf: db.prepare('SELECT * FROM credentials WHERE user_id = ? ORDER BY created_at, rowid'),
    addCredential: db.prepare(
      'INSERT INTO credentials (id, user_id, public_key, counter, transports, created_at, aaguid, backed_up, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    // Each write names the owner too: a passkey of another account is never touched, whatever id is given.
    rename: db.prepare('UPDATE credentials SET name = ? WHERE id = ? AND user_id = ?'),
    remove: db.prepare('DELETE FROM credentials WHERE id = ? AND user_id = ? RETURNING transports'),
    setDisplayName: db.prepare('UPDATE users SET display_name = ? WHERE id = ?'),
    recordUse: db.prepare('UPDATE credentials SET counter = ?, last_used_at = ? WHERE id = ?'),
    countCredentials: db.prepare('SELECT count(*) AS n FROM credentials').pluck(),
    countOf: db.prepare('SELECT count(*) FROM credentials WHERE user_id = ?').pluck(),
  };

  // What real accounts look like, for decoys: how many users have 1, 2… passkeys, and how many
  // passkeys have each transports list. Read once here, then kept up to date as passkeys are
  // added, so a decoy costs no query. At most 20 and 128 entries (20 passkeys per user, 7 transports).
  /** @type {Map<number, number>} passkeys per user → users */
  const passkeysPerUser = new Map();
  /** @type {Map<string, number>} transports (JSON) → passkeys */
  const transportLists = new Map();
  const bump = (/** @type {Map<any, number>} */ map, /** @type {unknown} */ key, by = 1) => {
    const n = (map.get(key) ?? 0) + by;
    if (n > 0) map.set(key, n);
    else map.delete(key);
  };
  for (const row of db.prepare('SELECT n, count(*) AS users FROM (SELECT count(*) AS n FROM credentials GROUP BY user_id) GROUP BY n').all()) {
    passkeysPerUser.set(/** @type {any} */ (row).n, /** @type {any} */ (row).users);
  }
  for (const row of db.prepare('SELECT transports, count(*) AS n FROM credentials GROUP BY transports').all()) {
    transportLists.set(/** @type {any} */ (row).transports, /** @type {any} */ (row).n);
  }

  return {
    db,
    /** @param {string} id @returns {User | undefined} */
    getUser: (id) => toUser(q.user.get(id)),
    /** @param {string} key the normalized username @returns {User | undefined} */
    findUserByKey: (key) => toUser(q.userByKey.get(key)),
    /** @returns {number} */
    countUsers: () => /** @type {number} */ (q.countUsers.get()),
    /**
     * @param {User} user
     * @param {string} key the normalized username, unique
     */
    addUser(user, key) {
      q.addUser.run(user.id, key, user.username, user.displayName, user.createdAt, user.passwordHash);
    },
    /** @param {string} id @returns {Credential | undefined} */
    getCredential: (id) => toCredential(q.credential.get(id)),
    /** @param {string} userId @returns {Credential[]} */
    credentialsOf: (userId) => q.credentialsOf.all(userId).map(toCredential),
    /** @param {Credential} cred */
    addCredential(cred) {
      const had = /** @type {number} */ (q.countOf.get(cred.userId));
      const transports = JSON.stringify(cred.transports);
      const backedUp = typeof cred.backedUp === 'boolean' ? Number(cred.backedUp) : null;
      q.addCredential.run(cred.id, cred.userId, cred.publicKey, cred.counter, transports, cred.createdAt, cred.aaguid ?? null, backedUp, cred.name ?? null);
      if (had) bump(passkeysPerUser, had, -1);
      bump(passkeysPerUser, had + 1);
      bump(transportLists, transports);
    },
    /**
     * Names (or with null unnames) one of this user's passkeys.
     * @param {string} id @param {string} userId @param {string | null} name
     * @returns {boolean} false when the user has no passkey of this id
     */
    rename: (id, userId, name) => q.rename.run(name, id, userId).changes === 1,
    /**
     * Removes one of this user's passkeys, keeping the decoy profile in step.
     * @param {string} id @param {string} userId
     * @returns {boolean} false when the user has no passkey of this id
     */
    remove(id, userId) {
      return db.transaction(() => {
        const had = /** @type {number} */ (q.countOf.get(userId));
        const removed = /** @type {{transports: string} | undefined} */ (q.remove.get(id, userId));
        if (!removed) return false;
        bump(passkeysPerUser, had, -1);
        if (had > 1) bump(passkeysPerUser, had - 1);
        bump(transportLists, removed.transports, -1);
        return true;
      })();
    },
    /** @param {string} userId @param {string} displayName */
    setDisplayName(userId, displayName) {
      q.setDisplayName.run(displayName, userId);
    },
    /**
     * How real accounts look, in a fixed order: [passkeys per user, users] and [transports, passkeys].
     * @returns {{passkeys: [number, number][], transports: [string[], number][]}}
     */
    profile: () => ({
      passkeys: [...passkeysPerUser].sort(([a], [b]) => a - b),
      transports: [...transportLists].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([t, n]) => [JSON.parse(t), n]),
    }),
    /**
     * SQLite's plan for a per-username query, for the test that keeps it on an index.
     * @param {'credentialsOf' | 'userByKey'} name
     */
    queryPlan: (name) =>
      db.prepare(`EXPLAIN QUERY PLAN ${q[name].source}`).all('x').map((row) => /** @type {any} */ (row).detail).join('; '),
    /**
     * A 32-byte secret kept in the database: made on first use, the same after every restart.
     * @param {string} name
     * @returns {Buffer}
     */
    secret(name) {
      db.prepare('INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)').run(name, randomBytes(32));
      return db.prepare('SELECT value FROM secrets WHERE name = ?').pluck().get(name);
    },
    /** After a sign-in: the new signature counter and when. @param {string} id @param {number} counter */
    recordUse(id, counter) {
      q.recordUse.run(counter, now(), id);
    },
    /** @returns {number} */
    countCredentials: () => /** @type {number} */ (q.countCredentials.get()),
    /** Runs fn in one transaction: all of it is stored or none. @template T @param {() => T} fn @returns {T} */
    atomically: (fn) => db.transaction(fn)(),
    close: () => db.close(),
  };
}
