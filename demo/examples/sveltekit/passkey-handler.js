// @ts-check
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * How scripts/example.js serves this app (package.json `passkeyExample.handler`): the
 * adapter-node build's request handler, behind the relying party on one origin. Builds nothing:
 * `npm run build` must have made build/.
 * @param {string} appDir this app's folder
 */
export default async function createHandler(appDir) {
  // adapter-node takes the origin's scheme from this header, else assumes https; here every
  // request arrives over plain http (the demo server), so say so.
  process.env.PASSKEY_EXAMPLE_PROTOCOL_HEADER = 'x-passkey-example-proto';
  const { handler } = await import(pathToFileURL(path.join(appDir, 'build', 'handler.js')).href);
  return {
    /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} */
    appHandler(req, res) {
      req.headers['x-passkey-example-proto'] = 'http';
      handler(req, res);
    },
  };
}
