import { readdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import type { Plugin, RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { BUILD_TARGET } from './scripts/browser-profiles.js';
import { leanLibraryCode } from './scripts/lean-library-code.js';
import { leanWebAuthnErrors } from './scripts/lean-webauthn-errors.js';
import { minifyTemplates } from './scripts/minify-templates.js';

// The unbundled ES modules and .d.ts come from tsc; rollup makes the self-contained files a
// page loads with <script type="module">: the elements, and one small file per extra locale.
const plugins = () => [
  // We always pass verifyBrowserAutofillInput: false: the input look-up is dead code here.
  leanWebAuthnErrors({ autofillInputCheck: false }),
  nodeResolve({ browser: true }),
  minifyTemplates(),
  // The oldest engines with passkeys (Safari 16.0 cannot parse class static blocks): esbuild
  // rewrites newer syntax, in library code too.
  esbuild({ target: BUILD_TARGET, tsconfig: 'tsconfig.build.json', include: /\.[jt]s$/, exclude: [] }),
];
// module: false for the classic script, whose top-level name must survive.
const minify = (module = true) => [terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: false } })];

// The page's stylesheet for the moment before the elements upgrade, beside the drop-in file.
const beforeUpgradeCss: Plugin = {
  name: 'before-upgrade-css',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'before-upgrade.css', source: readFileSync('src/before-upgrade.css', 'utf8') });
  },
};

// The drop-in file signals to the password manager (src/core/signals.ts) through a stand-in that
// loads signals.js from beside it on first use, and only in a browser with the Signal API: no
// bytes of it in the sign-in file. Same names, same arguments, fire and forget.
const SIGNALS = 'signals.js';
const lazySignals: Plugin = {
  name: 'lazy-signals',
  resolveId(source, importer) {
    return source === './signals.js' && importer?.endsWith('login.ts') ? '\0lazy-signals' : null;
  },
  load(id) {
    if (id !== '\0lazy-signals') return null;
    return `export const signalLogin = (...args) => PublicKeyCredential.signalUnknownCredential && import(new URL('${SIGNALS}', import.meta.url)).then((m) => m.signalLogin(...args), () => {});`;
  },
};

const config: RollupOptions[] = [
  {
    input: 'src/cdn.ts',
    output: [
      // Code only some pages need (`<passkey-register upgrade>`, `<passkey-login immediate>`) is
      // in chunks beside the file, which it imports when an element asks for them.
      {
        dir: 'dist/cdn',
        entryFileNames: 'passkey-elements.min.js',
        chunkFileNames: 'passkey-elements-[name].min.js',
        format: 'es',
        sourcemap: true,
        plugins: [...minify(), beforeUpgradeCss],
      },
      // For a classic <script src> (no type="module"): window.PasskeyElements has the classes, and
      // the optional code is inside (a classic script cannot import a chunk).
      {
        file: 'dist/cdn/passkey-elements.iife.min.js',
        format: 'iife',
        name: 'PasskeyElements',
        sourcemap: true,
        inlineDynamicImports: true,
        plugins: minify(false),
      },
    ],
    plugins: [leanLibraryCode(), lazySignals, ...plugins()],
    // The chunks import what they share with the drop-in file from it (no third file).
    preserveEntrySignatures: 'allow-extension',
  },
  // <passkey-list>, its own file: not in the sign-in file. The providers' names (AAGUIDs) are a
  // chunk of their own that the list loads when it first shows a passkey with an AAGUID.
  {
    input: { 'passkey-list.min': 'src/passkey-list-cdn.ts' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'passkey-providers.js',
      plugins: minify(),
    },
    plugins: plugins(),
  },
  {
    input: 'src/core/signals.ts',
    output: { file: `dist/cdn/${SIGNALS}`, format: 'es', plugins: minify() },
    plugins: plugins(),
  },
  // Every file in src/locales, so a new locale cannot miss its drop-in file.
  ...readdirSync('src/locales')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .map((lang) => ({
      input: `src/locales/${lang}.ts`,
      output: { file: `dist/cdn/locales/${lang}.js`, format: 'es' as const, plugins: minify() },
      plugins: plugins(),
    })),
  // The list's strings, one file per language, beside them in locales/list/.
  ...readdirSync('src/locales/list')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .map((lang) => ({
      input: `src/locales/list/${lang}.ts`,
      output: { file: `dist/cdn/locales/list/${lang}.js`, format: 'es' as const, plugins: minify() },
      plugins: plugins(),
    })),
];

export default config;
