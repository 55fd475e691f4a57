import { startRegistration, type RegistrationResponseJSON } from '@simplewebauthn/browser';
import { abortable } from './abortable.js';
import type { ContractOptions, OptionsRequest } from './contract.js';
import { pageCoordinator } from './coordinator.js';
import { PasskeyError, toPasskeyError } from './errors.js';
import { withHints, type HintOptions } from './hints.js';
import { backendFor } from './http-backend.js';
import type { CeremonyResult } from './register.js';
import { readCreationOptions, readVerifyReply } from './replies.js';
import { clientCapabilities } from './support.js';

export interface UpgradeOptions extends ContractOptions, HintOptions {
  /** The user who just signed in; sent with the options request when given. */
  username?: string;
  /** Defaults to the username. */
  displayName?: string;
  signal?: AbortSignal;
}

/**
 * How an automatic upgrade ended:
 * - `created`: the browser made a passkey without asking and the server verified it;
 * - `declined`: the browser made none (no saved password for this user, the user turned such
 *   passkeys off, one already exists here…); `error` says what the browser answered;
 * - `unsupported`: this browser cannot create a passkey without asking (no conditional create).
 */
export type UpgradeResult =
  | ({ outcome: 'created' } & CeremonyResult<RegistrationResponseJSON>)
  | { outcome: 'declined'; error: PasskeyError }
  | { outcome: 'unsupported' };

/**
 * Asks the browser to create a passkey for the user who just signed in with a password, without
 * any dialog (conditional create, "automatic passkey upgrade"), where
 * `getClientCapabilities().conditionalCreate` says it can. Options come from
 * `{baseUrl}/register/options` with `{mediation: 'conditional'}`. What the browser does is an
 * outcome, not an error; a failure of the server's (options, verify) throws a `PasskeyError`, as
 * does an abort through `signal` (code `aborted`).
 */
export async function upgrade(options: UpgradeOptions = {}): Promise<UpgradeResult> {
  const { signal, displayName } = options;
  signal?.throwIfAborted();
  if (!(await clientCapabilities()).conditionalCreate) return { outcome: 'unsupported' };
  const username = options.username?.trim();
  const request: OptionsRequest = { mediation: 'conditional' };
  if (username) Object.assign(request, { username, displayName: displayName || username });
  const backend = backendFor(options);
  return pageCoordinator().modal(async () => {
    try {
      const optionsJSON = withHints(readCreationOptions(await backend.options('register', request, { signal })), options.hints);
      let credential: RegistrationResponseJSON;
      try {
        // No watchdog: the browser may legitimately keep a conditional request for as long as the
        // page is open.
        credential = await abortable(signal, () => startRegistration({ optionsJSON, useAutoRegister: true }));
      } catch (error) {
        const declined = toPasskeyError(error, 'register', signal);
        if (declined.code == 'aborted') throw declined;
        return { outcome: 'declined', error: declined };
      }
      const response = readVerifyReply(await backend.verify('register', credential, { signal }));
      return { outcome: 'created', response, credential };
    } catch (error) {
      throw toPasskeyError(error, 'register', signal);
    }
  });
}
