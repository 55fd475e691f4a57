// @ts-check
/** Starts the demo: `node demo/server/main.js` (PORT=8000 by default). */
import { createDemoServer } from './app.js';
import { createRelyingParty } from './relying-party.js';

// A person trying passkeys needs a handful of ceremonies a minute; a script hammering one needs more.
const rp = createRelyingParty({ rateLimit: { max: 60, windowMs: 60_000 } });
const server = createDemoServer({ rp });
// localhost, not 127.0.0.1: WebAuthn refuses IP addresses as RP IDs.
server.listen(Number(process.env.PORT || 8000), 'localhost', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`passkey-elements demo: http://localhost:${port}`);
});
