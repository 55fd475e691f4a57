// @ts-check
// The browsers with passkeys that the elements support, as API profiles: which of the browser
// features the built files use each browser version lacks, read from @mdn/browser-compat-data
// (a pinned devDependency), not from memory. Used by the profile runs (test/browsers/), the
// check that no unlisted feature slips into the built files, the README's supported-browsers
// table (scripts/browser-table.js) and the build's syntax target (rollup.config.ts).
import { createRequire } from 'node:module';

/** The versions each browser is run at: where a passkey feature we use arrived, and the oldest with passkeys. */
export const PROFILES = [
  { browser: 'safari', name: 'Safari', versions: ['16', '16.4', '17', '17.4', '18', '18.4', '26'] },
  { browser: 'safari_ios', name: 'Safari on iOS', versions: ['16', '16.4', '17', '17.4', '18', '18.4', '26'] },
  { browser: 'chrome', name: 'Chrome', versions: ['108', '120', '129', '133', '136'] },
  { browser: 'edge', name: 'Edge', versions: ['108', '120', '129', '133', '136'] },
  // 'esr': the current Extended Support Release, as the data names it.
  { browser: 'firefox', name: 'Firefox', versions: ['119', '122', '135', 'esr'] },
  // From its first version with conditional mediation (autofill).
  { browser: 'samsunginternet_android', name: 'Samsung Internet', versions: ['first-conditional-mediation'] },
];

/** The build's syntax target: the oldest version of each engine above (esbuild's names). */
export const BUILD_TARGET = ['chrome108', 'edge108', 'firefox119', 'safari16', 'ios16'];

/**
 * Every browser feature the built files (dist/cdn) use that some browser with passkeys lacks.
 * `bcd`: its browser-compat-data key; `uses`: how its use shows in a built file (the scanner in
 * test/browsers/api-surface.test.js fails on a newer feature that is used but not listed here);
 * `remove`: how a profile run takes it away before any page script (test/browsers/profile-page.js):
 * a property path to delete, or a named simulation. `syntax`: the engine cannot even parse a file
 * that uses it, so the built files must not (the test checks).
 * @type {Array<{id: string, bcd: string, uses: RegExp, remove?: string, syntax?: true}>}
 */
export const FEATURES = [
  { id: 'getClientCapabilities', bcd: 'api.PublicKeyCredential.getClientCapabilities_static', uses: /\.getClientCapabilities\b/, remove: 'PublicKeyCredential.getClientCapabilities' },
  { id: 'isConditionalMediationAvailable', bcd: 'api.PublicKeyCredential.isConditionalMediationAvailable_static', uses: /\bisConditionalMediationAvailable\b/, remove: 'PublicKeyCredential.isConditionalMediationAvailable' },
  { id: 'parseCreationOptionsFromJSON', bcd: 'api.PublicKeyCredential.parseCreationOptionsFromJSON_static', uses: /\bparseCreationOptionsFromJSON\b/, remove: 'PublicKeyCredential.parseCreationOptionsFromJSON' },
  { id: 'parseRequestOptionsFromJSON', bcd: 'api.PublicKeyCredential.parseRequestOptionsFromJSON_static', uses: /\bparseRequestOptionsFromJSON\b/, remove: 'PublicKeyCredential.parseRequestOptionsFromJSON' },
  { id: 'PublicKeyCredential.toJSON', bcd: 'api.PublicKeyCredential.toJSON', uses: /\.toJSON\(\)/, remove: 'PublicKeyCredential.prototype.toJSON' },
  { id: 'signalUnknownCredential', bcd: 'api.PublicKeyCredential.signalUnknownCredential_static', uses: /\bsignalUnknownCredential\b/, remove: 'PublicKeyCredential.signalUnknownCredential' },
  { id: 'signalAllAcceptedCredentials', bcd: 'api.PublicKeyCredential.signalAllAcceptedCredentials_static', uses: /\bsignalAllAcceptedCredentials\b/, remove: 'PublicKeyCredential.signalAllAcceptedCredentials' },
  { id: 'signalCurrentUserDetails', bcd: 'api.PublicKeyCredential.signalCurrentUserDetails_static', uses: /\bsignalCurrentUserDetails\b/, remove: 'PublicKeyCredential.signalCurrentUserDetails' },
  // An older browser ignores create()'s `mediation` and shows its modal prompt instead.
  { id: 'conditional create', bcd: 'api.CredentialsContainer.create.mediation_option', uses: /mediation:"conditional"/, remove: 'conditional-create' },
  { id: 'AbortSignal.any', bcd: 'api.AbortSignal.any_static', uses: /\.any\(\[/, remove: 'AbortSignal.any' },
  { id: 'AbortSignal.timeout', bcd: 'api.AbortSignal.timeout_static', uses: /AbortSignal\.timeout\b/, remove: 'AbortSignal.timeout' },
  { id: 'AbortSignal.throwIfAborted', bcd: 'api.AbortSignal.throwIfAborted', uses: /\.throwIfAborted\b/, remove: 'AbortSignal.prototype.throwIfAborted' },
  // Constructable style sheets: Lit falls back to <style> elements without them.
  { id: 'adoptedStyleSheets', bcd: 'api.ShadowRoot.adoptedStyleSheets', uses: /\badoptedStyleSheets\b/, remove: 'adopted-style-sheets' },
  { id: 'Intl.Segmenter', bcd: 'javascript.builtins.Intl.Segmenter', uses: /\bSegmenter\b/, remove: 'Intl.Segmenter' },
  { id: 'light-dark()', bcd: 'css.types.color.light-dark', uses: /light-dark\(/, remove: 'light-dark' },
  { id: 'class static blocks', bcd: 'javascript.classes.static.initialization_blocks', uses: /\bstatic\s*\{/, syntax: true },
  { id: 'regexp lookbehind', bcd: 'javascript.regular_expressions.lookbehind_assertion', uses: /\(\?<[=!]/, syntax: true },
];

/** Browser behaviour that is not a feature to delete: Safari wants a user activation for a modal ceremony. */
export const needsActivation = (/** @type {string} */ browser) => browser.startsWith('safari');

const require = createRequire(import.meta.url);
/** @type {any} */
let data;
/** browser-compat-data, read once. */
export function bcd() {
  return (data ??= require('@mdn/browser-compat-data'));
}

/** `a` <= `b` for data versions ("16", "16.4", "≤79", "preview"); false for a version never released. */
function versionAtMost(/** @type {string} */ a, /** @type {string} */ b) {
  if (a === 'preview') return false;
  const parts = (/** @type {string} */ v) => v.replace(/^≤/, '').split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  }
  return true;
}

/**
 * Whether `browser` at `version` has the feature at `key`: unflagged, unprefixed, not removed since.
 * A partial implementation counts (the feature is there to call; e.g. Chrome 103–123's
 * `AbortSignal.timeout` aborts with the wrong error name, which the elements do not read).
 */
export function supports(/** @type {string} */ key, /** @type {string} */ browser, /** @type {string} */ version) {
  const compat = key.split('.').reduce((node, part) => node?.[part], bcd())?.__compat;
  if (!compat) throw new Error(`browser-compat-data has no ${key}`);
  const statements = [compat.support[browser]].flat().filter(Boolean);
  return statements.some(
    (s) =>
      typeof s.version_added === 'string' &&
      !s.flags &&
      !s.prefix &&
      !s.alternative_name &&
      versionAtMost(s.version_added, version) &&
      !(typeof s.version_removed === 'string' && versionAtMost(s.version_removed, version)),
  );
}

/** A profile's concrete version: 'esr' and 'first-conditional-mediation' read from the data. */
function resolveVersion(/** @type {string} */ browser, /** @type {string} */ version) {
  const releases = bcd().browsers[browser].releases;
  if (version === 'esr') {
    const esr = Object.keys(releases).filter((v) => releases[v].status === 'esr');
    return esr.sort((a, b) => (versionAtMost(a, b) ? 1 : -1))[0];
  }
  if (version === 'first-conditional-mediation') {
    return [bcd().api.PublicKeyCredential.isConditionalMediationAvailable_static.__compat.support[browser]].flat()[0].version_added;
  }
  return version;
}

/**
 * @typedef {{browser: string, label: string, version: string, lacks: string[], activation: boolean}} Profile
 * `lacks`: ids of FEATURES the version does not have.
 */

/** Every profile, each with what it lacks. */
export function profiles() {
  /** @type {Profile[]} */
  const out = [];
  for (const { browser, name, versions } of PROFILES) {
    for (const wanted of versions) {
      const version = resolveVersion(browser, wanted);
      if (!bcd().browsers[browser].releases[version]) throw new Error(`browser-compat-data has no ${browser} ${version}`);
      const lacks = FEATURES.filter((feature) => !supports(feature.bcd, browser, version)).map((feature) => feature.id);
      out.push({ browser, label: `${name} ${version}${wanted === 'esr' ? ' ESR' : ''}`, version, lacks, activation: needsActivation(browser) });
    }
  }
  return out;
}

/**
 * Profiles with the same surface (the same features missing, the same activation rule) run once:
 * `[{surface, labels}]`, in the order first met.
 */
export function surfaces() {
  /** @type {Map<string, {profile: Profile, labels: string[]}>} */
  const unique = new Map();
  for (const profile of profiles()) {
    const key = `${profile.activation}|${profile.lacks.join(',')}`;
    const seen = unique.get(key);
    if (seen) seen.labels.push(profile.label);
    else unique.set(key, { profile, labels: [profile.label] });
  }
  return [...unique.values()];
}
