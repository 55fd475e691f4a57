// @ts-check
/** CSRF guard for POSTs: refuse what a browser sent from another site. */
import { HttpError } from './http.js';

const FOREIGN = 'This request came from another site.';

/**
 * 403 for a foreign `Origin`, or `Sec-Fetch-Site` saying the page was on another origin
 * (`cross-site`, or `same-site`: a sibling subdomain is another origin too). Browsers send
 * `Origin` on every POST, so a request with neither header is not from a browser page and cannot
 * carry a victim's cookie on an attacker's behalf: it passes (curl, server-to-server, tests).
 * @param {import('node:http').IncomingMessage} req
 * @param {string} origin the relying party's own origin
 */
export function refuseCrossSite(req, origin) {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw new HttpError(403, FOREIGN);
  const from = req.headers.origin;
  // "null" (sandboxed frames, file: pages) is foreign as well.
  if (from !== undefined && from !== origin) throw new HttpError(403, FOREIGN);
}
