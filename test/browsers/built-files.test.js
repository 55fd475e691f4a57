// @ts-check
/**
 * The built drop-in files against the oldest browsers with passkeys (scripts/browser-profiles.js):
 * no syntax an engine among them cannot parse (a class static block stops Safari 16.0 from
 * defining any element), and every light-dark() colour has a fallback for engines without it.
 * Needs `npm run build`. Run: node --test test/browsers/built-files.test.js
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FEATURES, profiles } from '../../scripts/browser-profiles.js';

const CDN = new URL('../../dist/cdn/', import.meta.url);
const built = readdirSync(CDN, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, code: readFileSync(new URL(file, CDN), 'utf8') }));

test('the built files exist', () => assert.ok(built.length > 10, 'run npm run build first'));

for (const feature of FEATURES.filter((f) => f.syntax)) {
  const without = profiles().filter((p) => p.lacks.includes(feature.id)).map((p) => p.label);
  test(`no ${feature.id} in the built files (${without.join(', ') || 'every profile has it'} cannot parse it)`, () => {
    if (!without.length) return;
    const using = built.filter(({ code }) => feature.uses.test(code)).map(({ file }) => file);
    assert.deepEqual(using, []);
  });
}

test('every file with light-dark() colours has the @supports fallback for engines without it', () => {
  const missing = built
    .filter(({ code }) => code.includes('light-dark('))
    .filter(({ code }) => !/@supports not \(color:\s*light-dark\(/.test(code))
    .map(({ file }) => file);
  assert.deepEqual(missing, []);
});

test("the README's supported-browsers table is the one the profiles give", async () => {
  const { readme, withTable } = await import('../../scripts/browser-table.js');
  assert.equal(readme(), withTable(readme()), 'run node scripts/browser-table.js');
});
