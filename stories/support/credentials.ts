// Simulated WebAuthn outcomes: replaces navigator.credentials.create/get for one story with
// scripted answers (a dialog left open, a DOMException, or a credential shaped like a
// PublicKeyCredential that @simplewebauthn/browser can serialise). A story browser cannot
// produce these deterministically with a real authenticator. Restored after the story.
import { bufferToBase64URLString } from '@simplewebauthn/browser';

/**
 * - `pending`: the OS dialog stays open (the promise settles only when the request is aborted);
 * - `succeed`: a made-up credential answering the request's challenge for this origin;
 * - `{reject: name}`: the browser throws `DOMException(name)`, e.g. `NotAllowedError`.
 */
export type Outcome = 'pending' | 'succeed' | { reject: string };

export interface CredentialScript {
  /** `navigator.credentials.create()`. */
  create?: Outcome;
  /** A modal `navigator.credentials.get()` (the sign-in button). */
  get?: Outcome;
  /** A conditional `get()` (autofill). Default `pending`: armed, waiting for the user. */
  autofill?: Outcome;
  /** The passkey a successful `get()` returns (its id must be known to the backend). */
  passkey?: { id: string; userHandle?: string };
}

export interface CredentialCall {
  method: 'create' | 'get';
  mediation?: CredentialMediationRequirement;
  /** `immediate` for WebAuthn's immediate UI mode. */
  uiMode?: string;
  options: CredentialCreationOptions | CredentialRequestOptions;
  signal?: AbortSignal;
}

const encoder = new TextEncoder();
const bytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

function clientData(type: string, challenge: BufferSource): ArrayBuffer {
  const json = { type, challenge: bufferToBase64URLString(toBuffer(challenge)), origin: location.origin, crossOrigin: false };
  return encoder.encode(JSON.stringify(json)).buffer as ArrayBuffer;
}

function toBuffer(source: BufferSource): ArrayBuffer {
  if (source instanceof ArrayBuffer) return source;
  return source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength) as ArrayBuffer;
}

/** rpIdHash ‖ flags (user present + verified) ‖ signCount: authenticator data without a key. */
async function authenticatorData(rpId: string): Promise<Uint8Array> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(rpId)));
  return new Uint8Array([...hash, 0x05, 0, 0, 0, 1]);
}

/** CBOR `{fmt: "none", attStmt: {}, authData}` (attestation "none"). */
function attestationObject(authData: Uint8Array): ArrayBuffer {
  const text = (value: string) => [0x60 + value.length, ...encoder.encode(value)];
  const head = [0xa3, ...text('fmt'), ...text('none'), ...text('attStmt'), 0xa0, ...text('authData'), 0x58, authData.length];
  return new Uint8Array([...head, ...authData]).buffer;
}

function fakeCredential(rawId: ArrayBuffer, response: object) {
  return {
    id: bufferToBase64URLString(rawId),
    rawId,
    type: 'public-key',
    authenticatorAttachment: 'platform',
    response,
    getClientExtensionResults: () => ({}),
  };
}

async function fakeAttestation(publicKey: PublicKeyCredentialCreationOptions) {
  const authData = await authenticatorData(publicKey.rp.id ?? location.hostname);
  return fakeCredential(bytes(16).buffer, {
    clientDataJSON: clientData('webauthn.create', publicKey.challenge),
    attestationObject: attestationObject(authData),
    getTransports: () => ['internal'],
    getAuthenticatorData: () => authData.buffer,
  });
}

async function fakeAssertion(publicKey: PublicKeyCredentialRequestOptions, passkey?: CredentialScript['passkey']) {
  const allowed = publicKey.allowCredentials?.[0]?.id;
  const rawId = allowed ? toBuffer(allowed) : passkey ? base64url(passkey.id) : bytes(16).buffer;
  return fakeCredential(rawId, {
    clientDataJSON: clientData('webauthn.get', publicKey.challenge),
    authenticatorData: (await authenticatorData(publicKey.rpId ?? location.hostname)).buffer,
    signature: bytes(64).buffer,
    userHandle: passkey?.userHandle ? base64url(passkey.userHandle) : null,
  });
}

function base64url(value: string): ArrayBuffer {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0)).buffer;
}

/** Settles like the browser would: `pending` only ends with an AbortError when aborted. */
function play(outcome: Outcome, signal: AbortSignal | undefined, succeed: () => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    if (outcome === 'succeed') succeed().then(resolve, reject);
    else if (outcome !== 'pending') reject(new DOMException(`Simulated ${outcome.reject}`, outcome.reject));
  });
}

/** Replaces navigator.credentials.create/get until `restore()`. */
export class CredentialsStub {
  readonly calls: CredentialCall[] = [];
  #restore?: () => void;

  constructor(readonly script: CredentialScript) {}

  /** The calls of one kind: `create`, a modal `get`, or an `autofill` get. */
  callsOf(kind: 'create' | 'get' | 'autofill'): CredentialCall[] {
    if (kind === 'create') return this.calls.filter((call) => call.method === 'create');
    const conditional = kind === 'autofill';
    return this.calls.filter((call) => call.method === 'get' && (call.mediation === 'conditional') === conditional);
  }

  install(): () => void {
    const container = navigator.credentials;
    const own = {
      create: Object.getOwnPropertyDescriptor(container, 'create'),
      get: Object.getOwnPropertyDescriptor(container, 'get'),
    };
    const { create = 'pending', get = 'pending', autofill = 'pending', passkey } = this.script;
    const stub = (method: 'create' | 'get') => ({
      configurable: true,
      writable: true,
      value: (options: CredentialCreationOptions & CredentialRequestOptions = {}) => {
        const mediation = options.mediation;
        const uiMode = (options as { uiMode?: string }).uiMode;
        this.calls.push({ method, mediation, uiMode, options, signal: options.signal ?? undefined });
        if (method === 'create') return play(create, options.signal, () => fakeAttestation(options.publicKey!));
        const outcome = mediation === 'conditional' ? autofill : get;
        return play(outcome, options.signal, () => fakeAssertion(options.publicKey!, passkey));
      },
    });
    Object.defineProperty(container, 'create', stub('create'));
    Object.defineProperty(container, 'get', stub('get'));
    this.#restore = () => {
      for (const method of ['create', 'get'] as const) {
        const descriptor = own[method];
        if (descriptor) Object.defineProperty(container, method, descriptor);
        else delete (container as unknown as Record<string, unknown>)[method];
      }
    };
    return () => this.restore();
  }

  restore(): void {
    this.#restore?.();
    this.#restore = undefined;
  }
}
