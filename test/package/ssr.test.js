// @ts-check
/**
 * Every entry of the package imports in Node with no DOM (server-side rendering, static-site
 * builds, tests in Node), each in a fresh process; the headless core defines no element.
 * Needs `npm run build`. Run: node --test test/package/
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Runs `code` as an ES module in a new Node process at the package root; returns its stdout. */
const node = (code) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });

const entries = Object.entries(exports)
  .filter(([name, target]) => typeof target === 'object' && !name.includes('*'))
  .map(([name]) => name);

for (const entry of [...entries, './locales/de', './locales/es']) {
  test(`import 'passkey-elements${entry.slice(1)}' in Node`, () => {
    const specifier = `passkey-elements${entry.slice(1)}`;
    const out = node(`const m = await import('${specifier}'); console.log(typeof window, Object.keys(m).length);`);
    assert.match(out, /^undefined \d+\n$/);
  });
}

test('the headless core defines no element and touches no DOM global', () => {
  const out = node(`await import('passkey-elements/core'); console.log(typeof customElements, typeof document);`);
  assert.equal(out, 'undefined undefined\n');
});
