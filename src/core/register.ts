import { startRegistration, type RegistrationResponseJSON } from '@simplewebauthn/browser';
import { abortable } from './abortable.js';
import { endpointsFor, type ContractOptions } from './contract.js';
import { pageCoordinator } from './coordinator.js';
import { PasskeyError, toPasskeyError } from './errors.js';
import { postJson } from './post-json.js';
import { readCreationOptions, readVerifyReply } from './replies.js';

export interface CeremonyResult<Credential> {
  /** The verify endpoint's reply, parsed. */
  response: unknown;
  /** What the authenticator returned, as sent to the server. */
  credential: Credential;
}

export interface RegisterOptions extends ContractOptions {
  username: string;
  /** Defaults to the username. */
  displayName?: string;
  signal?: AbortSignal;
}

/** Creates a passkey: options → navigator.credentials.create → verify. */
export async function register(
  options: RegisterOptions,
): Promise<CeremonyResult<RegistrationResponseJSON>> {
  const { username, displayName, signal } = options;
  if (!username.trim()) throw new PasskeyError('username-required');
  const urls = endpointsFor('register', options);
  return pageCoordinator().modal(async () => {
    try {
      const reply = await postJson(urls.options, { username, displayName: displayName || username }, options);
      const optionsJSON = readCreationOptions(reply);
      const credential = await abortable(signal, () => startRegistration({ optionsJSON }));
      const response = readVerifyReply(await postJson(urls.verify, credential, options));
      return { response, credential };
    } catch (error) {
      throw toPasskeyError(error, 'register');
    }
  });
}
