/** Every string the elements show, in English. Error codes double as keys. */
export const en: Messages = {
  usernameLabel: 'Username',
  registerButton: 'Create a passkey',
  registerWithPhoneOrKey: 'Use your phone or a security key',
  loginButton: 'Sign in with a passkey',
  signInInstead: 'Sign in instead',
  waiting: 'Waiting for your passkey…',
  registered: 'Your passkey is ready.',
  signedIn: 'Signed in.',
  errors: {
    cancelled: 'The passkey request was cancelled or timed out. You can try again.',
    aborted: 'Stopped.', // never shown: an abort is ours
    'already-registered': 'This device already has a passkey for this account. Sign in with it instead.',
    'username-required': 'Enter a username first.',
    security: 'Passkeys are not set up correctly for this site.',
    'frame-not-allowed': 'Passkeys are not allowed in this embedded page. Open the site in its own tab.',
    unsupported: 'This browser or device cannot use passkeys.',
    'server-error': 'The server had a problem. Please try again.',
    'network-error': 'Could not reach the server. Check your connection and try again.',
    timeout: 'The server took too long to answer. Please try again.',
    'invalid-response': 'The server sent a reply this page could not use. Please try again.',
    'verification-failed': 'The server could not verify your passkey. Please try again.',
    'too-many-credentials': 'This account has too many passkeys for this browser. Sign in without a username, or remove some.',
    'unknown-credential': 'This passkey is no longer registered on this site. Remove it from your password manager and sign in another way.',
    unknown: 'Something went wrong with the passkey. Please try again.',
  },
};

export type PasskeyErrorCode =
  | 'cancelled'
  | 'aborted'
  | 'already-registered'
  | 'username-required'
  | 'security'
  | 'frame-not-allowed'
  | 'unsupported'
  | 'server-error'
  | 'network-error'
  | 'timeout'
  | 'invalid-response'
  | 'verification-failed'
  | 'too-many-credentials'
  | 'unknown-credential'
  | 'unknown';

/** The strings of one language. */
export interface Messages {
  usernameLabel: string;
  registerButton: string;
  /** The register button where the device has no built-in authenticator but can use a phone (hybrid). */
  registerWithPhoneOrKey: string;
  loginButton: string;
  /** The action offered when this device already has a passkey for the account. */
  signInInstead: string;
  /** While the browser's passkey dialog is open. */
  waiting: string;
  registered: string;
  signedIn: string;
  /** One sentence per error code. */
  errors: Record<PasskeyErrorCode, string>;
}
