import { startRegistration, type RegistrationResponseJSON } from '@simplewebauthn/browser';
import { abortable } from './abortable.js';
import type { ContractOptions, OptionsRequest } from './contract.js';
import { pageCoordinator } from './coordinator.js';
import { PasskeyError, toPasskeyError } from './errors.js';
import { backendFor } from './http-backend.js';
import { withHints, type HintOptions } from './hints.js';
import { readCreationOptions, readVerifyReply } from './replies.js';

export interface CeremonyResult<Credential> {
  /** The verify endpoint's reply, parsed. */
  response: unknown;
  /** What the authenticator returned, as sent to the server. */
  credential: Credential;
}

export interface RegisterOptions extends ContractOptions, HintOptions {
  username: string;
  /** Defaults to the username. */
  displayName?: string;
  signal?: AbortSignal;
}

/** Creates a passkey: options → navigator.credentials.create → verify. */
export async function register(
  options: RegisterOptions,
): Promise<CeremonyResult<RegistrationResponseJSON>> {
  const username = options.username.trim();
  if (!username) throw new PasskeyError('username-required');
  return createPasskey(options, { username, displayName: options.displayName || username });
}

/**
 * The registration ceremony with this options request: `{username, displayName}` to sign up,
 * `{}` to add a passkey to the signed-in user (see addPasskey).
 */
export function createPasskey(
  options: ContractOptions & HintOptions & { signal?: AbortSignal },
  request: OptionsRequest,
): Promise<CeremonyResult<RegistrationResponseJSON>> {
  const { signal } = options;
  const backend = backendFor(options);
  return pageCoordinator().modal(async () => {
    try {
      // Safari refuses create() once the click's user activation is spent on a slow wait, so
      // between the click and create() there is only what cannot go: the options request (they
      // are for this user, so none can be fetched ahead) and reading its reply. No support
      // check, no other await.
      const reply = await backend.options('register', request, { signal });
      const optionsJSON = withHints(readCreationOptions(reply), options.hints);
      const credential = await abortable(signal, () => startRegistration({ optionsJSON }), optionsJSON);
      const response = readVerifyReply(await backend.verify('register', credential, { signal }));
      return { response, credential };
    } catch (error) {
      throw toPasskeyError(error, 'register', signal);
    }
  });
}
