// A rollup plugin for the drop-in file: drops Lit's hooks for polyfills (browsers without custom
// elements, which cannot run passkeys either), for Lit's own SSR hydration (we use the
// `defer-hydration` attribute instead), and its list of loaded versions (read only by dev
// builds). Each is a global lookup the file would carry for nothing: about 80 B gzip.
// The build fails when a hook is no longer found, so a Lit update cannot silently undo this.
const HOOKS = [
  /\b\w+\.(?:reactiveElement|litHtml|litElement)PolyfillSupport\b/g,
  /\b\w+\.litElementHydrateSupport\b/g,
  /\(\w+\.(?:reactiveElement|litHtml|litElement)Versions\?\?=\[\]\)\.push\("[^"]*"\)/g,
];
// Each file and how many hooks it must have.
const FILES = {
  '@lit/reactive-element/reactive-element.js': 2,
  'lit-html/lit-html.js': 2,
  'lit-element/lit-element.js': 3,
};

export function leanLitHooks() {
  const seen = new Set();
  return {
    name: 'lean-lit-hooks',
    buildStart() {
      seen.clear();
    },
    transform(code, id) {
      const file = Object.keys(FILES).find((name) => id.endsWith(`/node_modules/${name}`));
      if (!file) return null;
      let count = 0;
      for (const hook of HOOKS) {
        code = code.replace(hook, () => {
          count++;
          // Parenthesised: a bare `void 0?.(…)` parses as `void (0?.(…))`, a call of 0.
          return '(void 0)';
        });
      }
      if (count !== FILES[file]) this.error(`lean-lit-hooks: ${count} of ${FILES[file]} hooks found in ${file}`);
      seen.add(file);
      return { code, map: null };
    },
    buildEnd(error) {
      const missing = Object.keys(FILES).filter((file) => !seen.has(file));
      if (!error && missing.length) this.error(`lean-lit-hooks: never saw ${missing.join(', ')}`);
    },
  };
}
