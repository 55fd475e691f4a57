// @ts-check
/**
 * The demo server: the relying party, the demo page (demo/), and the built drop-in file
 * (dist/cdn/); or, given `appDir`, an example app's built files in place of the demo page; or,
 * given `appHandler`, a server-rendered app (Next.js, SvelteKit…) answering everything else.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRelyingParty } from './relying-party.js';
import { resolveInside, sendFile, sendText } from './static.js';

const DEMO_DIR = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const CDN_DIR = fileURLToPath(new URL('../../dist/cdn', import.meta.url));
const CDN_FILE = 'passkey-elements.min.js';

/**
 * @param {object} [opts]
 * @param {ReturnType<typeof createRelyingParty>} [opts.rp] default a fresh in-memory relying party
 * @param {string[]} [opts.relatedOrigins] for the default relying party: other origins allowed to
 *   use its RP ID, served as GET /.well-known/webauthn (give them to createRelyingParty when
 *   passing `rp`)
 * @param {string} [opts.cdnDir] default <repo>/dist/cdn
 * @param {string} [opts.appDir] serve this folder (subfolders too) instead of the demo page
 * @param {AppHandler} [opts.appHandler] answers every request the relying party does not
 * @param {Partial<typeof LIMITS>} [opts.limits] timeouts (ms) and the connection cap
 * @returns {http.Server} not yet listening
 */
export function createDemoServer({ rp: given, relatedOrigins, cdnDir = CDN_DIR, appDir, appHandler, limits } = {}) {
  if (given && relatedOrigins) throw new TypeError('relatedOrigins goes to createRelyingParty when you pass your own rp');
  const rp = given ?? createRelyingParty({ relatedOrigins });
  const pages = appDir ? { dir: path.resolve(appDir), flat: false } : { dir: DEMO_DIR, flat: true };
  const { headersTimeout, requestTimeout, checkInterval, maxConnections } = { ...LIMITS, ...limits };
  const server = http.createServer({ headersTimeout, requestTimeout, connectionsCheckingInterval: checkInterval }, (req, res) => {
    const served = appHandler
      ? rp.handle(req, res).then((done) => done || appHandler(req, res))
      : serve(req, res, rp, cdnDir, pages);
    served.catch((error) => {
      console.error('demo: unexpected error', error?.stack ?? error);
      if (res.headersSent) res.destroy();
      else sendText(res, 500, 'Something went wrong on the server.');
    });
  });
  // Past this many open sockets, new ones are closed at once: one client can't hold them all.
  server.maxConnections = maxConnections;
  return server;
}

/**
 * A demo's limits: all headers within 10 s and a whole request within 30 s (a slow sender holds
 * a socket no longer), checked every second; at most 500 connections at once.
 */
const LIMITS = { headersTimeout: 10_000, requestTimeout: 30_000, checkInterval: 1_000, maxConnections: 500 };

/** @typedef {(req: http.IncomingMessage, res: http.ServerResponse) => unknown} AppHandler */

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {ReturnType<typeof createRelyingParty>} rp
 * @param {string} cdnDir
 * @param {{dir: string, flat: boolean}} pages
 */
async function serve(req, res, rp, cdnDir, pages) {
  if (await rp.handle(req, res)) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
  }
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname.startsWith('/cdn/')) {
    const file = resolveInside(cdnDir, pathname.slice('/cdn'.length));
    if (file && (await sendFile(req, res, file))) return;
    if (!existsSync(`${cdnDir}/${CDN_FILE}`)) {
      return sendText(res, 500, `dist/cdn/${CDN_FILE} is missing: run \`npm run build\` first, then reload.`);
    }
    return sendText(res, 404, 'Not found.');
  }
  // For the demo, only files at the top of demo/, so demo/server/ is never served.
  const file = resolveInside(pages.dir, pathname === '/' ? '/index.html' : pathname, { flat: pages.flat });
  if (file && (await sendFile(req, res, file))) return;
  sendText(res, 404, 'Not found.');
}
