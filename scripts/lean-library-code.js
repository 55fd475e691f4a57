// A rollup plugin for the drop-in file: small edits to library code that is dead here or longer
// than it needs to be, none of which changes what the file does. Each edit names its file, what
// to find and how often: the build fails when the count differs, so a library update cannot
// silently undo an edit (or make one land where it no longer fits).
//
// Lit's hooks for polyfills (browsers without custom elements, which cannot run passkeys either),
// for Lit's own SSR hydration (we use `defer-hydration` instead) and its list of loaded versions
// (read only by dev builds) are global look-ups this file would carry for nothing. They become
// `(void 0)`, parenthesised: `void 0?.(x)` would call 0.
const POLYFILL_HOOK = [/\b\w+\.(?:reactiveElement|litHtml|litElement)PolyfillSupport\b/g, '(void 0)', 1];
const VERSIONS_LIST = [/\(\w+\.(?:reactiveElement|litHtml|litElement)Versions\?\?=\[\]\)\.push\("[^"]*"\)/g, '(void 0)', 1];

const EDITS = {
  '@simplewebauthn/browser/esm/helpers/browserSupportsWebAuthn.js': [
    // A hook for the library's own tests to stub the answer; nothing here stubs it.
    [/_browserSupportsWebAuthnInternals\.stubThis\(/g, '(', 1],
    // `typeof … === 'function'` already says it is not undefined.
    [/globalThis\?\.PublicKeyCredential !== undefined &&\s*/g, '', 1],
  ],
  '@simplewebauthn/browser/esm/helpers/browserSupportsWebAuthnAutofill.js': [
    // The same test hook.
    [/_browserSupportsWebAuthnAutofillInternals\.stubThis\(/g, '(', 3],
  ],
  '@simplewebauthn/browser/esm/helpers/webAuthnAbortService.js': [
    // TypeScript's class-field output: `controller` as an own property, undefined until the first
    // request. Unset, it reads undefined all the same, and the service is not exported from here.
    [/constructor\(\) \{\s*Object\.defineProperty\(this, "controller", \{[^}]*\}\);\s*\}/g, '', 1],
  ],
  '@simplewebauthn/browser/esm/helpers/base64URLStringToBuffer.js': [
    // The same bytes in fewer words: atob's binary string has one char (≤ 0xFF) per byte.
    [/const buffer = new ArrayBuffer\(binary\.length\);[^]*return buffer;/g, 'return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;', 1],
  ],
  '@simplewebauthn/browser/esm/helpers/toPublicKeyCredentialDescriptor.js': [
    // Copied again after `...descriptor` has copied them (our options are plain JSON objects); an
    // absent member then stays absent instead of undefined, which WebAuthn reads alike.
    [/\s*transports: descriptor\.transports,\s*type: descriptor\.type,/g, '', 1],
  ],
  '@lit/reactive-element/reactive-element.js': [
    POLYFILL_HOOK,
    VERSIONS_LIST,
    // Closure Compiler's JSCompiler_renameProperty, an identity function here (`d`): the name itself.
    [/,d=\(t,s\)=>t,/g, ',', 1],
    [/(?<![\w$.])d\(("\w+")\)/g, '$1', 5],
    // Decorators' property metadata and class initializers: our elements declare `static
    // properties` and use neither. (Subclasses with decorators belong with the npm package.)
    [/Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/g, '', 1],
    [/const t=this\[Symbol\.metadata\];if\(null!==t\)\{[^}]*\}/g, '', 1],
    [/static addInitializer\(t\)\{[^}]*\}/g, '', 1],
    [/void 0!==t\.l&&\(this\.l=\[\.\.\.t\.l\]\),/g, '', 1],
    [/,this\.constructor\.l\?\.forEach\(t=>t\(this\)\)/g, '', 1],
    // Reflecting properties to attributes: none of ours has `reflect: true`.
    [/_\$ET\(t,s\)\{.*?this\._\$Em=null\}\}(?=_\$AK)/g, '', 1],
    [/this\._\$Eq&&=this\._\$Eq\.forEach\(t=>this\._\$ET\(t,this\[t\]\)\),/g, '', 1],
    [/,!0===e&&this\._\$Em!==t&&\(this\._\$Eq\?\?=new Set\)\.add\(t\)/g, '', 1],
    [/toAttribute\(t,s\)\{switch\(s\)\{.*?\}return t\},/g, '', 1],
  ],
  'lit-html/lit-html.js': [
    POLYFILL_HOOK,
    VERSIONS_LIST,
    // The ShadyDOM `wrap` (`i`), an identity function without the polyfill: the node itself.
    [/,i=t=>t,/g, ',', 1],
    [/(?<![\w$.])i\(t\)/g, 't', 2],
    // Our templates are all html``: no svg`` or mathml`` results to wrap and unwrap.
    [/2===i\?"<svg>":3===i\?"<math>":""/g, '""', 1],
    [/\+\(2===i\?"<\/svg>":3===i\?"<\/math>":""\)/g, '', 1],
    [/,2===i\|\|3===i\)\{const t=this\.el\.content\.firstChild;t\.replaceWith\(\.\.\.t\.childNodes\)\}/g, ');', 1],
    // Bindings our templates never make: inside <style>/<textarea>/<title> text, on an element
    // itself (`<div ${ref}>`), and inside comments.
    [/if\(y\.test\(r\.tagName\)\)\{const t=r\.textContent\.split\(o\).*?r\.append\(t\[i\],c\(\)\)\}\}/g, '', 1],
    [/else t\.startsWith\(o\)&&\(d\.push\(\{type:6,index:l\}\),r\.removeAttribute\(t\)\)/g, '', 1],
    [/:6===r\.type&&\(i=new Z\(h,this,t\)\)/g, ':0', 1],
    [/else\{let t=-1;for\(;-1!==\(t=r\.data\.indexOf\(o,t\+1\)\);\)d\.push\(\{type:7,index:l\}\),t\+=o\.length-1\}/g, '', 1],
    // No directives (ifDefined, repeat…) and no arrays or iterables rendered: a value is itself.
    [/function M\(t,i,s=t,e\)\{if\(i===E\)return i;.*?,i\}(?=class R\{)/g, 'function M(t,i){return i}', 1],
    [/:d\(t\)\?this\.k\(t\):this\._\(t\)/g, ':this._(t)', 1],
    [/k\(t\)\{u\(this\._\$AH\)\|\|.*?i\.length=e\)\}(?=_\$AR\()/g, '', 1],
  ],
  'lit-element/lit-element.js': [
    [/\b\w+\.litElementHydrateSupport\b/g, '(void 0)', 1],
    POLYFILL_HOOK,
    VERSIONS_LIST,
  ],
  '@lit/reactive-element/css-tag.js': [
    // Messages for misuse of css`` (a value in it that is not css) and of CSSResult's constructor,
    // which only our own styles could reach in this file (neither is exported): a word will do.
    [/"Value passed to 'css' function must be a 'css' function result: "\+(\w)\+"[^"]*"/g, '"not css: "+$1', 1],
    [/"CSSResult is not constructable[^"]*"/g, '"not css"', 1],
    // Sheets given as CSSStyleSheet objects (ours are all css``): read as they are.
    [/c=e\?t=>t:t=>t instanceof CSSStyleSheet\?.*?\(t\):t;/g, 'c=t=>t;', 1],
    [/t instanceof CSSStyleSheet\?t:t\.styleSheet/g, 't.styleSheet', 1],
  ],
};

export function leanLibraryCode() {
  const seen = new Set();
  return {
    name: 'lean-library-code',
    buildStart() {
      seen.clear();
    },
    transform(code, id) {
      // Directive support is left out of lit-html below: a directive in this file would do nothing.
      if (/\/node_modules\/(lit|lit-html)\/(directives?|async-directive)/.test(id)) {
        this.error(`lean-library-code: ${id} is a Lit directive; lit-html's directive support is left out of this file`);
      }
      const file = Object.keys(EDITS).find((name) => id.endsWith(`/node_modules/${name}`));
      if (!file) return null;
      for (const [find, replacement, times] of EDITS[file]) {
        const count = code.match(find)?.length ?? 0;
        if (count !== times) this.error(`lean-library-code: ${count} of ${times} ${find.source.slice(0, 40)}… in ${file}`);
        code = code.replace(find, replacement);
      }
      seen.add(file);
      return { code, map: null };
    },
    buildEnd(error) {
      const missing = Object.keys(EDITS).filter((file) => !seen.has(file));
      if (!error && missing.length) this.error(`lean-library-code: never saw ${missing.join(', ')}`);
    },
  };
}
