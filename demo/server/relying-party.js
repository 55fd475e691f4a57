// @ts-check
/**
 * A passkey relying party as one Node request handler, speaking the contract the elements use:
 * POST {basePath}/register/options|verify, /login/options|verify, /logout; GET /session;
 * GET /credentials, PATCH|DELETE /credentials/{id}, PATCH /user (managing a signed-in account).
 */
import { logout, sessionInfo, updateUser } from './account.js';
import { listCredentials, removeCredential, renameCredential } from './credentials.js';
import { refuseCrossSite } from './cross-site.js';
import { clientKey } from './client-key.js';
import { HttpError, readCookie, readJson, requireJson, sendJson, sendNoContent, serializeCookie } from './http.js';
import { readClientData } from './client-data.js';
import { readCredentialJson, verifyFailed } from './input.js';
import { refuse } from './refusal.js';
import { loginOptions, loginVerify } from './login.js';
import { passwordLogin, passwordRegister } from './password.js';
import { WELL_KNOWN_PATH, readRelatedOrigins, sendWellKnown } from './related-origins.js';
import { createRateLimiter } from './rate-limit.js';
import { registerOptions, registerVerify } from './register.js';
import { createStore } from './store.js';

/** @typedef {import('./store.js').Store} Store */
/** @typedef {import('./store.js').Session} Session */
/** @typedef {import('./store.js').User} User */
/** @typedef {import('./store.js').CeremonyType} CeremonyType */
/** @typedef {import('./store.js').Challenge} Challenge */
/** @typedef {{status?: number, body: unknown}} Reply */
/** @typedef {Pick<Console, 'warn' | 'error'>} Logger */

/**
 * What a route handler gets for one request.
 * @typedef {object} Ctx
 * @property {Store} store
 * @property {string} rpName
 * @property {Logger} logger
 * @property {Session | undefined} session the caller's session, if the cookie names a live one
 * @property {string | undefined} pathId the URL-decoded {id} of /credentials/{id}; undefined elsewhere
 *   (or when it does not decode)
 * @property {() => Session} ensureSession the session, created (and its cookie set) if needed
 * @property {(userId: string) => void} signIn signs in on a fresh session id
 * @property {(type: CeremonyType, body: unknown) => Challenge} takeChallenge consumes the pending challenge the
 *   response names; 400 unless valid and of this type
 * @property {() => {origin: string, rpID: string, expectedOrigins: string[]}} relyingParty the
 *   expected origins are this origin and the related ones
 * @property {(user: User) => {id: string, username: string, displayName: string}} publicUser
 */

/** @typedef {(ctx: Ctx, body: unknown) => Promise<Reply>} Route */

/** The default session cookie name. */
export const SESSION_COOKIE = 'pk_session';
const BODY_LIMIT = 64 * 1024;

/** path under basePath → method → handler */
const ROUTES = new Map(/** @type {[string, Record<string, Route>][]} */ ([
  ['/register/options', { POST: registerOptions }],
  ['/register/verify', { POST: registerVerify }],
  ['/login/options', { POST: loginOptions }],
  ['/login/verify', { POST: loginVerify }],
  // Demo only: password accounts, so the demo can show an automatic upgrade after a password sign-in.
  ['/password/register', { POST: passwordRegister }],
  ['/password/login', { POST: passwordLogin }],
  ['/session', { GET: sessionInfo }],
  ['/logout', { POST: logout }],
  ['/credentials', { GET: listCredentials }],
  ['/credentials/{id}', { PATCH: renameCredential, DELETE: removeCredential }],
  ['/user', { PATCH: updateUser }],
]));

/**
 * Rate limited: the routes that cost a challenge, a signature check or a password hash, and those that change an
 * account (so a stolen session cannot be used to churn through ids at full speed either).
 */
const RATE_LIMITED = new Set([
  '/register/options',
  '/register/verify',
  '/login/options',
  '/login/verify',
  '/password/register',
  '/password/login',
  '/credentials/{id}',
  '/user',
]);

/** Methods whose request carries a JSON body. */
const WITH_BODY = new Set(['POST', 'PATCH']);

const EXPIRED = {
  register: 'This sign-up request expired. Please try again.',
  login: 'This sign-in request expired. Please try again.',
};

/**
 * @param {object} [opts]
 * @param {string} [opts.basePath] default '/passkeys'
 * @param {string} [opts.origin] pin the expected origin; default `http://${Host header}`
 * @param {string} [opts.rpID] pin the RP ID; default the origin's hostname
 * @param {string} [opts.rpName] default 'passkey-elements demo'
 * @param {() => number} [opts.now] clock in ms (tests move it)
 * @param {Store} [opts.store] default a fresh in-memory store
 * @param {Logger} [opts.logger] default console
 * @param {string} [opts.cookieName] the session cookie's name, default 'pk_session'. Cookies are
 *   per host, not per port or path: give each relying party on one host its own name, or signing
 *   in to one signs the visitor out of the other
 * @param {{max: number, windowMs?: number} | false} [opts.rateLimit] ceremony requests per client
 *   IP per fixed window (default one minute), then 429 with Retry-After. Default off: the browser
 *   tests run many ceremonies from one address; the demo's main.js turns it on.
 * @param {string[]} [opts.relatedOrigins] other origins allowed to use this RP ID (related
 *   origin requests): served as GET /.well-known/webauthn and accepted in clientDataJSON. Each
 *   an origin such as "https://example.co.uk"; none (the default) = no well-known file, 404
 */
export function createRelyingParty(opts = {}) {
  const { basePath = '/passkeys', rpName = 'passkey-elements demo', logger = console, cookieName = SESSION_COOKIE } = opts;
  // A cookie-name token (RFC 6265): nothing that could end the name or start another attribute.
  if (!/^[\w!#$%&'*+.^`|~-]+$/.test(cookieName)) throw new TypeError(`cookieName ${JSON.stringify(cookieName)} is not a valid cookie name`);
  const store = opts.store ?? createStore({ now: opts.now });
  const base = basePath.replace(/\/+$/, '');
  const limit = opts.rateLimit ? createRateLimiter({ ...opts.rateLimit, now: opts.now }) : undefined;
  const relatedOrigins = readRelatedOrigins(opts.relatedOrigins ?? []);

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @returns {Promise<boolean>} false (nothing written) when the path is not under basePath
   */
  async function handle(req, res) {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === WELL_KNOWN_PATH && relatedOrigins.length) {
      sendWellKnown(req, res, relatedOrigins);
      return true;
    }
    if (pathname !== base && !pathname.startsWith(`${base}/`)) return false;
    /** @type {Record<string, string>} */
    const headers = {};
    try {
      const { path, id } = routeOf(pathname.slice(base.length));
      const methods = ROUTES.get(path);
      if (!methods) throw new HttpError(404, 'There is nothing here.');
      const route = Object.hasOwn(methods, req.method ?? '') ? methods[/** @type {string} */ (req.method)] : undefined;
      if (!route) {
        throw new HttpError(405, 'This method is not allowed here.', { headers: { Allow: Object.keys(methods).join(', ') } });
      }
      if (req.method !== 'GET') {
        refuseCrossSite(req, relyingPartyFor(req, opts).origin);
        // A DELETE has no body and needs no type; a type it does declare must be JSON all the same.
        if (req.method !== 'DELETE' || req.headers['content-type'] !== undefined) requireJson(req);
      }
      // Counted only after the CSRF checks: otherwise any site could spend a visitor's quota with
      // no-cors POSTs we refuse anyway. The socket's address (its /64 for IPv6), not
      // X-Forwarded-For: that header is whatever the client says.
      const wait = limit && RATE_LIMITED.has(path) ? limit(clientKey(req.socket.remoteAddress ?? '')) : 0;
      if (wait) {
        throw new HttpError(429, 'Too many attempts. Please wait a little and try again.', { headers: { 'Retry-After': String(wait) } });
      }
      const body = WITH_BODY.has(/** @type {string} */ (req.method)) ? await readJson(req, BODY_LIMIT) : undefined;
      const reply = await route(context(req, headers, id), body);
      if (reply.status === 204) sendNoContent(res, headers);
      else sendJson(res, reply.status ?? 200, reply.body, headers);
    } catch (error) {
      if (error instanceof HttpError) {
        sendJson(res, error.status, error.body, { ...headers, ...error.headers });
      } else {
        // The stack only: request bodies hold credential data and stay out of logs.
        logger.error('passkeys: unexpected error', /** @type {Error} */ (error)?.stack ?? error);
        if (res.headersSent) res.destroy();
        else sendJson(res, 500, { error: 'Something went wrong on the server.' });
      }
    }
    return true;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {Record<string, string>} headers reply headers, filled in as the route runs
   * @param {string | undefined} pathId
   * @returns {Ctx}
   */
  function context(req, headers, pathId) {
    const relyingParty = () => relyingPartyFor(req, opts);
    /** @param {Session} session */
    const setCookie = (session) => {
      const secure = relyingParty().origin.startsWith('https:');
      headers['Set-Cookie'] = serializeCookie(cookieName, session.id, { secure });
    };
    /** @type {Ctx} */
    const ctx = {
      store,
      rpName,
      logger,
      session: store.getSession(readCookie(req, cookieName)),
      pathId,
      relyingParty,
      ensureSession() {
        if (!ctx.session) setCookie((ctx.session = store.createSession()));
        return ctx.session;
      },
      signIn(userId) {
        // A new id on sign-in, so an id planted before (session fixation) is worth nothing.
        const session = ctx.session ? store.renewSession(ctx.session) : store.createSession();
        session.userId = userId;
        setCookie((ctx.session = session));
      },
      takeChallenge(type, body) {
        const { session } = ctx;
        // Found by the value the response signed, so each tab's ceremony finds its own challenge.
        const named = readClientData(body)?.challenge;
        const found = session && typeof named === 'string' ? store.takeChallenge(session, named) : undefined;
        if (found) {
          if (found.type !== type) throw verifyFailed(EXPIRED[type]);
          return found;
        }
        // It answers none we hold (missing, unknown, replayed, expired): refused, and it uses up
        // this ceremony's pending challenges, so a refused verify never leaves an attempt behind.
        const dropped = session ? store.dropChallenges(session, type) : 0;
        if (!dropped) throw verifyFailed(EXPIRED[type]);
        readCredentialJson(body, type);
        throw refuse(logger, type === 'login' ? 'sign-in' : 'registration', 'wrong challenge');
      },
      publicUser: ({ id, username, displayName }) => ({ id, username, displayName }),
    };
    return ctx;
  }

  return { handle, store, relatedOrigins };
}

/**
 * The route a path takes: '/credentials/<id>' is '/credentials/{id}' with its id URL-decoded.
 * @param {string} path under basePath
 * @returns {{path: string, id?: string}}
 */
function routeOf(path) {
  const match = /^\/credentials\/([^/]+)$/.exec(path);
  if (!match) return { path };
  let id;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    // Not valid percent-encoding: names no passkey, and the route says so.
  }
  return { path: '/credentials/{id}', id };
}

/**
 * The expected origin and RP ID: pinned, or taken from the Host header so any port works.
 * @param {import('node:http').IncomingMessage} req
 * @param {{origin?: string, rpID?: string, relatedOrigins?: string[]}} pinned the related origins
 *   already checked by readRelatedOrigins
 * @returns the origin, the RP ID, and the expected origins: that origin and the related ones
 */
function relyingPartyFor(req, pinned) {
  const origin = pinned.origin ?? originFromHost(String(req.headers.host ?? ''));
  return { origin, rpID: pinned.rpID ?? new URL(origin).hostname, expectedOrigins: [origin, ...(pinned.relatedOrigins ?? [])] };
}

/** @param {string} host */
function originFromHost(host) {
  // Only a bare host[:port]: nothing like "evil.example/x" or "user@host".
  if (/^[\w.\-]+(:\d{1,5})?$|^\[[\da-f:.]+\](:\d{1,5})?$/i.test(host)) {
    try {
      return new URL(`http://${host}`).origin;
    } catch {}
  }
  throw new HttpError(400, 'The request has no valid Host header.');
}
