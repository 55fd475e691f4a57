// Where things are: the repository, the bench's own cache, and the snapshot of dist/ a run
// measures (copied at the start, so a rebuild by someone else mid-run changes nothing).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const CACHE = `${ROOT}/.bench-cache`;
export const DIST_SOURCE = `${ROOT}/dist`;
export const DIST = `${CACHE}/dist`;
export const CDN_FILE = `${DIST}/cdn/passkey-elements.min.js`;
export const PAGES = `${ROOT}/bench/pages`;

export function cacheDir(sub = '') {
  const dir = sub ? `${CACHE}/${sub}` : CACHE;
  mkdirSync(dir, { recursive: true });
  return dir;
}
