// @ts-check
/**
 * `npm pack` makes a package whose contents match its exports map, and that installs into a
 * fresh app (from the tarball, its dependencies from the registry) and imports there.
 * Needs `npm run build`. Run: node --test test/package/
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
  tarball = join(work, packed.filename);
  files = new Set(packed.files.map((file) => file.path));
});
after(() => rmSync(work, { recursive: true, force: true }));

test('every target of the exports map is in the package', () => {
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
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
       const all = await import('passkey-elements');
       const de = await import('passkey-elements/locales/de');
       const react = await import('passkey-elements/react');
       const vue = await import('passkey-elements/vue');
       const svelte = await import('passkey-elements/svelte');
       const { readFileSync } = await import('node:fs');
       const css = readFileSync(new URL(import.meta.resolve('passkey-elements/before-upgrade.css')), 'utf8');
       console.log(typeof core.login, typeof all.PasskeyLogin, de.de.loginButton, typeof react.PasskeyLogin,
         typeof vue.PasskeyLogin, typeof svelte.PasskeyRegister, css.includes(':not(:defined)'));`,
    ],
    { cwd: app, encoding: 'utf8' },
  );
  assert.equal(out, 'function function Mit Passkey anmelden object function function true\n');
});
