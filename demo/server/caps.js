// @ts-check
/**
 * Size caps on what a client gets us to store, so the store is bounded in bytes and not only in
 * rows: without them one sign-up could park a 45 KB "public key" or thousands of transports.
 */

/**
 * A real COSE public key is far smaller (P-256: 77 bytes, RSA-4096: about 550): 1 KB is room
 * for any algorithm we accept and no more.
 */
export const MAX_PUBLIC_KEY_BYTES = 1024;

/** WebAuthn caps credential ids at 1023 bytes: 1364 base64url characters. */
export const MAX_CREDENTIAL_ID_CHARS = Math.ceil((1023 * 4) / 3);

/** User handles are at most 64 bytes: 86 base64url characters (88 with padding). */
export const MAX_USER_HANDLE_CHARS = 88;

/** The AuthenticatorTransport values browsers send today. */
const KNOWN_TRANSPORTS = new Set(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);

/**
 * The known transports in a client's list, each once, sorted: at most 7 short strings, whatever was sent.
 * They are only hints for the browser, so unknown ones are dropped rather than refused.
 * @param {unknown} list
 * @returns {string[]}
 */
export function knownTransports(list) {
  if (!Array.isArray(list)) return [];
  // Sorted, as browsers send them: one spelling per set, so decoys can copy real sets.
  return [...new Set(list.filter((t) => typeof t === 'string' && KNOWN_TRANSPORTS.has(t)))].sort();
}
