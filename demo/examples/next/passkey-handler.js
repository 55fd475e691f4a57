// How scripts/example.js serves this app: Next.js's own request handler for the production
// build (`next build`), mounted behind the demo's relying party on one origin.
import next from 'next';

/** @param {string} dir this app's folder */
export default async function createHandler(dir) {
  const app = next({ dev: false, dir });
  await app.prepare();
  const handle = app.getRequestHandler();
  return {
    /** @type {import('node:http').RequestListener} */
    appHandler: (req, res) => handle(req, res),
    close: () => app.close(),
  };
}
