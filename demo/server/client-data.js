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
