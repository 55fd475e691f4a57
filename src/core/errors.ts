import { en, type PasskeyErrorCode } from '../i18n/en.js';

export type { PasskeyErrorCode };

/** Which ceremony an error came from: the same DOMException means different things in each. */
export type Ceremony = 'register' | 'login';

/**
 * The one error type of passkey-elements. `code` is stable and machine-readable; `message` is
 * plain language a user can read; `cause` keeps the original error for logs.
 */
export class PasskeyError extends Error {
  override name = 'PasskeyError';
  readonly code: PasskeyErrorCode;
  /** HTTP status, when the error is a server reply. */
  readonly status?: number;
  /** The server's own words (its reply's `error` or `message`), shown instead of ours. */
  readonly serverText?: string;

  constructor(code: PasskeyErrorCode, options: { cause?: unknown; status?: number; serverText?: string } = {}) {
    super(options.serverText ?? en.errors[code], { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.serverText = options.serverText;
  }
}

/** DOMException names from navigator.credentials, by what they mean to the user. */
const codeByName: Record<string, PasskeyErrorCode> = {
  // Unless our own signal aborted (see toPasskeyError): some Firefox versions and extensions
  // report the user's cancel as AbortError.
  AbortError: 'cancelled',
  // The authenticator cannot meet the options (resident key, user verification).
  ConstraintError: 'unsupported',
  NotAllowedError: 'cancelled',
  SecurityError: 'security',
  NotSupportedError: 'unsupported',
  // The browser rejected the options the server sent (bad types, bytes that are not base64url).
  TypeError: 'invalid-response',
  InvalidCharacterError: 'invalid-response',
  // Chrome's limit of 64 entries in allowCredentials / excludeCredentials.
  RangeError: 'too-many-credentials',
};

/**
 * Turns anything a ceremony throws into a PasskeyError. `aborted` means `signal` (ours) was
 * aborted, whatever the error's name: an AbortError we did not cause is the user's cancel.
 */
export function toPasskeyError(error: unknown, ceremony: Ceremony, signal?: AbortSignal): PasskeyError {
  if (error instanceof PasskeyError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  let code: PasskeyErrorCode = signal?.aborted ? 'aborted' : (codeByName[name as string] ?? 'unknown');
  // A custom backend's failed fetch: TypeError "Failed to fetch" / "NetworkError…" / "Load failed".
  if (name === 'TypeError' && /fetch|network|load failed/i.test((error as Error).message)) code = 'network-error';
  // On create(), InvalidStateError means an excluded credential is on this authenticator.
  if (name === 'InvalidStateError' && ceremony === 'register') code = 'already-registered';
  // In a frame without allow="publickey-credentials-*", the browser says NotAllowedError too.
  const feature = `publickey-credentials-${ceremony === 'register' ? 'create' : 'get'}`;
  type WithPolicy = { featurePolicy?: { allowsFeature(name: string): boolean } };
  if (code === 'cancelled' && (document as WithPolicy).featurePolicy?.allowsFeature(feature) === false) {
    code = 'frame-not-allowed';
    console.warn(`passkey-elements: this frame needs allow="${feature}" on its <iframe>.`);
  }
  if (code === 'security') {
    // A configuration fault: tell the developer exactly, the user only generically.
    console.warn('passkey-elements: WebAuthn refused this origin or rpID.', error);
  }
  return new PasskeyError(code, { cause: error });
}
