import { executeServerCommand } from '@web/test-runner-commands';
import { register } from '../src/core/register.js';

type Options = Record<string, unknown>;

const webauthn = <T>(action: string, payload: Options = {}) =>
  executeServerCommand<T, Options>('webauthn', { action, ...payload });

export interface Credential {
  credentialId: string;
  isResidentCredential: boolean;
  signCount: number;
  userHandle?: string;
}

/** A CDP virtual authenticator in this page; its credentials are real. */
export class VirtualAuthenticator {
  private constructor(readonly id: string) {}

  static async add(options: Options = {}): Promise<VirtualAuthenticator> {
    return new VirtualAuthenticator(await webauthn<string>('add', { options }));
  }

  /** Removes every authenticator of this page (call after each test). */
  static reset(): Promise<unknown> {
    return webauthn('reset');
  }

  /** Takes this authenticator away (the others stay). */
  remove(): Promise<unknown> {
    return webauthn('remove', { authenticatorId: this.id });
  }

  credentials(): Promise<Credential[]> {
    return webauthn<Credential[]>('credentials', { authenticatorId: this.id });
  }

  /** Off: requests wait for a touch that never comes (so autofill stays pending). */
  presence(enabled: boolean): Promise<unknown> {
    return webauthn('presence', { authenticatorId: this.id, enabled });
  }

  /** False: the user "refuses" verification and the request fails with NotAllowedError. */
  userVerified(isUserVerified: boolean): Promise<unknown> {
    return webauthn('userVerified', { authenticatorId: this.id, isUserVerified });
  }
}

let counter = 0;
/** A username no other test uses (all tests share one relying party). */
// Random too: two test pages run at once, and their counters and clocks can agree.
export const uniqueName = (prefix = 'user') => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++counter}`;

/** Resolves on the next `type` event at `target`, or fails after `ms`. */
export function nextEvent<T extends Event>(target: EventTarget, type: string, ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
    target.addEventListener(type, (event) => (clearTimeout(timer), resolve(event as T)), { once: true });
  });
}

/** Collects every event of the given types at `target` until `stop()`. */
export function recordEvents(target: EventTarget, types: string[]) {
  const events: Event[] = [];
  const record = (event: Event) => events.push(event);
  types.forEach((type) => target.addEventListener(type, record));
  return {
    events,
    types: () => events.map((event) => event.type),
    stop: () => types.forEach((type) => target.removeEventListener(type, record)),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Logs the page out of the test relying party, so each test starts signed out. */
export async function logout(): Promise<void> {
  await fetch('/passkeys/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
}

/** A custom fetch that records each request, then sends it for real. */
export function recordingFetch() {
  const requests: Request[] = [];
  const tap = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return fetch(request);
  };
  /** How many requests went to `path`. */
  const count = (path: string) => requests.filter((request) => new URL(request.url).pathname === path).length;
  return Object.assign(tap as typeof fetch, { requests, count });
}

/** Registers a user with a passkey on the page's authenticator, then signs the page out. */
export async function userWithPasskey(): Promise<string> {
  const username = uniqueName();
  await register({ username });
  await logout();
  return username;
}

/**
 * One ordered log of the page's requests (through the returned `fetch`) and its
 * `navigator.credentials.get` calls (`get conditional` / `get modal`), which go on to the real
 * browser call: a recorder, not a stub. `restore()` takes the recorder off.
 */
export function callLog() {
  const log: string[] = [];
  const container = navigator.credentials;
  const get = container.get;
  Object.defineProperty(container, 'get', {
    configurable: true,
    value: (options?: CredentialRequestOptions) => {
      log.push(`get ${options?.mediation ?? 'modal'}`);
      return get.call(container, options);
    },
  });
  const tap = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    log.push(`fetch ${new URL(request.url).pathname}`);
    return fetch(request);
  };
  const count = (entry: string) => log.filter((line) => line === entry).length;
  return { log, fetch: tap as typeof fetch, count, restore: () => delete (container as unknown as Record<string, unknown>).get };
}
