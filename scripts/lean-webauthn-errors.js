// A rollup plugin for the drop-in file: replaces @simplewebauthn/browser's error diagnosis
// (identifyRegistrationError / identifyAuthenticationError: long developer messages and codes
// that wrap each DOMException) with a pass-through. Our errors map the DOMException's name,
// which both keep alike, so users see the same; the file saves about 1 KB gzip.
// It also drops startRegistration/startAuthentication's check for the pre-v11 call shape
// (`startX(options)` instead of `startX({optionsJSON})`) and its long console warning: we always
// pass `{optionsJSON}`, so that code never runs (about 200 B gzip). With
// `{ autofillInputCheck: false }` (the drop-in file, which always passes
// `verifyBrowserAutofillInput: false`), it also drops startAuthentication's look for an
// autocomplete="… webauthn" input, whose result is then never used (about 80 B gzip). It
// shortens the warning about a browser extension's broken getPublicKey() (about 50 B gzip), and drops
// the try/catch around create()/get() that only passed the error through (about 15 B gzip). The
// build fails when a dropped piece is no longer found, so an update cannot silently undo this.
const DIAGNOSIS = /\/helpers\/identify(Registration|Authentication)Error\.js$/;
const PASS_THROUGH = '\0passkey-elements:webauthn-error-pass-through';
const START = /\/@simplewebauthn\/browser\/.*\/methods\/start(Registration|Authentication)\.js$/;
const LEGACY_CALL = /if \(!options\.optionsJSON && options\.challenge\) \{[^}]*options = \{ optionsJSON: options \};\s*\}/;
// A 120-character warning for a broken extension's getPublicKey() etc.: a short one says the same.
const EXTENSION_WARNING = /`The browser extension that intercepted this WebAuthn API call incorrectly implemented \$\{methodName\}\. You should report this error to them\.\\n`/;
// With the pass-through above, this catch only rethrows: the bare call throws the same.
const RETHROW = /try \{\s*(credential = \(await navigator\.credentials\.(?:create|get)\([^;]*;)\s*\}\s*catch \(err\) \{\s*throw identify(?:Registration|Authentication)Error\(\{ error: err, options: \w+ \}\);\s*\}/;
const INPUT_CHECK = /const eligibleInputs = document\.querySelectorAll\([^;]*;[^}]*if \(eligibleInputs\.length < 1 && verifyBrowserAutofillInput\) \{[^}]*\}/;

export function leanWebAuthnErrors({ autofillInputCheck = true } = {}) {
  return {
    name: 'lean-webauthn-errors',
    async resolveId(source, importer, options) {
      if (!importer?.includes('@simplewebauthn') || !source.includes('identify')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && DIAGNOSIS.test(resolved.id) ? PASS_THROUGH : null;
    },
    load(id) {
      if (id !== PASS_THROUGH) return null;
      return [
        'export const identifyRegistrationError = ({ error }) => error;',
        'export const identifyAuthenticationError = ({ error }) => error;',
      ].join('\n');
    },
    transform(code, id) {
      if (!START.test(id)) return null;
      const drop = [LEGACY_CALL, ...(autofillInputCheck || !id.endsWith('Authentication.js') ? [] : [INPUT_CHECK])];
      for (const piece of drop) {
        if (!piece.test(code)) this.error(`lean-webauthn-errors: ${piece.source.slice(0, 30)}… is gone from ${id}`);
        code = code.replace(piece, '');
      }
      if (!RETHROW.test(code)) this.error(`lean-webauthn-errors: the try/catch around the request is gone from ${id}`);
      code = code.replace(RETHROW, '$1');
      if (id.endsWith('Registration.js')) {
        if (!EXTENSION_WARNING.test(code)) this.error(`lean-webauthn-errors: the extension warning is gone from ${id}`);
        code = code.replace(EXTENSION_WARNING, '`WebAuthn: a browser extension broke ${methodName}`');
      }
      return { code, map: null };
    },
  };
}
