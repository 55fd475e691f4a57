// @ts-check
/**
 * `npm pack` makes a package whose contents match its exports map, and that installs into a
 * fresh app (from the tarball, its dependencies from the registry) and imports there.
 * Needs `npm run build`. Run: node --test test/package/
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'passkey-elements-pack-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** @type {string} */
let tarball;
/** @type {Set<string>} */
let files;

before(() => {
  // This build, as it is: prepack (a fresh build) is the next test's business.
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
  tarball = join(work, packed.filename);
  files = new Set(packed.files.map((file) => file.path));
});
after(() => rmSync(work, { recursive: true, force: true }));

test('every target of the exports map is in the package', () => {
  // A target is a path, or conditions whose values are targets in turn (null: not offered there).
  /** @type {(target: unknown) => string[]} */
  const leaves = (target) =>
    typeof target === 'string' ? [target] : target && typeof target === 'object' ? Object.values(target).flatMap(leaves) : [];
  const targets = leaves(pkg.exports);
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    if (path.includes('*')) {
      const [head, tail] = path.split('*');
      assert.ok([...files].some((file) => file.startsWith(head) && file.endsWith(tail)), `nothing matches ${target}`);
    } else {
      assert.ok(files.has(path), `${target} is missing from the package`);
    }
  }
  for (const field of ['unpkg', 'jsdelivr', 'main', 'types']) {
    assert.ok(files.has(pkg[field].replace(/^\.\//, '')), `${field} names a missing file`);
  }
  assert.ok(![...files].some((file) => file.startsWith('test/') || file.startsWith('demo/')), 'tests or demo shipped');
});

test('npm pack in a clean checkout, never built, packs the built files', { timeout: 180_000 }, () => {
  // The committed files only (as a fresh clone has them), with this checkout's installed packages.
  const clone = join(work, 'clone');
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(root, file))) continue; // deleted, not yet committed
    mkdirSync(join(clone, file, '..'), { recursive: true });
    cpSync(join(root, file), join(clone, file));
  }
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
  assert.ok(!existsSync(join(clone, 'dist')), 'the checkout has no build');
  // The build's own output comes first on stdout; npm's JSON report last.
  // Its own folder: the same file name would replace the tarball the next test installs.
  const out = npm(['pack', '--json', '--pack-destination', clone], clone);
  const [packed] = JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1));
  const paths = new Set(packed.files.map((/** @type {{path: string}} */ file) => file.path));
  for (const file of ['dist/cdn/passkey-elements.min.js', 'dist/index.js', 'dist/index.d.ts', 'custom-elements.json']) {
    assert.ok(paths.has(file), `${file} is missing from a package packed without a prior build`);
  }
});

test('the tarball installs into a fresh app and its entries import there', { timeout: 120_000 }, () => {
  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // react for passkey-elements/react, whose peer it is; vue and svelte entries need only types.
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'react@19'], app);
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const core = await import('passkey-elements/core');
       const cdn = await import('passkey-elements/cdn');
       const all = await import('passkey-elements');
       const de = await import('passkey-elements/locales/de');
       const langs = ['ar', 'de', 'es', 'fr', 'hi', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'sv', 'tr', 'zh'];
       const imported = await Promise.all(langs.map((lang) => import('passkey-elements/locales/' + lang)));
       const translated = imported.every((module, i) => typeof module[langs[i]].loginButton === 'string' && module[langs[i]].loginButton !== 'Sign in with a passkey');
       const react = await import('passkey-elements/react');
       const vue = await import('passkey-elements/vue');
       const svelte = await import('passkey-elements/svelte');
       const { readFileSync } = await import('node:fs');
       const css = readFileSync(new URL(import.meta.resolve('passkey-elements/before-upgrade.css')), 'utf8');
       console.log(typeof core.login, typeof all.PasskeyLogin, typeof cdn.PasskeyRegister, de.de.loginButton, translated, typeof react.PasskeyLogin,
         typeof vue.PasskeyLogin, typeof svelte.PasskeyRegister, css.includes(':not(:defined)'));`,
    ],
    { cwd: app, encoding: 'utf8' },
  );
  assert.equal(out, 'function function function Mit Passkey anmelden true object function function true\n');
});
