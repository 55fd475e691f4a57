// The bench's server, run as a child process (its own event loop): the demo's relying party at
// /passkeys, our CDN file, the hand-written baseline scripts and the four test pages. Files are
// read once at start, so both pages are served from memory. Reports its origin over IPC and stops
// when the parent disconnects.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRelyingParty } from '../demo/server/relying-party.js';
import { CACHE, CDN_FILE, PAGES } from './paths.js';

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const files = new Map([
  ['/ours/login', [`${PAGES}/ours-login.html`, HTML]],
  ['/ours/register', [`${PAGES}/ours-register.html`, HTML]],
  ['/baseline/login', [`${PAGES}/baseline-login.html`, HTML]],
  ['/baseline/register', [`${PAGES}/baseline-register.html`, HTML]],
  ['/cdn/passkey-elements.min.js', [CDN_FILE, JS]],
  ['/baseline/login.min.js', [`${CACHE}/baseline/login.min.js`, JS]],
  ['/baseline/register.min.js', [`${CACHE}/baseline/register.min.js`, JS]],
]);
const withPages = process.argv.includes('--pages');
const bodies = new Map();
if (withPages) for (const [path, [file, type]] of files) bodies.set(path, [readFileSync(file), type]);

// Refusals are expected in no run: log errors, count warnings.
let warnings = 0;
const rp = createRelyingParty({ logger: { warn: () => warnings++, error: (...args) => console.error('bench server:', ...args) } });

const server = http.createServer(async (req, res) => {
  try {
    if (await rp.handle(req, res)) return;
    const found = bodies.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!found) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': found[1], 'Content-Length': found[0].length, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : found[0]);
  } catch (error) {
    console.error('bench server:', error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
});
// localhost, not 127.0.0.1: WebAuthn refuses an IP address as the RP ID.
server.listen(0, 'localhost', () => {
  process.send?.({ origin: `http://localhost:${server.address().port}` });
});
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ warnings, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20) });
});
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
});
