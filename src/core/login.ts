import {
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/browser';
import { abortable } from './abortable.js';
import type { ContractOptions } from './contract.js';
import { pageCoordinator, type AutofillHandle } from './coordinator.js';
import { PasskeyError, toPasskeyError } from './errors.js';
import { backendFor } from './http-backend.js';
import type { CeremonyResult } from './register.js';
import { readRequestOptions, readVerifyReply } from './replies.js';

export type LoginResult = CeremonyResult<AuthenticationResponseJSON>;

export interface LoginOptions extends ContractOptions {
  /** Narrows the ceremony to this user's passkeys; without it the ceremony is usernameless. */
  username?: string;
  signal?: AbortSignal;
}

/** Signs in with the browser's passkey dialog, standing any pending autofill down meanwhile. */
export function login(options: LoginOptions = {}): Promise<LoginResult> {
  return pageCoordinator().modal(() => authenticate(options, options.signal, false, options.username));
}

export interface AutofillCallbacks {
  onSuccess(result: LoginResult): void;
  /** Failures after the user picked a passkey (verification, server), never a cancel or abort. */
  onError(error: PasskeyError): void;
}

/**
 * Offers passkeys in the browser's autofill (conditional mediation) on inputs with
 * `autocomplete="username webauthn"`, where the browser supports it. `contract` is read when
 * each attempt starts, so an object with getters (an element) is seen as it is then.
 */
export function startAutofill(contract: ContractOptions, callbacks: AutofillCallbacks): AutofillHandle {
  return pageCoordinator().autofill(async (signal) => {
    let picked = false;
    try {
      callbacks.onSuccess(await authenticate(contract, signal, true, '', () => (picked = true)));
    } catch (error) {
      // Before the user picked a passkey nothing they did failed (a dismissal, no passkey, no
      // autofill here, a server down): the button reports problems. After it, everything counts.
      if (picked) callbacks.onError(error as PasskeyError);
    }
  });
}

/** One sign-in; `autofill` makes it a conditional request. */
async function authenticate(
  contract: ContractOptions,
  signal: AbortSignal | undefined,
  autofill: boolean,
  username = '',
  picked?: () => void,
): Promise<LoginResult> {
  const backend = backendFor(contract);
  username = username.trim();
  try {
    const request = backend.options('login', username ? { username } : {}, { signal });
    // The browser's support check goes out once the options request is on its way, and runs
    // beside it: neither waits for the other, and the request is not held up by the check.
    const supported = autofill && browserSupportsWebAuthnAutofill().catch(() => false);
    const reply = await request;
    if (supported && !(await supported)) throw new PasskeyError('unsupported');
    const optionsJSON = readRequestOptions(reply);
    const credential = await abortable(signal, () =>
      // Our input is in the light DOM, but a page may give its own elsewhere: don't insist.
      startAuthentication({ optionsJSON, useBrowserAutofill: autofill, verifyBrowserAutofillInput: false }),
      // Autofill legitimately waits for as long as the page is open: no watchdog.
      !autofill && optionsJSON,
    );
    picked?.();
    const response = readVerifyReply(await backend.verify('login', credential, { signal }));
    return { response, credential };
  } catch (error) {
    throw toPasskeyError(error, 'login', signal);
  }
}
