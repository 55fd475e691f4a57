// @ts-check
/** Stand-in allowCredentials for usernames that have no account, so sign-in options do not tell. */
import { createHmac, randomBytes } from 'node:crypto';

/**
 * Per process: decoys stay the same while it runs (as a real user's list does) and nobody
 * outside can compute them to tell them apart.
 */
const SECRET = randomBytes(32);

/** Shaped like a typical user's one synced platform passkey (and the test authenticator's). */
export const DECOY_TRANSPORTS = ['hybrid', 'internal'];

/**
 * One credential id derived from the username, 32 bytes like a platform authenticator's.
 * @param {string} usernameKey the normalized username, so "Ghost" and "ghost" get the same
 * @returns {{id: string, transports: any[]}[]}
 */
export function decoyCredentials(usernameKey) {
  const id = createHmac('sha256', SECRET).update(usernameKey).digest('base64url');
  return [{ id, transports: [...DECOY_TRANSPORTS] }];
}
