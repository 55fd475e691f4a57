// @ts-check
/** Checks on what clients send, turned into 400 replies with plain messages. */
import { MAX_CREDENTIAL_ID_CHARS, MAX_USER_HANDLE_CHARS } from './caps.js';
import { HttpError } from './http.js';
import { checkUsername } from './usernames.js';

const MAX_NAME_LENGTH = 64;

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A trimmed name of 1..64 characters without control characters: 64 code points are at most
 * 256 bytes of UTF-8, which caps what a name costs to store.
 * @param {unknown} value
 * @param {string} what e.g. "username", for the message
 */
export function readName(value, what) {
  if (typeof value !== 'string' || !value.trim()) throw new HttpError(400, `Enter a ${what}.`);
  return checkName(value.trim(), what);
}

/**
 * A trimmed name checked as readName does, where blank is allowed: '' for none.
 * @param {unknown} value
 * @param {string} what
 */
export function readOptionalName(value, what) {
  if (typeof value !== 'string') throw new HttpError(400, `The ${what} must be text.`);
  return value.trim() ? checkName(value.trim(), what) : '';
}

/**
 * @param {string} name trimmed
 * @param {string} what
 */
function checkName(name, what) {
  // Count code points, not UTF-16 units, so emoji count as one.
  if ([...name].length > MAX_NAME_LENGTH) {
    throw new HttpError(400, `The ${what} can be at most ${MAX_NAME_LENGTH} characters long.`);
  }
  // Controls, and bidi overrides that would make a name read differently from what it is.
  if (/[\p{Cc}\p{Bidi_Control}]/u.test(name)) throw new HttpError(400, `The ${what} contains characters that are not allowed.`);
  return name;
}

/**
 * The register/options body: `{username, displayName?}`; displayName defaults to the username.
 * @param {unknown} body
 */
export function readRegistrant(body) {
  const fields = isObject(body) ? body : {};
  const username = checkUsername(readName(fields.username, 'username'));
  return { username, displayName: readDisplayName(fields.displayName, username) };
}

/**
 * A display name as sign-up takes it: blank (or none) means the username.
 * @param {unknown} given
 * @param {string} username
 */
export function readDisplayName(given, username) {
  const blank = given === undefined || given === null || (typeof given === 'string' && !given.trim());
  return blank ? username : readName(given, 'display name');
}

/**
 * The login/options body: `{username}` or `{}` (or none); a blank username is no username.
 * @param {unknown} body
 * @returns {string | undefined}
 */
export function readOptionalUsername(body) {
  if (body === undefined) return undefined;
  if (!isObject(body)) throw new HttpError(400, 'The request body must be a JSON object.');
  const { username } = body;
  if (username === undefined || username === null || (typeof username === 'string' && !username.trim())) {
    return undefined;
  }
  return checkUsername(readName(username, 'username'));
}

/**
 * A verify failure: 400 `{verified: false, error}`.
 * @param {string} message
 * @param {number} [status]
 */
export const verifyFailed = (message, status = 400) => new HttpError(status, message, { extra: { verified: false } });

/** base64url, as @simplewebauthn/browser writes it (padding tolerated). */
const isBase64url = (/** @type {unknown} */ value) => typeof value === 'string' && /^[\w-]+={0,2}$/.test(value);

/** The response fields each ceremony needs, all base64url. */
const REQUIRED = {
  register: ['clientDataJSON', 'attestationObject'],
  login: ['clientDataJSON', 'authenticatorData', 'signature'],
};

/**
 * The credential JSON from the browser, checked for shape before anything looks it up: id and
 * rawId the same base64url string, type public-key, the ceremony's fields base64url (userHandle
 * too, when there is one). The library checks what they say.
 * @param {unknown} body
 * @param {'register' | 'login'} ceremony
 * @returns {{id: string, response: Record<string, unknown>} & Record<string, unknown>}
 */
export function readCredentialJson(body, ceremony) {
  const response = isObject(body) && isObject(body.response) ? body.response : undefined;
  const wellFormed =
    response &&
    isObject(body) &&
    isBase64url(body.id) &&
    /** @type {string} */ (body.id).length <= MAX_CREDENTIAL_ID_CHARS &&
    body.rawId === body.id &&
    body.type === 'public-key' &&
    REQUIRED[ceremony].every((field) => isBase64url(response[field])) &&
    (response.userHandle === undefined ||
      response.userHandle === null ||
      (isBase64url(response.userHandle) && /** @type {string} */ (response.userHandle).length <= MAX_USER_HANDLE_CHARS));
  if (!wellFormed) throw verifyFailed('The browser sent an incomplete passkey response.');
  return /** @type {any} */ (body);
}
