// @ts-check
/**
 * Related origin requests: a site that signs in on several domains (example.com, example.co.uk)
 * keeps one RP ID and lists its other origins at `https://{RP ID}/.well-known/webauthn`. A
 * browser on one of them asks that file before it lets the page use the RP ID; the relying party
 * then accepts those origins in clientDataJSON as well as its own.
 */
import { sendJson } from './http.js';

export const WELL_KNOWN_PATH = '/.well-known/webauthn';

/**
 * The configured list, checked: each an origin as `new URL(x).origin` writes it (scheme, host,
 * port; no path, no trailing slash), http or https. Throws TypeError on anything else, so a typo
 * fails at start and not at a visitor's sign-in.
 * @param {unknown} list
 * @returns {string[]}
 */
export function readRelatedOrigins(list) {
  if (!Array.isArray(list)) throw new TypeError('relatedOrigins must be an array of origins');
  return list.map((entry) => {
    let origin;
    try {
      const url = new URL(String(entry));
      origin = url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
    } catch {}
    if (origin === undefined || origin !== entry) {
      throw new TypeError(`relatedOrigins: ${JSON.stringify(entry)} is not an origin like "https://example.com"`);
    }
    return origin;
  });
}

/**
 * Origins from an environment variable: comma- or space-separated, empty for none.
 * @param {string | undefined} value e.g. "https://a.example,https://b.example"
 */
export const relatedOriginsFromEnv = (value) => readRelatedOrigins((value ?? '').split(/[\s,]+/).filter(Boolean));

/**
 * GET /.well-known/webauthn: `{"origins": [...]}`. Cacheable for a while (browsers fetch it on
 * every request from another origin); any other method gets 405.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string[]} origins
 */
export function sendWellKnown(req, res, origins) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendJson(res, 405, { error: 'This method is not allowed here.' }, { Allow: 'GET, HEAD' });
  }
  sendJson(res, 200, { origins }, { 'Content-Type': 'application/json', 'Cache-Control': 'max-age=300' });
}
