// @ts-check
/**
 * Stand-in allowCredentials for usernames that have no account, so sign-in options do not tell:
 * as many passkeys, with the same transports, as real accounts have, in the same proportions.
 */
import { createHmac } from 'node:crypto';

/** Before any passkey exists: a typical synced platform passkey (and the test authenticator's). */
export const DECOY_TRANSPORTS = ['hybrid', 'internal'];

/** @typedef {{passkeys: [number, number][], transports: [string[], number][]}} Profile */

/** A number in [0, 1) fixed by the secret, the name and what it is for. @param {Buffer} secret @param {string} what */
function fraction(secret, what) {
  return createHmac('sha256', secret).update(what).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * The entry a fraction lands on, each entry weighted by its count.
 * @template T
 * @param {[T, number][]} weighted
 * @param {number} u in [0, 1)
 * @param {T} fallback when the list is empty
 * @returns {T}
 */
function pick(weighted, u, fallback) {
  const total = weighted.reduce((sum, [, n]) => sum + n, 0);
  let at = u * total;
  for (const [value, n] of weighted) {
    if (at < n) return value;
    at -= n;
  }
  return fallback;
}

/**
 * Decoy credentials for a username: how many, and each one's transports, drawn from the real
 * accounts' profile by an HMAC of the name; ids 32 bytes like a platform authenticator's.
 * @param {string} usernameKey the normalized username, so "Ghost" and "ghost" get the same
 * @param {Buffer} secret kept with the accounts: decoys stay the same (as a real user's list
 *   does, across restarts too) and nobody outside can compute them to tell them apart
 * @param {Profile} [profile] default: nobody yet
 * @returns {{id: string, transports: any[]}[]}
 */
export function decoyCredentials(usernameKey, secret, profile = { passkeys: [], transports: [] }) {
  const count = pick(profile.passkeys, fraction(secret, `count\0${usernameKey}`), 1);
  return Array.from({ length: count }, (_, i) => ({
    id: createHmac('sha256', secret).update(`id\0${i}\0${usernameKey}`).digest('base64url'),
    transports: [...pick(profile.transports, fraction(secret, `transports\0${i}\0${usernameKey}`), DECOY_TRANSPORTS)],
  }));
}
