// An in-browser stand-in for a relying party's passkey-management routes, given to
// <passkey-list> as its `fetch`: GET/PATCH/DELETE {base}/credentials and the register endpoints
// "Add a passkey" uses. Stories need no server; nothing is verified (a mock, never a server to copy).
import { bufferToBase64URLString } from '@simplewebauthn/browser';
import type { Passkey } from '../../src/core/passkeys.js';

export interface MockListOptions {
  /** The account's passkeys at the start, newest first. */
  passkeys?: Passkey[];
  /** `hang`: no reply ever (loading); `down`: no network; a number: that HTTP status for the list. */
  fault?: 'hang' | 'down' | number;
}

export const USER_ID = 'dXNlci1hZGE';
const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const random = (bytes: number) => bufferToBase64URLString(crypto.getRandomValues(new Uint8Array(bytes)).buffer);

export class MockPasskeyList {
  passkeys: Passkey[];
  /** Every request, as `METHOD /path`. */
  requests: string[] = [];
  #fault?: MockListOptions['fault'];

  constructor({ passkeys = [], fault }: MockListOptions = {}) {
    this.passkeys = passkeys.map((p) => ({ ...p }));
    this.#fault = fault;
  }

  /** The element's `fetch`. */
  fetch = (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const { pathname } = new URL(request.url);
    this.requests.push(`${request.method} ${pathname}`);
    if (this.#fault === 'down') throw new TypeError('Failed to fetch');
    if (this.#fault === 'hang') return new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    if (typeof this.#fault === 'number') return json(this.#fault, { error: 'The server had a problem.' });
    const one = /\/credentials\/([^/]+)$/.exec(pathname);
    if (pathname.endsWith('/credentials') && request.method === 'GET') return json(200, this.passkeys);
    if (one) {
      const id = decodeURIComponent(one[1]);
      const passkey = this.passkeys.find((p) => p.id === id);
      if (!passkey) return json(404, { error: 'No such passkey on your account.' });
      if (request.method === 'DELETE') {
        this.passkeys = this.passkeys.filter((p) => p !== passkey);
        return new Response(null, { status: 204 });
      }
      const { name } = (await request.json()) as { name: string };
      if (name.trim()) passkey.name = name.trim();
      else delete passkey.name;
      return json(200, passkey);
    }
    if (pathname.endsWith('/register/options')) {
      return json(200, {
        challenge: random(32),
        rp: { name: 'Storybook', id: location.hostname },
        user: { id: USER_ID, name: 'ada', displayName: 'Ada' },
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
        excludeCredentials: this.passkeys.map(({ id }) => ({ type: 'public-key', id })),
        timeout: 60_000,
      });
    }
    if (pathname.endsWith('/register/verify')) {
      const { id } = (await request.json()) as { id: string };
      this.passkeys.unshift({ id, createdAt: new Date().toISOString(), backedUp: true, transports: ['internal', 'hybrid'] });
      return json(200, { verified: true, user: { id: USER_ID, username: 'ada', displayName: 'Ada' }, credentialIds: this.passkeys.map((p) => p.id) });
    }
    return json(404, { error: 'Not found.' });
  }) as typeof fetch;
}

const daysAgo = (days: number) => new Date(Date.UTC(2026, 10, 30) - days * 864e5).toISOString();

/** Three passkeys as a real account might have them: a synced one, a security key, a named device. */
export const threePasskeys: Passkey[] = [
  { id: 'aUNsb3VkS2V5Y2hhaW4', aaguid: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd', createdAt: daysAgo(3), lastUsedAt: daysAgo(0), backedUp: true, transports: ['internal', 'hybrid'] },
  { id: 'WXViaUtleTVOZkM', aaguid: 'fa2b99dc-9e39-4257-8f92-4a30d23c4118', createdAt: daysAgo(40), backedUp: false, transports: ['usb', 'nfc'] },
  { id: 'V29ya0xhcHRvcA', name: 'Work laptop', aaguid: '08987058-cadc-4b81-b6e1-30de50dcbe96', createdAt: daysAgo(90), lastUsedAt: daysAgo(12), backedUp: false, transports: ['internal'] },
];

/** One synced passkey: its removal brings the last-passkey warning. */
export const onePasskey: Passkey[] = [threePasskeys[0]];
