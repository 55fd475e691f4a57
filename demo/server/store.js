// @ts-check
/**
 * The relying party's state: accounts and passkeys in SQLite (accounts.js), sessions and pending
 * challenges in memory. Bounded: a demo must not grow without end.
 */
import { randomBytes } from 'node:crypto';
import { openAccounts } from './accounts.js';
import { usernameKey } from './usernames.js';

/**
 * @typedef {object} User
 * @property {string} id base64url of random bytes; also the WebAuthn user handle (no personal data in it)
 * @property {string} username
 * @property {string} displayName
 * @property {number} createdAt
 * @property {string | null} passwordHash demo-only password (password.js), null when the account has none
 *
 * @typedef {object} Credential
 * @property {string} id base64url credential id
 * @property {string} userId
 * @property {Uint8Array<ArrayBuffer>} publicKey COSE public key bytes
 * @property {number} counter
 * @property {string[]} transports
 * @property {number} createdAt
 * @property {number | null} lastUsedAt
 * @property {string | null} aaguid the authenticator model (lowercase dashed UUID); null when unknown or all zeros
 * @property {boolean | null} backedUp the BS flag at registration (synced); null when stored before it was kept
 * @property {string | null} name the user's name for it, if they gave one
 *
 * @typedef {'register' | 'login'} CeremonyType
 *
 * @typedef {object} Challenge
 * @property {CeremonyType} type
 * @property {string} challenge base64url, as sent in the options
 * @property {number} expiresAt
 * @property {string} [username] register: the name asked for
 * @property {string} [displayName] register
 * @property {string} [userId] register: the user handle put in the options
 * @property {string[]} [allowCredentials] login: the credential ids offered, when a username was given
 * @property {boolean} [conditional] register: options for an automatic upgrade (mediation
 *   "conditional"), the only ones whose response may come without user presence or verification
 *
 * @typedef {object} Session
 * @property {string} id
 * @property {string | null} userId signed-in user
 * @property {Challenge[]} challenges pending ceremonies, oldest first: one per open tab or form
 * @property {number} lastSeen
 *
 * @typedef {ReturnType<typeof createStore>} Store
 */

export const CHALLENGE_TTL_MS = 5 * 60_000;
/**
 * Pending ceremonies per session: two tabs, or autofill armed while the button starts another,
 * each hold one. A few cover that; more would only let one session hoard challenges.
 */
export const MAX_PENDING_CHALLENGES = 5;
const SESSION_IDLE_MS = 24 * 60 * 60_000;
/** WebAuthn allows up to 64; all of them random, so a handle says nothing about its user. */
export const USER_HANDLE_BYTES = 64;

/** addUser when the store holds maxUsers accounts already. */
export class StoreFullError extends Error {
  constructor() {
    super('the account store is full');
  }
}

/** @param {number} bytes */
export const randomId = (bytes) => randomBytes(bytes).toString('base64url');

export { usernameKey } from './usernames.js';

/**
 * @param {object} [opts]
 * @param {() => number} [opts.now]
 * @param {string} [opts.file] the SQLite file for accounts; default ':memory:' (gone on exit)
 * @param {number} [opts.maxSessions]
 * @param {number} [opts.maxUsers]
 */
export function createStore({ now = Date.now, file = ':memory:', maxSessions = 10_000, maxUsers = 10_000 } = {}) {
  const accounts = openAccounts({ file, now });
  const decoySecret = accounts.secret('decoys');
  /** @type {Map<string, Session>} least recently seen first */
  const sessions = new Map();

  /** @param {Session} session */
  function putSession(session) {
    sessions.delete(session.id);
    while (sessions.size >= maxSessions) {
      const oldest = sessions.keys().next().value;
      if (oldest === undefined) break;
      sessions.delete(oldest);
    }
    session.lastSeen = now();
    sessions.set(session.id, session);
    return session;
  }

  return {
    now,

    /** Sizes, for tests and the load test: pending challenges are at most MAX_PENDING_CHALLENGES per session. */
    stats() {
      let challenges = 0;
      for (const session of sessions.values()) challenges += session.challenges.filter((c) => now() <= c.expiresAt).length;
      return { users: accounts.countUsers(), credentials: accounts.countCredentials(), sessions: sessions.size, challenges };
    },

    /** True when no new account fits. */
    isFull: () => accounts.countUsers() >= maxUsers,

    /** @param {string} id */
    getUser: (id) => accounts.getUser(id),

    /** @param {string} username */
    findUserByUsername: (username) => accounts.findUserByKey(usernameKey(username)),

    /**
     * @param {{username: string, displayName: string, id?: string, passwordHash?: string | null}} fields
     * @returns {User}
     * @throws {StoreFullError} when maxUsers accounts exist
     */
    addUser({ username, displayName, id = randomId(USER_HANDLE_BYTES), passwordHash = null }) {
      // Full means no new accounts, never an old one removed to make room: evicting would let a
      // flood of sign-ups delete real accounts and hand their names to strangers.
      if (accounts.countUsers() >= maxUsers) throw new StoreFullError();
      const user = { id, username, displayName, createdAt: now(), passwordHash };
      accounts.addUser(user, usernameKey(username));
      return user;
    },

    /** @param {string} id */
    getCredential: (id) => accounts.getCredential(id),

    /** @param {string} userId */
    credentialsOf: (userId) => accounts.credentialsOf(userId),

    /**
     * @param {Omit<Credential, 'createdAt' | 'lastUsedAt' | 'aaguid' | 'backedUp' | 'name'> & Partial<Pick<Credential, 'aaguid' | 'backedUp' | 'name'>>} fields
     * @returns {Credential}
     */
    addCredential(fields) {
      const cred = { aaguid: null, backedUp: null, name: null, ...fields, createdAt: now(), lastUsedAt: null };
      accounts.addCredential(cred);
      return cred;
    },

    /** The key decoys are derived with: kept with the accounts, so decoys survive a restart as accounts do. */
    decoySecret: () => decoySecret,

    /** How real accounts look (passkeys per user, transports), for decoys. */
    profile: () => accounts.profile(),

    /** SQLite's plan for a per-username query. @param {'credentialsOf' | 'userByKey'} name */
    queryPlan: (name) => accounts.queryPlan(name),

    /**
     * Names one of this user's passkeys; null clears the name.
     * @param {string} id @param {string} userId @param {string | null} name
     * @returns {Credential | undefined} the updated passkey; undefined when the user has none of this id
     */
    renameCredential: (id, userId, name) => (accounts.rename(id, userId, name) ? accounts.getCredential(id) : undefined),

    /**
     * Removes one of this user's passkeys.
     * @param {string} id @param {string} userId
     * @returns {boolean} false when the user has none of this id
     */
    removeCredential: (id, userId) => accounts.remove(id, userId),

    /** @param {string} userId @param {string} displayName */
    setDisplayName: (userId, displayName) => accounts.setDisplayName(userId, displayName),

    /** A sign-in happened: store the new counter. @param {string} id @param {number} counter */
    recordUse: (id, counter) => accounts.recordUse(id, counter),

    /** Runs fn in one transaction. @template T @param {() => T} fn @returns {T} */
    atomically: (fn) => accounts.atomically(fn),

    /** Closes the database (the demo on shutdown, tests). */
    close: () => accounts.close(),

    /** @param {string | undefined} id */
    getSession(id) {
      const session = id ? sessions.get(id) : undefined;
      if (!session) return undefined;
      if (now() - session.lastSeen > SESSION_IDLE_MS) {
        sessions.delete(session.id);
        return undefined;
      }
      return putSession(session);
    },

    /** @returns {Session} */
    createSession: () => putSession({ id: randomId(32), userId: null, challenges: [], lastSeen: 0 }),

    /**
     * Moves the session to a fresh id (on sign-in, against session fixation).
     * @param {Session} session
     */
    renewSession(session) {
      sessions.delete(session.id);
      return putSession({ ...session, id: randomId(32) });
    },

    /**
     * Adds a pending challenge to the session, dropping expired ones and, past
     * MAX_PENDING_CHALLENGES, the oldest.
     * @param {Session} session
     * @param {Omit<Challenge, 'expiresAt'>} challenge
     */
    addChallenge(session, challenge) {
      const live = session.challenges.filter((c) => now() <= c.expiresAt);
      live.push({ ...challenge, expiresAt: now() + CHALLENGE_TTL_MS });
      session.challenges = live.slice(-MAX_PENDING_CHALLENGES);
    },

    /**
     * Removes the pending challenge with this value and returns it if it is still valid. Single
     * use: it is gone after this, whatever the caller then decides.
     * @param {Session} session
     * @param {string} value the challenge, base64url, as the response's clientDataJSON gives it
     * @returns {Challenge | undefined}
     */
    takeChallenge(session, value) {
      const index = session.challenges.findIndex((c) => c.challenge === value);
      if (index < 0) return undefined;
      const [challenge] = session.challenges.splice(index, 1);
      return now() > challenge.expiresAt ? undefined : challenge;
    },

    /**
     * Removes every pending challenge of one ceremony; how many were still valid.
     * @param {Session} session
     * @param {CeremonyType} type
     */
    dropChallenges(session, type) {
      const valid = session.challenges.filter((c) => c.type === type && now() <= c.expiresAt).length;
      session.challenges = session.challenges.filter((c) => c.type !== type);
      return valid;
    },
  };
}
