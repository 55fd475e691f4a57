// @ts-check
/**
 * Runs one example app (demo/examples/<name>) against the mock relying party:
 * `npm run example react` (or any name in EXAMPLES). It installs the app's dependencies, with
 * passkey-elements packed from this checkout's build, builds the app, and serves it at
 * http://localhost:8000 (PORT to change). The end-to-end test of the examples uses the same steps.
 *
 * An app's package.json may say how it is served, in `passkeyExample`:
 * - `{"static": "dist/app/browser"}`: the built files' folder (default `dist`, or the app's own
 *   folder when it has no build script);
 * - `{"handler": "passkey-handler.js"}`: a module of the app whose default export,
 *   `createHandler(appDir)`, resolves to a Node request handler: a server-rendered app (Next.js,
 *   SvelteKit), mounted behind the relying party on one origin.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDemoServer } from '../demo/server/app.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXAMPLES_DIR = path.join(ROOT, 'demo', 'examples');
export const EXAMPLES = ['react', 'react-18', 'vue', 'svelte', 'angular', 'html', 'next', 'sveltekit'];

/**
 * @typedef {object} PreparedExample
 * @property {string} [appDir] built files to serve
 * @property {import('../demo/server/app.js').AppHandler} [appHandler] a server-rendered app
 * @property {() => Promise<void>} [close] stops what the handler started
 */

/** The environment for an app's npm: Next.js would report usage over a network these machines
 * lack, and a Next.js server started earlier in this process set NODE_ENV=production, with which
 * npm would skip the next app's devDependencies (its build tools). */
function npmEnv() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.NODE_ENV;
  return env;
}

/**
 * Installs and builds an example; returns what to serve.
 * @param {string} name one of EXAMPLES
 * @param {{quiet?: boolean}} [opts]
 * @returns {Promise<PreparedExample>}
 */
export async function prepareExample(name, { quiet = false } = {}) {
  if (!EXAMPLES.includes(name)) throw new Error(`No example "${name}": pick one of ${EXAMPLES.join(', ')}.`);
  if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const dir = path.join(EXAMPLES_DIR, name);
  /** @param {string[]} args */
  const npm = (args) => execFileSync('npm', args, { cwd: dir, stdio: quiet ? 'pipe' : 'inherit', env: npmEnv() });
  // The package is copied in, not linked (the app's .npmrc): drop the old copy to get this build.
  rmSync(path.join(dir, 'node_modules', 'passkey-elements'), { recursive: true, force: true });
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline']);
  const { scripts = {}, passkeyExample = {} } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (scripts.build) npm(['run', 'build']);
  if (passkeyExample.handler) {
    const module = await import(pathToFileURL(path.join(dir, passkeyExample.handler)).href);
    return module.default(dir);
  }
  return { appDir: path.join(dir, passkeyExample.static ?? (scripts.build ? 'dist' : '.')) };
}

/**
 * The example and the relying party on one origin.
 * @param {PreparedExample} app from prepareExample
 */
export const exampleServer = ({ appDir, appHandler }) => createDemoServer({ appDir, appHandler });

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const name = process.argv[2];
  if (!name) {
    console.error(`Usage: npm run example <${EXAMPLES.join('|')}>`);
    process.exit(2);
  }
  const server = exampleServer(await prepareExample(name));
  // localhost, not 127.0.0.1: WebAuthn refuses IP addresses as RP IDs.
  server.listen(Number(process.env.PORT || 8000), 'localhost', () => {
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    console.log(`passkey-elements ${name} example: http://localhost:${port}`);
  });
}
