// @ts-check
/**
 * DEMO ONLY: password accounts, /password/register and /password/login. They exist so the demo can
 * show what most sites start from (a password sign-in) and the automatic passkey upgrade after it.
 * A real site keeps its own password system; this one has no reset, no breached-password check and
 * no second factor. Passwords are hashed with scrypt and a random salt per user, and compared in
 * constant time.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { HttpError } from './http.js';
import { isObject, readName, readRegistrant } from './input.js';
import { FULL, TAKEN } from './register.js';
import { StoreFullError } from './store.js';
import { checkUsername } from './usernames.js';

/** @typedef {import('./relying-party.js').Ctx} Ctx */
/** @typedef {import('./relying-party.js').Reply} Reply */

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;
export const WRONG_PASSWORD = 'Wrong username or password.';

/** Node's default scrypt cost (16 MB of memory per hash), written into each hash so it can change later. */
const COST = { N: 16384, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/**
 * What an unknown username's password is checked against: a hash of nothing anyone knows, with
 * the same cost as a real one, so an unknown name takes the same work as a wrong password.
 */
const NOBODY = `scrypt$${COST.N}$${COST.r}$${COST.p}$${randomBytes(SALT_BYTES).toString('base64url')}$${randomBytes(KEY_BYTES).toString('base64url')}`;

/**
 * @param {string} password
 * @param {Buffer} salt
 * @param {{N: number, r: number, p: number}} cost
 * @returns {Promise<Buffer>}
 */
function derive(password, salt, cost) {
  // NFC, so the same password typed on another keyboard (é precomposed or not) still matches.
  const bytes = Buffer.from(password.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) => {
    scrypt(bytes, salt, KEY_BYTES, { ...cost, maxmem: 256 * cost.N * cost.r }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * `scrypt$N$r$p$salt$hash`, salt and hash base64url.
 * @param {string} password
 */
export async function hashPassword(password) {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/**
 * @param {string} password
 * @param {string | null | undefined} stored a hashPassword result; none checks against NOBODY (always false)
 * @returns {Promise<boolean>}
 */
export async function checkPassword(password, stored) {
  const known = typeof stored === 'string';
  const [scheme, N, r, p, salt, hash] = (known ? stored : NOBODY).split('$');
  if (scheme !== 'scrypt') return false;
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) });
  const expected = Buffer.from(hash, 'base64url');
  const same = key.length === expected.length && timingSafeEqual(key, expected);
  return known && same;
}

/**
 * A new password: 8 to 256 characters (code points), not trimmed.
 * @param {unknown} value
 */
function readNewPassword(value) {
  if (typeof value !== 'string' || !value) throw new HttpError(400, 'Enter a password.');
  const length = [...value].length;
  if (length < MIN_PASSWORD_LENGTH) throw new HttpError(400, `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  if (length > MAX_PASSWORD_LENGTH) throw new HttpError(400, `The password can be at most ${MAX_PASSWORD_LENGTH} characters long.`);
  return value;
}

/**
 * POST /password/register `{username, password, displayName?}`: a new account with a password
 * and no passkey, signed in. 409 when the name is taken.
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {Promise<Reply>}
 */
export async function passwordRegister(ctx, body) {
  const { store } = ctx;
  const { username, displayName } = readRegistrant(body);
  const password = readNewPassword(isObject(body) ? body.password : undefined);
  if (store.findUserByUsername(username)) throw new HttpError(409, TAKEN);
  if (store.isFull()) throw new HttpError(503, FULL);
  const passwordHash = await hashPassword(password);
  let user;
  try {
    // Checked again: another sign-up may have taken the name while the hash was computed.
    user = store.atomically(() => {
      if (store.findUserByUsername(username)) throw new HttpError(409, TAKEN);
      return store.addUser({ username, displayName, passwordHash });
    });
  } catch (error) {
    if (error instanceof StoreFullError) throw new HttpError(503, FULL);
    throw error;
  }
  ctx.signIn(user.id);
  return { body: { user: ctx.publicUser(user) } };
}

/**
 * POST /password/login `{username, password}`: signs in. An unknown name, an account without a
 * password and a wrong password get the same 401 after the same hashing work.
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {Promise<Reply>}
 */
export async function passwordLogin(ctx, body) {
  const fields = isObject(body) ? body : {};
  const username = checkUsername(readName(fields.username, 'username'));
  if (typeof fields.password !== 'string' || !fields.password) throw new HttpError(400, 'Enter your password.');
  const user = ctx.store.findUserByUsername(username);
  const matches = await checkPassword(fields.password, user?.passwordHash);
  if (!user || !matches) throw new HttpError(401, WRONG_PASSWORD);
  ctx.signIn(user.id);
  return { body: { user: ctx.publicUser(user) } };
}
