// @ts-check
/**
 * Automatic passkey upgrades: registration options asked for with `mediation: "conditional"`.
 * The browser may then create the passkey without showing anything and without a gesture, so the
 * response can come without user presence (UP=0) or verification (UV=0). That is only acceptable
 * for an account that is already signed in, and only for options issued as conditional: those
 * are marked on their pending challenge, and register.js relaxes UP/UV for them alone.
 */
import { HttpError } from './http.js';
import { isObject, readName } from './input.js';
import { checkUsername, usernameKey } from './usernames.js';

/** @typedef {import('./relying-party.js').Ctx} Ctx */

export const SIGN_IN_FIRST = 'Sign in first: an automatic passkey is only made for a signed-in account.';
const ANOTHER_ACCOUNT = 'An automatic passkey can only be made for the account that is signed in.';

/**
 * True when the register/options body asks for conditional (automatic upgrade) options.
 * @param {unknown} body
 */
export const isConditionalRequest = (body) => isObject(body) && body.mediation === 'conditional';

/**
 * Who conditional options are for: the signed-in user, always. A username in the body is
 * accepted when it names that user (the element sends the one the page gave it).
 * 401 when nobody is signed in, 409 when the body names another account.
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {{username: string, displayName: string}}
 */
export function signedInRegistrant(ctx, body) {
  const userId = ctx.session?.userId;
  const user = userId ? ctx.store.getUser(userId) : undefined;
  if (!user) throw new HttpError(401, SIGN_IN_FIRST);
  const named = isObject(body) ? body.username : undefined;
  if (typeof named === 'string' && named.trim()) {
    if (usernameKey(checkUsername(readName(named, 'username'))) !== usernameKey(user.username)) {
      throw new HttpError(409, ANOTHER_ACCOUNT);
    }
  }
  return { username: user.username, displayName: user.displayName };
}
