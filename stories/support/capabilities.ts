// Capability simulation: what the toolbar (or a story's pinned globals) says this browser can
// do. Applied before the story renders (the elements check support when they connect) and
// undone after it.

export interface Capabilities {
  /** `missing`: no `window.PublicKeyCredential` (an old browser, an embedded web view). */
  webauthn: 'browser' | 'missing';
  /**
   * `unavailable`: no conditional mediation, so passkeys are never offered in autofill;
   * `available`: conditional mediation reported, whatever the viewing browser has.
   */
  autofill: 'browser' | 'available' | 'unavailable';
  /** `missing`: no built-in authenticator (a security key or a phone can still be used). */
  platformAuthenticator: 'browser' | 'missing';
  /** A phone can be used (hybrid transport): `getClientCapabilities().hybridTransport`. */
  hybrid: 'browser' | 'available' | 'missing';
  /** Passkeys made without asking after a password sign-in: `conditionalCreate`. */
  conditionalCreate: 'browser' | 'available' | 'missing';
  /** WebAuthn's immediate UI mode: `immediateGet`. */
  immediate: 'browser' | 'available' | 'missing';
  /** The mock backend's speed, or no network at all. */
  server: 'fast' | 'slow' | 'down';
}

export const defaultCapabilities: Capabilities = {
  webauthn: 'browser',
  autofill: 'browser',
  platformAuthenticator: 'browser',
  hybrid: 'browser',
  conditionalCreate: 'browser',
  immediate: 'browser',
  server: 'fast',
};

/** Milliseconds the mock backend waits before each reply when the server is slow. */
export const SLOW_SERVER_MS = 1500;

/** Overrides one own property of `target` until the returned function runs. */
function override(target: object, key: PropertyKey, descriptor: PropertyDescriptor | undefined): () => void {
  const original = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor) Object.defineProperty(target, key, { configurable: true, ...descriptor });
  else delete (target as Record<PropertyKey, unknown>)[key];
  return () => {
    if (original) Object.defineProperty(target, key, original);
    else delete (target as Record<PropertyKey, unknown>)[key];
  };
}

/** Makes the browser look as `capabilities` say; returns the undo. */
export function simulateCapabilities(capabilities: Partial<Capabilities>): () => void {
  const undo: (() => void)[] = [];
  const PKC = globalThis.PublicKeyCredential as typeof PublicKeyCredential | undefined;
  if (PKC && capabilities.autofill && capabilities.autofill !== 'browser') {
    const available = capabilities.autofill === 'available';
    undo.push(override(PKC, 'isConditionalMediationAvailable', { value: async () => available, writable: true }));
  }
  if (PKC && capabilities.platformAuthenticator === 'missing') {
    undo.push(override(PKC, 'isUserVerifyingPlatformAuthenticatorAvailable', { value: async () => false, writable: true }));
  }
  // getClientCapabilities() tells the same story (the elements read their copy from it): the
  // browser's own answer with the simulated ones on top.
  const simulated: Record<string, boolean> = {};
  const say = (value: string | undefined, ...names: string[]) => {
    if (value && value !== 'browser') for (const name of names) simulated[name] = value === 'available';
  };
  say(capabilities.autofill, 'conditionalGet');
  say(capabilities.platformAuthenticator, 'passkeyPlatformAuthenticator', 'userVerifyingPlatformAuthenticator');
  say(capabilities.hybrid, 'hybridTransport');
  say(capabilities.conditionalCreate, 'conditionalCreate');
  say(capabilities.immediate, 'immediateGet');
  if (PKC && Object.keys(simulated).length) {
    const own = (PKC as unknown as { getClientCapabilities?: () => Promise<Record<string, boolean>> }).getClientCapabilities;
    const ask = async () => ({ ...(await own?.call(PKC).catch(() => ({}))), ...simulated });
    undo.push(override(PKC, 'getClientCapabilities', { value: ask, writable: true }));
  }
  if (PKC && capabilities.webauthn === 'missing') undo.push(override(window, 'PublicKeyCredential', undefined));
  return () => undo.reverse().forEach((step) => step());
}
