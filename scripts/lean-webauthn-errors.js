// A rollup plugin for the drop-in file: replaces @simplewebauthn/browser's error diagnosis
// (identifyRegistrationError / identifyAuthenticationError: long developer messages and codes
// that wrap each DOMException) with a pass-through. Our errors map the DOMException's name,
// which both keep alike, so users see the same; the file saves about 1 KB gzip.
const DIAGNOSIS = /\/helpers\/identify(Registration|Authentication)Error\.js$/;
const PASS_THROUGH = '\0passkey-elements:webauthn-error-pass-through';

export function leanWebAuthnErrors() {
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
  };
}
