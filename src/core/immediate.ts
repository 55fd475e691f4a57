import { WebAuthnAbortService, type AuthenticationResponseJSON } from '@simplewebauthn/browser';
import { abortable } from './abortable.js';
import { endpointsFor } from './contract.js';
import { pageCoordinator } from './coordinator.js';
import { PasskeyError, toPasskeyError } from './errors.js';
import { withHints } from './hints.js';
import { backendFor } from './http-backend.js';
import type { LoginOptions, LoginResult } from './login.js';
import { readRequestOptions, readVerifyReply } from './replies.js';
import { signalLogin } from './signals.js';
import { clientCapabilities } from './support.js';

/** What immediate mode needs beside the capability: JSON in and out (Chrome 129+, as immediate mode). */
type JsonWebAuthn = typeof PublicKeyCredential & {
  parseRequestOptionsFromJSON?(json: unknown): PublicKeyCredentialRequestOptions;
};

/** The browser answered "no passkey here" (inside the coordinator, which re-arms autofill after a throw). */
const NONE = Symbol();

/**
 * Signs in with a passkey this device has at hand, with WebAuthn's immediate UI mode
 * (`uiMode: 'immediate'`, where `getClientCapabilities().immediateGet`): the browser shows its
 * sheet only when it has one for this site, and otherwise answers at once, with no UI. Resolves
 * `null` then (or when the user closed the sheet: the browser does not tell the two apart), so
 * the page can show its password form straight away. Usernameless: immediate mode takes no
 * `allowCredentials`. Call it from a click (browsers want the user activation). Throws
 * `PasskeyError` `unsupported` where the browser has no immediate mode: run `login()` instead.
 */
export async function loginImmediately(options: LoginOptions = {}): Promise<LoginResult | null> {
  const { signal } = options;
  const json = globalThis.PublicKeyCredential as JsonWebAuthn | undefined;
  if (!(await clientCapabilities()).immediateGet || !json?.parseRequestOptionsFromJSON) throw new PasskeyError('unsupported');
  const backend = backendFor(options);
  const key = options.backend ?? endpointsFor('login', options).options;
  try {
    return await pageCoordinator().modal(async (held) => {
      let sent: AuthenticationResponseJSON | undefined;
      let rpId: string | undefined;
      try {
        // Autofill's unused options, as the modal sign-in takes them: no request between the
        // click and get().
        const optionsJSON = withHints(
          held?.key === key && held.stale > Date.now() ? held.json : readRequestOptions(await backend.options('login', {}, { signal })),
          options.hints,
        );
        rpId = optionsJSON.rpId;
        const publicKey = json.parseRequestOptionsFromJSON!({ ...optionsJSON, allowCredentials: [] });
        const request = { publicKey, uiMode: 'immediate', signal: WebAuthnAbortService.createNewAbortSignal() };
        const credential = await abortable(
          signal,
          () =>
            navigator.credentials.get(request as CredentialRequestOptions).catch((error: DOMException) => {
              throw error?.name == 'NotAllowedError' ? NONE : error;
            }),
          optionsJSON,
        );
        sent = (credential as PublicKeyCredential).toJSON() as AuthenticationResponseJSON;
        const response = readVerifyReply(await backend.verify('login', sent, { signal }));
        // The Signal API, as after login() (see there).
        signalLogin(optionsJSON.rpId, response);
        return { response, credential: sent };
      } catch (error) {
        if (error === NONE) throw error;
        const failure = toPasskeyError(error, 'login', signal);
        // A passkey the server deleted, as in login(): our words, and the password manager is told.
        const reply = failure.cause as { error?: unknown; code?: unknown } | null;
        if (sent && failure.status == 404 && (reply?.error ?? reply?.code) == 'unknown-credential') {
          signalLogin(rpId, reply, sent.id);
          throw new PasskeyError('unknown-credential', { status: 404, cause: reply });
        }
        throw failure;
      }
    });
  } catch (error) {
    if (error === NONE) return null;
    throw error;
  }
}
