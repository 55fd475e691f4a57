// Bundles one entry the way the project's rollup.config.ts makes the CDN file: node-resolve
// (browser) + terser with the same options, and (cdn: true) the CDN build's lean-webauthn-errors
// plugin from scripts/. Returns the minified code. The other CDN plugins (template folding,
// esbuild) only touch our TypeScript sources, so they do not apply to these JS entries.
import { existsSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { ROOT } from './paths.js';

// Keep in step with rollup.config.ts (configDrift() below notices when it is not).
export const TERSER_OPTIONS = { ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } };
// The option fragments rollup.config.ts must still contain for the mirror to hold.
const TERSER_TOKENS = ['terser(', 'ecma: 2020', 'compress: { passes: 2 }', 'format: { comments: false }'];
const KNOWN_PLUGINS = ['leanWebAuthnErrors', 'nodeResolve', 'minifyTemplates', 'esbuild', 'terser'];
const LEAN_PLUGIN = `${ROOT}/scripts/lean-webauthn-errors.js`;

/** A sentence when rollup.config.ts uses settings this file does not mirror, else undefined. */
export function configDrift() {
  const config = readFileSync(`${ROOT}/rollup.config.ts`, 'utf8');
  const plugins = [...config.matchAll(/^\s+(\w+)\(.*\),?$/gm)].map((m) => m[1]).filter((p) => !['map', 'define'].includes(p));
  const unknown = plugins.filter((p) => !KNOWN_PLUGINS.includes(p));
  const problems = [...(TERSER_TOKENS.every((t) => config.includes(t)) ? [] : ['its terser options differ']), ...(unknown.length ? [`it uses plugins the bench does not: ${unknown.join(', ')}`] : [])];
  return problems.length ? `rollup.config.ts changed (${problems.join('; ')}): bench/bundle.js no longer builds exactly like it.` : undefined;
}

async function cdnPlugins(options) {
  if (!existsSync(LEAN_PLUGIN)) return [];
  const { leanWebAuthnErrors } = await import(LEAN_PLUGIN);
  return [leanWebAuthnErrors(options)];
}

/**
 * @param {string} input an absolute file path
 * @param {{cdn?: boolean | object, external?: string[]}} [opts] `cdn`: true, or the options the
 *   CDN build gives lean-webauthn-errors (for an entry that, like ours, never asks
 *   startAuthentication to look for the autofill input)
 */
export async function bundleMinified(input, { cdn = false, external = [] } = {}) {
  const bundle = await rollup({
    input,
    external,
    plugins: [...(cdn ? await cdnPlugins(cdn === true ? {} : cdn) : []), nodeResolve({ browser: true }), terser(TERSER_OPTIONS)],
    onwarn: (warning, warn) => (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
  });
  try {
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}
