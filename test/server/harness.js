// @ts-check
/**
 * The relying party on a real HTTP server (localhost, free port) and clients with a cookie jar,
 * for the attack tests and scripts/load-test.js.
 */
import http from 'node:http';
import { createRelyingParty, SESSION_COOKIE } from '../../demo/server/relying-party.js';

/**
 * @typedef {object} Reply
 * @property {number} status
 * @property {Headers} headers
 * @property {any} body parsed JSON
 *
 * @typedef {ReturnType<typeof createClient>} Client
 */

/**
 * @param {Parameters<typeof createRelyingParty>[0]} [opts]
 * @returns {Promise<{rp: ReturnType<typeof createRelyingParty>, base: string, port: number, client: () => Client, close: () => Promise<void>}>}
 */
export async function startRelyingParty(opts) {
  const rp = createRelyingParty(opts);
  const server = http.createServer(async (req, res) => {
    if (!(await rp.handle(req, res))) {
      res.writeHead(404).end();
    }
  });
  // localhost, not 127.0.0.1: the origin must be one WebAuthn accepts.
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const base = `http://localhost:${port}`;
  return {
    rp,
    base,
    port,
    client: () => createClient(base),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One browser's worth of state: the session cookie, kept across requests and renewed from replies.
 * @param {string} base
 */
export function createClient(base) {
  /** @type {string | undefined} the pk_session value */
  let session;
  /** @type {unknown[]} every body sent, for the log check */
  const sent = [];

  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body] JSON-encoded unless a string
   * @param {Record<string, string>} [headers] replace the JSON content type
   * @returns {Promise<Reply>}
   */
  async function request(method, path, body, headers = { 'Content-Type': 'application/json' }) {
    const withBody = method === 'POST' || method === 'PATCH';
    const init = /** @type {RequestInit} */ ({ method, headers: { ...(withBody || method === 'DELETE' ? headers : {}) } });
    if (session) /** @type {Record<string, string>} */ (init.headers).Cookie = `${SESSION_COOKIE}=${session}`;
    if (withBody) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body ?? {});
      sent.push(body);
    }
    const reply = await fetch(base + path, init);
    const cookie = reply.headers.get('set-cookie')?.match(new RegExp(`^${SESSION_COOKIE}=([^;]*)`));
    if (cookie) session = cookie[1];
    const text = await reply.text();
    return { status: reply.status, headers: reply.headers, body: text ? JSON.parse(text) : undefined };
  }

  return {
    sent,
    /** The session id the client holds; set it to plant or swap one. */
    get session() {
      return session;
    },
    set session(value) {
      session = value;
    },
    /** @param {string} path @param {unknown} [body] @param {Record<string, string>} [headers] */
    post: (path, body, headers) => request('POST', path, body, headers),
    /** @param {string} path */
    get: (path) => request('GET', path),
    /** @param {string} path @param {unknown} [body] @param {Record<string, string>} [headers] */
    patch: (path, body, headers) => request('PATCH', path, body, headers),
    /** No body, and by default no Content-Type (as a browser's fetch sends it). @param {string} path @param {Record<string, string>} [headers] */
    del: (path, headers = {}) => request('DELETE', path, undefined, headers),
  };
}

/**
 * @typedef {ReturnType<typeof import('../fixtures/soft-authenticator.js').createSoftAuthenticator>} Authenticator
 * @typedef {import('../fixtures/soft-authenticator.js').Overrides} Overrides
 */

/**
 * A whole sign-up: options, the authenticator, verify.
 * @param {Client} client
 * @param {Authenticator} auth
 * @param {string} username
 * @param {Overrides} [overrides]
 */
export async function signUp(client, auth, username, overrides) {
  const options = await client.post('/passkeys/register/options', { username });
  if (options.status !== 200) return options;
  return client.post('/passkeys/register/verify', await auth.register(options.body, overrides));
}

/**
 * A whole sign-in, with a username or usernameless.
 * @param {Client} client
 * @param {Authenticator} auth
 * @param {string} [username]
 * @param {Overrides} [overrides]
 */
export async function signIn(client, auth, username, overrides) {
  const options = await client.post('/passkeys/login/options', username === undefined ? {} : { username });
  if (options.status !== 200) return options;
  return client.post('/passkeys/login/verify', await auth.authenticate(options.body, overrides));
}
