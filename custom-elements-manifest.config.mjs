// The custom-elements manifest (custom-elements.json): the elements' public API, read from the
// TypeScript sources and their JSDoc (@fires @slot @csspart @cssprop). Storybook's autodocs
// read it. `npm run analyze` writes it.

/** The elements register themselves through `define()`, which the analyzer cannot follow. */
const tagNames = { PasskeyRegister: 'passkey-register', PasskeyLogin: 'passkey-login', PasskeyList: 'passkey-list' };

const isPublic = (member) =>
  !member.privacy || member.privacy === 'public' ? !/^[#_]/.test(member.name) : false;

/**
 * A class comment that starts with `@summary` puts all its prose in the summary: keep the first
 * paragraph as the summary and the whole text as the description (what Storybook shows).
 */
function splitSummary(declaration) {
  if (declaration.description || !declaration.summary) return;
  declaration.description = declaration.summary;
  declaration.summary = declaration.summary.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ');
}

/** Tag names, and public members only: protected and private ones are not the elements' API. */
function publicApi() {
  return {
    name: 'passkey-elements-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (tagNames[declaration.name]) {
            declaration.tagName = tagNames[declaration.name];
            declaration.customElement = true;
          }
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          // Internal reactive state (`_status`…) is declared in `static properties` too: not attributes.
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter(isPublic);
          splitSummary(declaration);
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/*.ts'],
  exclude: ['src/elements/index.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json (its "customElements" field is the maintainers' to set).
  packagejson: false,
  plugins: [publicApi()],
};
