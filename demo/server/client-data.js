// @ts-check
/** clientDataJSON read before verification: which challenge a response answers, and from where. */
import { isObject } from './input.js';

/**
 * The parsed clientDataJSON of a credential response, or undefined when it has none or it is not
 * readable JSON. Nothing in it is trusted yet: the library checks it against what we expect.
 * @param {unknown} body the verify request body
 * @returns {Record<string, unknown> | undefined}
 */
export function readClientData(body) {
  const encoded = isObject(body) && isObject(body.response) ? body.response.clientDataJSON : undefined;
  if (typeof encoded !== 'string') return undefined;
  try {
    const data = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    return isObject(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why a response made inside a cross-origin frame is refused, or undefined. This relying party is
 * never embedded by another site, so `crossOrigin: true` (Safari sends no `topOrigin`) or any
 * `topOrigin` means a page of another origin framed ours to run the ceremony: clickjacking a
 * sign-up or sign-in. @simplewebauthn/server checks `topOrigin` only at sign-in and only when
 * present, and not at all at registration.
 * @param {Record<string, unknown> | undefined} clientData
 * @returns {string | undefined}
 */
export function embeddedReason(clientData) {
  if (clientData?.crossOrigin === true) return 'made in a cross-origin frame';
  if (clientData?.topOrigin !== undefined) return 'has a top origin';
  return undefined;
}
