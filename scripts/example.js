// @ts-check
/**
 * Runs one example app (demo/examples/<name>) against the mock relying party:
 * `npm run example react` (or react-18, vue, svelte, html). It installs the app's dependencies, with
 * passkey-elements packed from this checkout's build, builds the app, and serves it at
 * http://localhost:8000 (PORT to change). The end-to-end test of the examples uses the same steps.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDemoServer } from '../demo/server/app.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXAMPLES_DIR = path.join(ROOT, 'demo', 'examples');
export const EXAMPLES = ['react', 'react-18', 'vue', 'svelte', 'html'];

/**
 * Installs and builds an example; returns the folder to serve.
 * @param {string} name one of EXAMPLES
 * @param {{quiet?: boolean}} [opts]
 */
export function prepareExample(name, { quiet = false } = {}) {
  if (!EXAMPLES.includes(name)) throw new Error(`No example "${name}": pick one of ${EXAMPLES.join(', ')}.`);
  if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const dir = path.join(EXAMPLES_DIR, name);
  /** @param {string[]} args */
  const npm = (args) => execFileSync('npm', args, { cwd: dir, stdio: quiet ? 'pipe' : 'inherit' });
  // The package is copied in, not linked (the app's .npmrc): drop the old copy to get this build.
  rmSync(path.join(dir, 'node_modules', 'passkey-elements'), { recursive: true, force: true });
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline']);
  const { scripts = {} } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (!scripts.build) return dir; // plain HTML: served as it is
  npm(['run', 'build']);
  return path.join(dir, 'dist');
}

/**
 * The example's files and the relying party on one origin.
 * @param {string} appDir from prepareExample
 */
export const exampleServer = (appDir) => createDemoServer({ appDir });

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const name = process.argv[2];
  if (!name) {
    console.error(`Usage: npm run example <${EXAMPLES.join('|')}>`);
    process.exit(2);
  }
  const server = exampleServer(prepareExample(name));
  // localhost, not 127.0.0.1: WebAuthn refuses IP addresses as RP IDs.
  server.listen(Number(process.env.PORT || 8000), 'localhost', () => {
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    console.log(`passkey-elements ${name} example: http://localhost:${port}`);
  });
}
