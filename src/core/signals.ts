/**
 * The WebAuthn Signal API: tells the user's password manager what the server knows, so it stops
 * offering a passkey the server deleted and shows the account's current names. Every call is
 * feature-detected and fire-and-forget: where the browser lacks the method, or refuses the
 * arguments, nothing happens, and no ceremony waits for it or fails because of it.
 */

/** `rpId` defaults to the page's host name (the rpID WebAuthn uses when options give none). */
export interface SignalTarget {
  rpId?: string;
}

export interface UnknownCredentialSignal extends SignalTarget {
  /** The credential id, base64url. */
  credentialId: string;
}

export interface AllAcceptedCredentialsSignal extends SignalTarget {
  /** The WebAuthn user handle, base64url. */
  userId: string;
  /** Every credential id the server still accepts for this user, base64url. */
  allAcceptedCredentialIds: string[];
}

export interface CurrentUserDetailsSignal extends SignalTarget {
  /** The WebAuthn user handle, base64url. */
  userId: string;
  /** The account's username. */
  name: string;
  displayName: string;
}

/**
 * Calls `PublicKeyCredential[method](details)` where the browser has it; swallows everything.
 * One untyped function for all three: the sign-in path (in the drop-in file) pays for no wrapper.
 */
export function sendSignal(method: string, details: SignalTarget & Record<string, unknown>): void {
  details.rpId ||= location.hostname;
  try {
    // Absent: calling undefined throws a TypeError, caught here. Bad arguments: a rejection.
    (PublicKeyCredential as unknown as Record<string, (details: object) => Promise<void>>)[method](details).catch(() => {});
  } catch {}
}

/** The server no longer knows this credential: the password manager may hide or delete it. */
export const signalUnknownCredential = (details: UnknownCredentialSignal): void =>
  sendSignal('signalUnknownCredential', { ...details });

/** These are all the user's passkeys the server accepts: the password manager may hide the rest. */
export const signalAllAcceptedCredentials = (details: AllAcceptedCredentialsSignal): void =>
  sendSignal('signalAllAcceptedCredentials', { ...details });

/** The account's current username and display name, for the password manager to show. */
export const signalCurrentUserDetails = (details: CurrentUserDetailsSignal): void =>
  sendSignal('signalCurrentUserDetails', { ...details });

/** What the contract's verify reply carries for the Signal API. */
interface SignedInReply {
  user?: { id: string; username: string; displayName: string };
  credentialIds?: unknown;
}

/**
 * What a sign-in tells the password manager. After success, the contract's verify reply names
 * the user and all their passkeys, and the password manager learns both (a reply without them
 * signals nothing). With `unknownId`, the server said it does not know that credential.
 */
export function signalLogin(rpId: string | undefined, reply: unknown, unknownId?: string): void {
  if (unknownId) return signalUnknownCredential({ rpId, credentialId: unknownId });
  const { user, credentialIds } = (reply ?? {}) as SignedInReply;
  if (!user?.id) return;
  const userId = user.id;
  if (Array.isArray(credentialIds)) signalAllAcceptedCredentials({ rpId, userId, allAcceptedCredentialIds: credentialIds });
  signalCurrentUserDetails({ rpId, userId, name: user.username, displayName: user.displayName });
}
