// @ts-check
/**
 * Every entry of the package imports in Node with no DOM (server-side rendering, static-site
 * builds, tests in Node), each in a fresh process; the headless core defines no element.
 * The entries are every key of package.json `exports`, wildcard keys expanded to the built files
 * behind them, so an entry added later is tested too. Entries Node cannot import (CSS, source
 * maps) must at least resolve to a file that exists.
 * Needs `npm run build`. Run: node --test test/package/
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const rootPath = fileURLToPath(root);
const { name, exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Runs `code` as an ES module in a new Node process at the package root; returns its stdout. */
const node = (code) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });

/** The file targets of an exports value (a string, or conditions, nested or not); types aside. */
const targets = (value) =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([condition, inner]) => (condition === 'types' ? [] : targets(inner)))
      : [];

/** Every file under `dir` (a path relative to the package root), relative to it. */
const walk = (dir) => readdirSync(join(rootPath, dir), { recursive: true }).filter((file) => statSync(join(rootPath, dir, file)).isFile());

/** The subpaths a key offers: itself, or for `./x/*` one per built file its targets match. */
function subpaths(key, value) {
  if (!key.includes('*')) return [key];
  const found = new Set();
  for (const target of targets(value).filter((t) => t.includes('*'))) {
    const [head, tail] = target.split('*');
    const dir = head.slice(0, head.lastIndexOf('/') + 1);
    for (const file of walk(dir)) {
      const path = dir + file.split('\\').join('/');
      if (path.startsWith(head) && path.endsWith(tail) && path.length >= head.length + tail.length) {
        found.add(key.replace('*', path.slice(head.length, path.length - tail.length)));
      }
    }
  }
  assert.ok(found.size, `no built file behind ${key}: run npm run build`);
  return [...found];
}

const entries = [...new Set(Object.entries(exports).flatMap(([key, value]) => subpaths(key, value)))];

// In the child: resolve as Node does (its conditions), then import JS and JSON; a CSS file or a
// source map Node cannot import, so that it exists is all there is to check.
const probe = (specifier) => `
  import { existsSync } from 'node:fs';
  import { fileURLToPath } from 'node:url';
  const specifier = ${JSON.stringify(specifier)};
  const file = fileURLToPath(import.meta.resolve(specifier));
  if (!existsSync(file)) throw new Error(specifier + ' resolves to a missing file: ' + file);
  let kind = 'file';
  try {
    if (/\\.[cm]?js$/.test(file)) kind = 'js ' + Object.keys(await import(specifier)).length;
    else if (file.endsWith('.json')) kind = 'json ' + typeof (await import(specifier, { with: { type: 'json' } })).default;
  } catch (error) {
    // Node would print the failing line: a whole minified bundle.
    console.error(String(error));
    process.exit(1);
  }
  console.log(typeof window, kind);`;

test('the exports map has the entries this file expects to find', () => {
  const langs = ['ar', 'de', 'es', 'fr', 'hi', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'sv', 'tr', 'zh'];
  const locales = langs.flatMap((lang) => [`./locales/${lang}`, `./cdn/locales/${lang}.js`]);
  for (const entry of ['.', './core', './cdn', './cdn/passkey-elements.iife.min.js', ...locales, './before-upgrade.css']) {
    assert.ok(entries.includes(entry), `${entry} not found among ${entries.join(' ')}`);
  }
  // Exactly these: a locale added to the build is added here (and to test/i18n.test.ts and
  // test/list-i18n.test.ts) too; <passkey-list>'s strings in locales/list/.
  assert.deepEqual(
    entries.filter((entry) => entry.startsWith('./locales/')).sort(),
    [...langs.map((lang) => `./locales/${lang}`), ...langs.map((lang) => `./locales/list/${lang}`)].sort(),
  );
});

for (const entry of entries) {
  const specifier = name + entry.slice(1);
  test(`import '${specifier}' in Node`, () => {
    const out = node(probe(specifier));
    assert.match(out, /^undefined (js \d+|json object|file)\n$/);
    // Node-facing JavaScript must import; only what is plainly not JavaScript may be a bare file.
    if (/\.(css|map)$/.test(entry)) assert.match(out, / file\n$/);
    else assert.doesNotMatch(out, / file\n$/);
  });
}

test('the headless core defines no element and touches no DOM global', () => {
  const out = node(`await import('passkey-elements/core'); console.log(typeof customElements, typeof document);`);
  assert.equal(out, 'undefined undefined\n');
});
