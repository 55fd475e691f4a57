// The vendors' drop-in files: installed into .bench-cache/vendors (never into the library's
// package.json), then one documented browser file per package is measured.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bundleMinified } from './bundle.js';
import { cacheDir } from './paths.js';

const INSTALL_TIMEOUT_MS = 240_000;

/**
 * file: the drop-in file inside the package, or bundle: an entry rollup bundles (same settings
 * as ours) when the npm package has no single drop-in file.
 */
export const VENDORS = [
  {
    pkg: '@teamhanko/hanko-elements',
    file: 'dist/elements.js',
    why: 'the file its README imports from jsdelivr; its `browser` field; self-contained ESM, shipped minified',
  },
  {
    pkg: '@descope/web-component',
    file: 'dist/index.js',
    why: 'the file its README says to copy into a `<script>` tag; shipped minified. At run time it also loads @descope/web-components-ui from Descope\'s CDN (not counted)',
  },
  {
    pkg: '@corbado/web-js',
    file: 'dist/bundle/index.js',
    why: 'the `<script>` bundle its README loads from unpkg (includes React); shipped minified. Its README also loads dist/bundle/index.css (not counted)',
  },
  {
    pkg: '@passageidentity/passage-elements',
    bundle: 'dist/package/passage-auth/index.es.js',
    why: 'no single drop-in file in the npm package (the hosted psg.so/web.js is not on npm): its README\'s import `@passageidentity/passage-elements/passage-auth` (ESM chunks, Vue included), bundled and minified by this script like ours',
  },
];

/** npm install into the cache; resolves {ok, reason}. Bounded in time. */
function npmInstall(dir, pkgs) {
  return new Promise((resolve) => {
    const args = ['install', '--prefix', dir, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...pkgs];
    const child = spawn('npm', args, { env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), INSTALL_TIMEOUT_MS);
    child.on('error', (error) => (clearTimeout(timer), resolve({ ok: false, reason: error.message })));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lastLine = stderr.trim().split('\n').filter((l) => !/Unknown user config/.test(l)).pop();
      resolve(code === 0 ? { ok: true } : { ok: false, reason: signal ? `npm install timed out (${signal})` : lastLine || `npm exited ${code}` });
    });
  });
}

const installedVersion = (dir, pkg) => {
  const file = `${dir}/node_modules/${pkg}/package.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
};

/** Installs whatever is missing (all at once, then one by one to find the culprit). */
async function ensureInstalled(log) {
  const dir = cacheDir('vendors');
  if (!existsSync(`${dir}/package.json`)) writeFileSync(`${dir}/package.json`, '{"name":"bench-vendors","private":true}\n');
  /** @type {Map<string, string>} pkg → reason it is missing */
  const failed = new Map();
  const missing = VENDORS.map((v) => v.pkg).filter((pkg) => !installedVersion(dir, pkg));
  if (missing.length) {
    log(`installing ${missing.join(', ')} into .bench-cache/vendors …`);
    const all = await npmInstall(dir, missing);
    if (!all.ok) {
      for (const pkg of missing) {
        const one = await npmInstall(dir, [pkg]);
        if (!one.ok) failed.set(pkg, one.reason);
      }
    }
  }
  return { dir, failed };
}

/** A vendor entry bundled once per installed version (bundling Passage takes ~20 s). */
async function cachedBundle(dir, pkg, version, path) {
  const file = `${cacheDir('vendors/bundled')}/${pkg.replace('/', '__')}@${version}.min.js`;
  if (existsSync(file)) return readFileSync(file);
  const code = await bundleMinified(path);
  writeFileSync(file, code);
  return code;
}

/** @returns {Promise<{pkg: string, version?: string, file: string, why: string, code?: string | Buffer, na?: string}[]>} */
export async function vendorFiles(log) {
  const { dir, failed } = await ensureInstalled(log);
  const out = [];
  for (const vendor of VENDORS) {
    const version = installedVersion(dir, vendor.pkg);
    const rel = vendor.file ?? vendor.bundle;
    const row = { pkg: vendor.pkg, version, file: rel, why: vendor.why };
    if (!version) {
      out.push({ ...row, na: `install failed: ${failed.get(vendor.pkg) ?? 'not installed'}` });
      continue;
    }
    const path = `${dir}/node_modules/${vendor.pkg}/${rel}`;
    try {
      out.push({ ...row, code: vendor.file ? readFileSync(path) : await cachedBundle(dir, vendor.pkg, version, path) });
    } catch (error) {
      out.push({ ...row, na: `could not read/bundle ${rel}: ${error.message.split('\n')[0]}` });
    }
  }
  return out;
}
