// Bundles the hand-written pages' scripts into .bench-cache/baseline with the same rollup/terser
// settings (and lean-webauthn-errors plugin) as the CDN file, so each page under test loads
// exactly one minified file, built no worse than ours.
import { writeFileSync } from 'node:fs';
import { bundleMinified } from './bundle.js';
import { PAGES, cacheDir } from './paths.js';
import { sizes } from './sizes.js';

export async function buildBaseline() {
  const dir = cacheDir('baseline');
  const out = {};
  for (const name of ['login', 'register']) {
    const code = await bundleMinified(`${PAGES}/baseline-${name}.js`, { cdn: true });
    writeFileSync(`${dir}/${name}.min.js`, code);
    out[name] = sizes(code);
  }
  return out; // {login: {min, gzip, brotli}, register: …}
}
