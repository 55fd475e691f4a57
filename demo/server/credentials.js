// @ts-check
/**
 * The signed-in user's passkeys, for an account page: GET /credentials, PATCH and DELETE
 * /credentials/{id}; and the account a signed-in "add a passkey" registers for.
 */
import { HttpError } from './http.js';
import { isObject, readOptionalName } from './input.js';

/** @typedef {import('./relying-party.js').Ctx} Ctx */
/** @typedef {import('./relying-party.js').Reply} Reply */
/** @typedef {import('./store.js').Credential} Credential */

const SIGN_IN = 'Sign in to manage your passkeys.';
/** Unknown and another user's id get this same reply, so ids of other accounts are not revealed. */
const NO_SUCH_PASSKEY = 'No such passkey on your account.';

const isoDate = (/** @type {number | null} */ ms) => (ms === null ? null : new Date(ms).toISOString());

/**
 * One passkey as the list shows it.
 * @param {Credential} cred
 */
export const passkeyEntry = (cred) => ({
  id: cred.id,
  name: cred.name,
  aaguid: cred.aaguid,
  createdAt: isoDate(cred.createdAt),
  lastUsedAt: isoDate(cred.lastUsedAt),
  backedUp: cred.backedUp,
  transports: cred.transports,
});

/**
 * The signed-in user, or 401.
 * @param {Ctx} ctx
 * @param {string} [message]
 */
export function requireUser(ctx, message = SIGN_IN) {
  const userId = ctx.session?.userId;
  const user = userId ? ctx.store.getUser(userId) : undefined;
  if (!user) throw new HttpError(401, message);
  return user;
}

/**
 * GET /credentials: the user's passkeys, newest first.
 * @param {Ctx} ctx
 * @returns {Promise<Reply>}
 */
export async function listCredentials(ctx) {
  const user = requireUser(ctx);
  return { body: ctx.store.credentialsOf(user.id).reverse().map(passkeyEntry) };
}

/**
 * PATCH /credentials/{id} `{name}`: names one of the user's passkeys; blank (or null) clears the name.
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {Promise<Reply>}
 */
export async function renameCredential(ctx, body) {
  const user = requireUser(ctx);
  const given = isObject(body) ? body.name : undefined;
  if (given === undefined) throw new HttpError(400, 'Send the new name as {"name": "..."}.');
  const name = given === null ? '' : readOptionalName(given, 'passkey name');
  const renamed = ctx.pathId === undefined ? undefined : ctx.store.renameCredential(ctx.pathId, user.id, name || null);
  if (!renamed) throw new HttpError(404, NO_SUCH_PASSKEY);
  return { body: passkeyEntry(renamed) };
}

/**
 * DELETE /credentials/{id}: 204. The last passkey may go too: the client warns first.
 * @param {Ctx} ctx
 * @returns {Promise<Reply>}
 */
export async function removeCredential(ctx) {
  const user = requireUser(ctx);
  if (ctx.pathId === undefined || !ctx.store.removeCredential(ctx.pathId, user.id)) throw new HttpError(404, NO_SUCH_PASSKEY);
  return { status: 204, body: undefined };
}

/**
 * Register options asked for with no username from a signed-in session: a new passkey for the
 * session's own account (the account page's "add a passkey"). Undefined otherwise.
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {{username: string, displayName: string} | undefined}
 */
export function sessionRegistrant(ctx, body) {
  const username = isObject(body) ? body.username : undefined;
  const named = username !== undefined && username !== null && !(typeof username === 'string' && !username.trim());
  const userId = ctx.session?.userId;
  const user = named || !userId ? undefined : ctx.store.getUser(userId);
  return user && { username: user.username, displayName: user.displayName };
}
