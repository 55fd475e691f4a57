// Registers both elements. Safe to load twice (CDN file and npm package on one page).
import { PasskeyLogin } from './elements/passkey-login.js';
import { PasskeyRegister } from './elements/passkey-register.js';
import type { PasskeyError } from './core/errors.js';
import type { CeremonyResult } from './core/register.js';

PasskeyRegister.define();
PasskeyLogin.define();

declare global {
  interface HTMLElementTagNameMap {
    'passkey-register': PasskeyRegister;
    'passkey-login': PasskeyLogin;
  }
  interface GlobalEventHandlersEventMap {
    'passkey-register-success': CustomEvent<CeremonyResult<unknown>>;
    'passkey-register-error': CustomEvent<{ error: PasskeyError }>;
    'passkey-login-success': CustomEvent<CeremonyResult<unknown>>;
    'passkey-login-error': CustomEvent<{ error: PasskeyError }>;
  }
}
