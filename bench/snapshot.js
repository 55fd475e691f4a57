// Copies dist/ into .bench-cache/dist, once it holds a complete build (others may be rebuilding
// it: their `npm run build` deletes it first). The snapshot resolves lit and
// @simplewebauthn/browser from the repository's node_modules, like dist/ does.
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DIST, DIST_SOURCE, cacheDir } from './paths.js';

const NEEDED = ['cdn/passkey-elements.min.js', 'index.js', 'core/index.js'];
const complete = () => NEEDED.every((f) => existsSync(`${DIST_SOURCE}/${f}`));
const stamp = () => NEEDED.map((f) => statSync(`${DIST_SOURCE}/${f}`).mtimeMs).join();

/** @returns {Promise<number>} the CDN file's build time (ms since epoch) */
export async function snapshotDist({ waitMs = 90_000, log }) {
  const until = Date.now() + waitMs;
  for (let said = false; ; ) {
    if (complete()) {
      const before = stamp();
      await sleep(1000); // still being written?
      if (complete() && stamp() === before) {
        cacheDir();
        rmSync(DIST, { recursive: true, force: true });
        cpSync(DIST_SOURCE, DIST, { recursive: true });
        if (complete() && stamp() === before) return statSync(`${DIST_SOURCE}/${NEEDED[0]}`).mtimeMs;
      }
    }
    if (Date.now() > until) {
      throw Object.assign(new Error(`no complete dist/ within ${waitMs / 1000} s: run \`npm run build\` first (or \`npm run bench\`, which builds).`), { expected: true });
    }
    if (!said) (said = true), log(`waiting for a complete dist/ (someone may be rebuilding it) …`);
    await sleep(2000);
  }
}

