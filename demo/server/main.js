// @ts-check
/**
 * Starts the demo: `node demo/server/main.js` (PORT=8000 by default). Accounts are kept in
 * `.data/accounts.sqlite` at the repository's top (DATA_DIR moves it), so they survive a restart.
 * RELATED_ORIGINS (comma-separated origins) serves them at /.well-known/webauthn and accepts them;
 * RP_ID pins the RP ID (default: the host the page was loaded from), which pages on those other
 * origins need when they are served by this same server.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoServer } from './app.js';
import { relatedOriginsFromEnv } from './related-origins.js';
import { createRelyingParty } from './relying-party.js';
import { createStore } from './store.js';

const dataDir = path.resolve(process.env.DATA_DIR || fileURLToPath(new URL('../../.data', import.meta.url)));
mkdirSync(dataDir, { recursive: true });
const store = createStore({ file: path.join(dataDir, 'accounts.sqlite') });

// A person trying passkeys needs a handful of ceremonies a minute; a script hammering one needs more.
const relatedOrigins = relatedOriginsFromEnv(process.env.RELATED_ORIGINS);
const rp = createRelyingParty({ store, rateLimit: { max: 60, windowMs: 60_000 }, relatedOrigins, rpID: process.env.RP_ID || undefined });
const server = createDemoServer({ rp });
// localhost, not 127.0.0.1: WebAuthn refuses IP addresses as RP IDs. PORT=0 takes a free port.
server.listen(process.env.PORT ? Number(process.env.PORT) : 8000, 'localhost', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`passkey-elements demo: http://localhost:${port} (accounts in ${dataDir})`);
});

// Close the database on Ctrl-C or a stop, so its journal is folded back into the file.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    store.close();
    process.exit(0);
  });
}
