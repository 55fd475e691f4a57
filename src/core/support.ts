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

type Capabilities = Record<string, boolean>;
type WithCapabilities = { getClientCapabilities?: () => Promise<Capabilities> };

// supportsWebAuthn: the synchronous check, safe to call when an element connects. Re-exported
// under our name, not wrapped: the drop-in file carries no alias for it.
export { browserSupportsWebAuthn as supportsWebAuthn };

/** The last answer, and the function that gave it: a page (or a test) that replaces it is asked again. */
let asked: [unknown, Promise<Capabilities>] | undefined;

/**
 * `PublicKeyCredential.getClientCapabilities()` (`conditionalCreate`, `conditionalGet`,
 * `hybridTransport`, `immediateGet`, `passkeyPlatformAuthenticator`…), asked once per page and
 * shared by every element and call: `{}` where the browser has no such method or WebAuthn at all.
 * Never rejects.
 */
export function clientCapabilities(): Promise<Capabilities> {
  const ask = browserSupportsWebAuthn() && (PublicKeyCredential as unknown as WithCapabilities).getClientCapabilities;
  // `!asked` too: where the method is missing, `ask` and the empty cache's key are both undefined.
  if (!asked || asked[0] !== ask) asked = [ask, (async () => (ask ? ask.call(PublicKeyCredential) : {}))().catch(() => ({}))];
  return asked[1];
}

/** Reads everything the browser says about passkeys. Never throws. */
export async function detectSupport(): Promise<PasskeySupport> {
  if (!browserSupportsWebAuthn()) {
    return { webauthn: false, platformAuthenticator: false, conditionalMediation: false, capabilities: {} };
  }
  const [platformAuthenticator, conditionalMediation, capabilities] = await Promise.all([
    platformAuthenticatorIsAvailable().catch(() => false),
    browserSupportsWebAuthnAutofill().catch(() => false),
    clientCapabilities(),
  ]);
  return { webauthn: true, platformAuthenticator, conditionalMediation, capabilities };
}
