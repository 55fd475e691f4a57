// @ts-check
/** Starts the demo: `node demo/server/main.js` (PORT=8000 by default). */
import { createDemoServer } from './app.js';

const server = createDemoServer();
// localhost, not 127.0.0.1: WebAuthn refuses IP addresses as RP IDs.
server.listen(Number(process.env.PORT || 8000), 'localhost', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`passkey-elements demo: http://localhost:${port}`);
});
