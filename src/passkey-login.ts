// Registers <passkey-login> (idempotent) and exports its class.
import type { PasskeyError } from './core/errors.js';
import type { CeremonyResult } from './core/register.js';
import { PasskeyLogin } from './elements/passkey-login.js';

PasskeyLogin.define();

export { PasskeyLogin };

declare global {
  interface HTMLElementTagNameMap {
    'passkey-login': PasskeyLogin;
  }
  interface GlobalEventHandlersEventMap {
    'passkey-login-success': CustomEvent<CeremonyResult<unknown>>;
    'passkey-login-error': CustomEvent<{ error: PasskeyError }>;
  }
}
