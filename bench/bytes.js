// Bytes: our CDN file and ESM entries against the floor (only what we use of lit and
// @simplewebauthn/browser) and the vendors' drop-in files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { bundleMinified, configDrift } from './bundle.js';
import { CDN_FILE, DIST, cacheDir } from './paths.js';
import { sizes } from './sizes.js';
import { markdownTable } from './table.js';
import { vendorFiles } from './vendors.js';

const FLOOR_ENTRY = `// The floor: nothing but what passkey-elements uses from its two dependencies.
export { LitElement, html, css } from 'lit';
export {
  startRegistration,
  startAuthentication,
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  platformAuthenticatorIsAvailable,
  WebAuthnAbortService,
} from '@simplewebauthn/browser';
`;
const TARGET_OVER_FLOOR = 3 * 1024; // gzip bytes

export const method = `Sizes are bytes of the minified file, then gzip (level 9) and brotli (quality 11) of it,
via node:zlib. The **floor** is a bundle of only \`LitElement\`, \`html\`, \`css\` from lit and
\`startRegistration\`, \`startAuthentication\`, \`browserSupportsWebAuthn\`,
\`browserSupportsWebAuthnAutofill\`, \`platformAuthenticatorIsAvailable\`, \`WebAuthnAbortService\` from
@simplewebauthn/browser, built by the bench with rollup + node-resolve + terser, the same terser
options and the same lean-webauthn-errors plugin (scripts/) as the CDN build in rollup.config.ts;
the same entry without that plugin is shown for reference. Only the main CDN file is counted for
ours, not the optional locale files next to it. The ESM entries (dist/index.js, dist/core/index.js, the per-element and framework entries; react left out of the react entry's bundle) are bundled the same
way with their dependencies resolved, keeping every export: what a bundler user pays for
\`import 'passkey-elements'\` or for the whole core (tree-shaking a partial import costs less). They
skip the CDN build's template-whitespace folding, as a user's bundler would. Vendor packages are
installed by the bench into .bench-cache/vendors; the file measured and why is in the last column.
Ratios are gzip (and brotli) size divided by our CDN file's.
**The CDN file by source** attributes each byte of the minified file to the source its source map
(dist/cdn/passkey-elements.min.js.map, written by the build) maps it to, via node:module's
SourceMap; gzip does not split by source, so that table is in minified bytes.`;

async function ourRows(log) {
  const dir = cacheDir('bytes');
  writeFileSync(`${dir}/floor-entry.js`, FLOOR_ENTRY);
  log('bundling the floor and the ESM entries …');
  return [
    { name: 'passkey-elements CDN file', file: 'dist/cdn/passkey-elements.min.js', note: 'ours, as built by `npm run build`', code: readFileSync(CDN_FILE), ours: true },
    ...(existsSync(`${DIST}/cdn/passkey-elements.iife.min.js`)
      ? [{ name: 'passkey-elements CDN file, classic script', file: 'dist/cdn/passkey-elements.iife.min.js', note: 'ours, the IIFE build for a script tag without type="module"', code: readFileSync(`${DIST}/cdn/passkey-elements.iife.min.js`) }]
      : []),
    // The account page's list: its own drop-in file (not in the sign-in file), and the providers'
    // names it loads lazily; the sign-in file's lazily loaded Signal API helpers.
    ...[
      ['passkey-list CDN file', 'dist/cdn/passkey-list.min.js', 'ours, <passkey-list> on its own (self-contained: lit and the ceremony included)'],
      ['passkey-list providers table', 'dist/cdn/passkey-providers.js', 'ours, AAGUID → provider names, loaded by the list when it first shows a passkey with an AAGUID'],
      ['Signal API helpers', 'dist/cdn/signals.js', 'ours, loaded by the sign-in file after a sign-in'],
    ]
      .filter(([, file]) => existsSync(`${DIST}/${file.slice('dist/'.length)}`))
      .map(([name, file, note]) => ({ name, file, note, code: readFileSync(`${DIST}/${file.slice('dist/'.length)}`) })),
    { name: 'passkey-elements ESM, main entry', file: 'dist/index.js + deps', note: 'bundled + minified by the bench', code: await bundleMinified(`${DIST}/index.js`) },
    { name: 'passkey-elements ESM, core entry', file: 'dist/core/index.js + deps', note: 'bundled + minified by the bench; no Lit', code: await bundleMinified(`${DIST}/core/index.js`) },
    ...(await Promise.all(
      [
        ['passkey-login', 'registers one element'],
        ['passkey-register', 'registers one element'],
        ['passkey-list', 'registers <passkey-list>'],
        ['react', 'react itself left out (the app has it); both elements and their @lit/react components', { external: ['react'] }],
        ['vue', 'both elements (its framework typings weigh nothing)'],
        ['svelte', 'both elements (its framework typings weigh nothing)'],
      ].map(async ([entry, note, options]) => ({
        name: `passkey-elements ESM, ${entry} entry`,
        file: `dist/${entry}.js + deps`,
        note: `bundled + minified by the bench; ${note}`,
        code: await bundleMinified(`${DIST}/${entry}.js`, options),
      })),
    )),
    { name: 'floor', file: 'lit + @simplewebauthn/browser (used parts)', note: 'bundled + minified by the bench with the CDN build\'s plugins (lean-webauthn-errors included): the floor the target is checked against', code: await bundleMinified(`${dir}/floor-entry.js`, { cdn: { autofillInputCheck: false } }), floor: true },
    { name: 'floor, stock @simplewebauthn/browser', file: 'same entry', note: 'without lean-webauthn-errors, for reference', code: await bundleMinified(`${dir}/floor-entry.js`), stockFloor: true },
  ];
}

export async function run({ log }) {
  const rows = await ourRows(log);
  for (const v of await vendorFiles(log)) {
    rows.push({ name: `${v.pkg}@${v.version ?? '?'}`, file: v.file, note: v.na ?? v.why, code: v.code, na: v.na });
  }
  for (const row of rows) if (row.code) row.size = sizes(row.code);
  const ours = rows.find((r) => r.ours).size;
  const floor = rows.find((r) => r.floor).size;
  const stockFloor = rows.find((r) => r.stockFloor).size;
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const table = markdownTable(
    ['bundle', 'file measured', 'min B', 'gzip B', 'brotli B', 'gzip ÷ ours', 'brotli ÷ ours', 'note'],
    rows.map((r) =>
      r.size
        ? [r.name, r.file, r.size.min, `${r.size.gzip} (${kib(r.size.gzip)})`, r.size.brotli, (r.size.gzip / ours.gzip).toFixed(2), (r.size.brotli / ours.brotli).toFixed(2), r.note]
        : [r.name, r.file, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', r.note],
    ),
  );
  const over = ours.gzip - floor.gzip;
  const met = over <= TARGET_OVER_FLOOR;
  const drift = configDrift();
  const verdicts = [
    ...(drift ? [`Warning: ${drift}`] : []),
    `CDN file − floor = ${over} B gzip (${kib(over)}), brotli ${ours.brotli - floor.brotli} B; target ≤ 3 KiB gzip: **${met ? 'met' : 'NOT met'}**. (Against the stock-library floor: ${ours.gzip - stockFloor.gzip} B gzip, ${kib(ours.gzip - stockFloor.gzip)}.)`,
  ];
  const bySource = sourceTable();
  return { title: 'Bytes', table: bySource ? `${table}\n\nThe CDN file by source (minified bytes):\n\n${bySource}` : table, verdicts, method, ok: met };
}

/** Minified bytes of the CDN file per source, from its source map; undefined without a map. */
function sourceTable() {
  const mapFile = `${CDN_FILE}.map`;
  if (!existsSync(mapFile)) return undefined;
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  const bytes = new Map();
  readFileSync(CDN_FILE, 'utf8')
    .split('\n')
    .forEach((line, row) => {
      for (let column = 0; column < line.length; column++) {
        const source = map.findEntry(row, column)?.originalSource ?? '(unmapped)';
        // Our files one by one; each library as one row.
        const name = source.includes('/node_modules/')
          ? /\/node_modules\/(@simplewebauthn\/browser|@lit\/reactive-element|lit-html|lit-element|lit)\//.exec(source)?.[1] ?? source.replace(/.*\/node_modules\//, '')
          : source.replace(/.*\/src\//, 'src/');
        bytes.set(name, (bytes.get(name) ?? 0) + 1);
      }
    });
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  const ours = [...bytes].filter(([name]) => name.startsWith('src/')).reduce((a, [, b]) => a + b, 0);
  const rows = [...bytes].sort((a, b) => b[1] - a[1]).map(([name, b]) => [name, b, `${((100 * b) / total).toFixed(1)}%`]);
  return markdownTable(['source', 'min B', 'share'], [...rows, ['all of src/ (ours)', ours, `${((100 * ours) / total).toFixed(1)}%`]]);
}
