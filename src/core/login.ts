import {
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/browser';
import { abortable, lifetime } from './abortable.js';
import { endpointsFor, type ContractOptions } from './contract.js';
import { pageCoordinator, type AutofillHandle, type CeremonyCoordinator, type HeldOptions } from './coordinator.js';
import { PasskeyError, toPasskeyError } from './errors.js';
import { backendFor } from './http-backend.js';
import { withHints, type HintOptions } from './hints.js';
import type { CeremonyResult } from './register.js';
import { readRequestOptions, readVerifyReply } from './replies.js';
// The drop-in file loads this module only when it signals (see rollup.config.ts).
import { signalLogin } from './signals.js';

export type LoginResult = CeremonyResult<AuthenticationResponseJSON>;

export interface LoginOptions extends ContractOptions, HintOptions {
  /** Narrows the ceremony to this user's passkeys; without it the ceremony is usernameless. */
  username?: string;
  signal?: AbortSignal;
}

/** Signs in with the browser's passkey dialog, standing any pending autofill down meanwhile. */
export function login(options: LoginOptions = {}): Promise<LoginResult> {
  return pageCoordinator().modal((held) => authenticate(options, options.signal, held));
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
export function startAutofill(contract: ContractOptions & HintOptions, callbacks: AutofillCallbacks): AutofillHandle {
  const coordinator = pageCoordinator();
  return coordinator.autofill(async (signal) => {
    let picked = false;
    try {
      callbacks.onSuccess(await authenticate(contract, signal, coordinator.held, coordinator, () => (picked = true)));
    } catch (error) {
      // Before the user picked a passkey nothing they did failed (a dismissal, no passkey, no
      // autofill here, a server down): the button reports problems. After it, everything counts.
      if (picked) callbacks.onError(error as PasskeyError);
    }
  });
}

/** One sign-in; with `autofill` (the coordinator), a conditional request. */
async function authenticate(
  contract: LoginOptions,
  signal: AbortSignal | undefined,
  held?: HeldOptions,
  autofill?: CeremonyCoordinator,
  picked?: () => void,
): Promise<LoginResult> {
  const backend = backendFor(contract);
  const username = contract.username?.trim();
  const key = contract.backend ?? endpointsFor('login', contract).options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let credential: AuthenticationResponseJSON | undefined;
  try {
    // Unused options autofill holds, from this endpoint and younger than their lifetime (their
    // timeout, see abortable.ts), need no request: a click reaches get() with no network wait (Safari
    // refuses get() once the click's user activation went to a slow fetch), and a re-mounted
    // element spends none. A typed username needs options for that user.
    if (username || held?.key !== key || held.stale < Date.now()) {
      const request = backend.options('login', username ? { username } : {}, { signal });
      // The browser's support check goes out once the options request is on its way, and runs
      // beside it: neither waits for the other, and the request is not held up by the check.
      const supported = autofill && browserSupportsWebAuthnAutofill().catch(() => false);
      const reply = await request;
      if (supported && !(await supported)) throw new PasskeyError('unsupported');
      const json = readRequestOptions(reply);
      held = { key, json, stale: Date.now() + lifetime(json) };
    }
    const optionsJSON = withHints(held.json, contract.hints);
    if (autofill && !signal!.aborted) {
      autofill.held = held;
      // Stale options may be past the server's challenge lifetime (a page left open for an
      // hour): start again with fresh ones.
      timer = setTimeout(() => autofill.refresh(), held.stale - Date.now());
    }
    credential = await abortable(
      signal,
      // Our input is in the light DOM, but a page may give its own elsewhere: don't insist.
      () => startAuthentication({ optionsJSON, useBrowserAutofill: !!autofill, verifyBrowserAutofillInput: false }),
      // Autofill legitimately waits for as long as the page is open: no watchdog.
      !autofill && optionsJSON,
    ).finally(() => clearTimeout(timer));
    // The challenge is used now.
    if (autofill) autofill.held = undefined;
    picked?.();
    const response = readVerifyReply(await backend.verify('login', credential, { signal }));
    signalLogin(optionsJSON.rpId, response);
    return { response, credential };
  } catch (error) {
    const failure = toPasskeyError(error, 'login', signal);
    // A 404 `{error: "unknown-credential"}` (or `code`): the server deleted this passkey. The
    // password manager is told to stop offering it, and the user reads our words, not the server's.
    const reply = failure.cause as { error?: unknown; code?: unknown } | null;
    throw credential && failure.status == 404 && (reply?.error ?? reply?.code) == 'unknown-credential'
      ? (signalLogin(held?.json.rpId, reply, credential.id), new PasskeyError('unknown-credential', { status: 404, cause: reply }))
      : failure;
  }
}
