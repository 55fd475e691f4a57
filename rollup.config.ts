import { readdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import type { Plugin, RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
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
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
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
    plugins: [leanLibraryCode(), ...plugins()],
    // The chunks import what they share with the drop-in file from it (no third file).
    preserveEntrySignatures: 'allow-extension',
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
];

export default config;
