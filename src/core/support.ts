import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  platformAuthenticatorIsAvailable,
} from '@simplewebauthn/browser';

/** What this browser can do with passkeys. */
export interface PasskeySupport {
  /** `navigator.credentials.create/get` with public keys exist. */
  webauthn: boolean;
  /** A built-in authenticator (Touch ID, Windows Hello, Android) is available. */
  platformAuthenticator: boolean;
  /** Passkeys can be offered in the browser's autofill (conditional mediation). */
  conditionalMediation: boolean;
  /** `PublicKeyCredential.getClientCapabilities()` as the browser reports it, or `{}`. */
  capabilities: Record<string, boolean>;
}

type WithCapabilities = { getClientCapabilities?: () => Promise<Record<string, boolean>> };

// supportsWebAuthn: the synchronous check, safe to call when an element connects. Re-exported
// under our name, not wrapped: the drop-in file carries no alias for it.
export { browserSupportsWebAuthn as supportsWebAuthn };

/** Reads everything the browser says about passkeys. Never throws. */
export async function detectSupport(): Promise<PasskeySupport> {
  if (!browserSupportsWebAuthn()) {
    return { webauthn: false, platformAuthenticator: false, conditionalMediation: false, capabilities: {} };
  }
  const getCapabilities = (PublicKeyCredential as unknown as WithCapabilities).getClientCapabilities;
  const [platformAuthenticator, conditionalMediation, capabilities] = await Promise.all([
    platformAuthenticatorIsAvailable().catch(() => false),
    browserSupportsWebAuthnAutofill().catch(() => false),
    getCapabilities ? getCapabilities.call(PublicKeyCredential).catch(() => ({})) : {},
  ]);
  return { webauthn: true, platformAuthenticator, conditionalMediation, capabilities };
}
