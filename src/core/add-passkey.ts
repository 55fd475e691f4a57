import type { RegistrationResponseJSON } from '@simplewebauthn/browser';
import type { ContractOptions } from './contract.js';
import { createPasskey, type CeremonyResult } from './register.js';

export interface AddPasskeyOptions extends ContractOptions {
  signal?: AbortSignal;
}

/**
 * Adds a passkey to the signed-in user (a backup on another device, a security key): the
 * registration ceremony with an empty options request, `{}`, which the server answers for the
 * session's user, listing their passkeys in `excludeCredentials`. An authenticator that already
 * holds one of them fails with code `already-registered`.
 */
export function addPasskey(options: AddPasskeyOptions = {}): Promise<CeremonyResult<RegistrationResponseJSON>> {
  return createPasskey(options, {});
}
