// @ts-check
/** The signed-in state: /session, /logout, PATCH /user, and what a verify replies once signed in. */
import { requireUser } from './credentials.js';
import { isObject, readDisplayName } from './input.js';

/** @typedef {import('./relying-party.js').Ctx} Ctx */
/** @typedef {import('./relying-party.js').Reply} Reply */

const isoDate = (/** @type {number | null} */ ms) => (ms === null ? null : new Date(ms).toISOString());

/**
 * @param {Ctx} ctx
 * @returns {Promise<Reply>}
 */
export async function sessionInfo(ctx) {
  const { store } = ctx;
  const userId = ctx.session?.userId;
  const user = userId ? store.getUser(userId) : undefined;
  if (!user) return { body: { user: null } };
  const credentials = store.credentialsOf(user.id).map((cred) => ({
    id: cred.id,
    createdAt: isoDate(cred.createdAt),
    lastUsedAt: isoDate(cred.lastUsedAt),
    transports: cred.transports,
  }));
  return { body: { user: { ...ctx.publicUser(user), hasPassword: user.passwordHash !== null, credentials } } };
}

/**
 * @param {Ctx} ctx
 * @returns {Promise<Reply>}
 */
export async function logout(ctx) {
  // Keep the session (and its pending challenges, e.g. an armed autofill): only the user goes.
  if (ctx.session) ctx.session.userId = null;
  return { body: { ok: true } };
}

/**
 * PATCH /user `{displayName}`: the account page's display-name edit; blank means the username,
 * as at sign-up.
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {Promise<Reply>}
 */
export async function updateUser(ctx, body) {
  const user = requireUser(ctx, 'Sign in to change your account.');
  const displayName = readDisplayName(isObject(body) ? body.displayName : undefined, user.username);
  ctx.store.setDisplayName(user.id, displayName);
  return { body: { user: ctx.publicUser({ ...user, displayName }) } };
}

/**
 * A successful verify: the user, and every passkey id of theirs, so the browser can tell the
 * passkey provider which ones are still accepted (the WebAuthn Signal API).
 * @param {Ctx} ctx
 * @param {import('./store.js').User} user
 * @returns {Reply}
 */
export function signedInReply(ctx, user) {
  const credentialIds = ctx.store.credentialsOf(user.id).map(({ id }) => id);
  return { body: { verified: true, user: ctx.publicUser(user), credentialIds } };
}
