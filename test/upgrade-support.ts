// Shared by the upgrade tests: a signed-in password user, a create() recorder, a capabilities stub.
import { expect } from '@open-wc/testing';
import { sleep, uniqueName } from './helpers.js';

/** Signs the page in with a new demo password account; returns its username. */
export async function passwordUser(): Promise<string> {
  const username = uniqueName('pw');
  const reply = await fetch('/passkeys/password/register', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'correct horse battery' }),
  });
  expect(reply.status, await reply.clone().text()).to.equal(200);
  return username;
}

/** Records navigator.credentials.create calls; `then` decides what each does (default: the real call). */
export function spyCreate(then?: (options: CredentialCreationOptions, real: typeof navigator.credentials.create) => Promise<Credential | null>) {
  const container = navigator.credentials;
  const real = container.create.bind(container);
  const calls: { options: CredentialCreationOptions; settled: Promise<string> }[] = [];
  Object.defineProperty(container, 'create', {
    configurable: true,
    value: (options: CredentialCreationOptions) => {
      const result = then ? then(options, real) : real(options);
      calls.push({ options, settled: result.then(() => 'resolved', (error: Error) => error.name) });
      return result;
    },
  });
  return { calls, restore: () => delete (container as unknown as Record<string, unknown>).create };
}

/** Makes getClientCapabilities() answer `answer` until the returned function runs. */
export function stubCapabilities(answer: Record<string, boolean>): () => void {
  const original = Object.getOwnPropertyDescriptor(PublicKeyCredential, 'getClientCapabilities')!;
  Object.defineProperty(PublicKeyCredential, 'getClientCapabilities', { ...original, value: async () => answer });
  return () => Object.defineProperty(PublicKeyCredential, 'getClientCapabilities', original);
}

export const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !check(); i++) await sleep(10);
  if (!check()) throw new Error(`never: ${what}`);
};

