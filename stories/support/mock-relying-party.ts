// An in-browser relying party implementing the elements' `PasskeyBackend` contract, so the static
// Storybook needs no server. Its options are real: a browser with an authenticator can run real
// ceremonies against it. It checks what it can without a crypto stack (type, challenge, origin,
// that a signing-in passkey was registered here) and does NOT check signatures: a mock, never a
// server to copy.
import { bufferToBase64URLString } from '@simplewebauthn/browser';
import type { CredentialJSON, OptionsRequest, PasskeyBackend } from '../../src/core/contract.js';
import { PasskeyError, type Ceremony } from '../../src/core/errors.js';

/** What can go wrong at one step, as a real backend would report it. */
export type Fault =
  /** A non-2xx reply; `message` is the server's own words (shown to the user as text). */
  | { kind: 'server-error'; status?: number; message?: string }
  /** No reply at all (offline, DNS, CORS). */
  | { kind: 'network-down' }
  /** Options the browser cannot use (here: no challenge). */
  | { kind: 'invalid-options' }
  /** A 2xx verify reply saying `verified: false`. */
  | { kind: 'not-verified'; message?: string };

export type Step = 'options' | 'verify';

export interface MockRelyingPartyOptions {
  /** Milliseconds before each reply ("slow server"). */
  latency?: number;
  /** Faults by step, for every ceremony. */
  faults?: Partial<Record<Step, Fault>>;
  /** Accounts that already have passkeys: username → credential ids (base64url). */
  users?: Record<string, string[]>;
  /** Keeps accounts in this tab's sessionStorage (real ceremonies, across stories and reloads). */
  persist?: boolean;
}

export interface BackendCall {
  ceremony: Ceremony;
  step: Step;
  /** The options request, or the credential JSON sent to verify. */
  body: OptionsRequest | CredentialJSON;
}

interface Account {
  userId: string;
  credentials: string[];
}

interface Challenge {
  ceremony: Ceremony;
  username?: string;
}

const STORAGE_KEY = 'passkey-elements-storybook-accounts';

const randomId = (bytes = 16) => bufferToBase64URLString(crypto.getRandomValues(new Uint8Array(bytes)).buffer);

/** Resolves after `ms`, or rejects with the signal's reason (an AbortError) when aborted. */
function delay(ms: number, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

function decodeClientData(credential: CredentialJSON): { type?: string; challenge?: string; origin?: string } {
  try {
    const base64 = credential.response.clientDataJSON.replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(base64));
  } catch {
    return {};
  }
}

export class MockRelyingParty implements PasskeyBackend {
  /** Every request received, in order (for play functions). */
  readonly calls: BackendCall[] = [];
  latency: number;
  faults: Partial<Record<Step, Fault>>;
  readonly #accounts = new Map<string, Account>();
  readonly #challenges = new Map<string, Challenge>();
  readonly #storage?: Storage;

  constructor({ latency = 0, faults = {}, users = {}, persist = false }: MockRelyingPartyOptions = {}) {
    this.latency = latency;
    this.faults = faults;
    this.#storage = persist ? sessionStorage : undefined;
    const saved = this.#storage?.getItem(STORAGE_KEY);
    if (saved) for (const [name, account] of Object.entries(JSON.parse(saved) as Record<string, Account>)) this.#accounts.set(name, account);
    for (const [name, credentials] of Object.entries(users)) this.#accounts.set(name, { userId: randomId(), credentials });
  }

  /** The calls of one step, e.g. `calls('options')`. */
  callsTo(step: Step, ceremony?: Ceremony): BackendCall[] {
    return this.calls.filter((call) => call.step === step && (!ceremony || call.ceremony === ceremony));
  }

  /** The passkeys registered for `username`. */
  credentialsOf(username: string): string[] {
    return this.#accounts.get(username)?.credentials ?? [];
  }

  async options(ceremony: Ceremony, request: OptionsRequest, { signal }: { signal?: AbortSignal }): Promise<unknown> {
    this.calls.push({ ceremony, step: 'options', body: request });
    await delay(this.latency, signal);
    this.#throwFault('options');
    const challenge = randomId(32);
    this.#challenges.set(challenge, { ceremony, username: request.username });
    if (this.faults.options?.kind === 'invalid-options') return { rpId: location.hostname };
    const rpId = location.hostname;
    if (ceremony === 'login') {
      const known = request.username ? this.credentialsOf(request.username) : [];
      return {
        challenge,
        rpId,
        timeout: 60_000,
        userVerification: 'preferred',
        allowCredentials: known.map((id) => ({ id, type: 'public-key' })),
      };
    }
    const username = request.username ?? '';
    const account = this.#accounts.get(username);
    return {
      challenge,
      rp: { name: 'passkey-elements Storybook', id: rpId },
      user: { id: account?.userId ?? randomId(), name: username, displayName: request.displayName || username },
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      timeout: 60_000,
      attestation: 'none',
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      // The authenticator refuses to make a second passkey for the account (InvalidStateError).
      excludeCredentials: (account?.credentials ?? []).map((id) => ({ id, type: 'public-key' })),
    };
  }

  async verify(ceremony: Ceremony, credential: CredentialJSON, { signal }: { signal?: AbortSignal }): Promise<unknown> {
    this.calls.push({ ceremony, step: 'verify', body: credential });
    await delay(this.latency, signal);
    this.#throwFault('verify');
    const fault = this.faults.verify;
    // A verdict, not an exception: the element reads `verified: false` as a failure.
    if (fault?.kind === 'not-verified') return { verified: false, error: fault.message };
    const clientData = decodeClientData(credential);
    const issued = clientData.challenge ? this.#challenges.get(clientData.challenge) : undefined;
    // Challenges are single-use.
    if (clientData.challenge) this.#challenges.delete(clientData.challenge);
    const expectedType = ceremony === 'register' ? 'webauthn.create' : 'webauthn.get';
    if (!issued || issued.ceremony !== ceremony || clientData.type !== expectedType) {
      return { verified: false, error: 'This sign-in request has expired. Please try again.' };
    }
    if (clientData.origin !== location.origin) return { verified: false, error: 'Wrong origin.' };
    if (ceremony === 'register') {
      const username = issued.username ?? '';
      const account = this.#accounts.get(username) ?? { userId: randomId(), credentials: [] };
      account.credentials.push(credential.id);
      this.#accounts.set(username, account);
      this.#save();
      return { verified: true, username };
    }
    const owner = [...this.#accounts].find(([, account]) => account.credentials.includes(credential.id))?.[0];
    if (owner === undefined || (issued.username && owner !== issued.username)) {
      return { verified: false, error: 'This passkey is not registered here.' };
    }
    return { verified: true, username: owner };
  }

  #throwFault(step: Step) {
    const fault = this.faults[step];
    if (fault?.kind === 'server-error') {
      throw new PasskeyError('server-error', { status: fault.status ?? 500, serverText: fault.message });
    }
    // A backend that is not the HTTP contract wraps its own network failures: a bare TypeError
    // from fetch would read as the browser rejecting the options (`invalid-response`).
    if (fault?.kind === 'network-down') {
      throw new PasskeyError('network-error', { cause: new TypeError('Failed to fetch') });
    }
  }

  #save() {
    this.#storage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(this.#accounts)));
  }
}
