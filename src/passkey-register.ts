// Registers <passkey-register> (idempotent) and exports its class.
import type { PasskeyError } from './core/errors.js';
import type { CeremonyResult } from './core/register.js';
import { PasskeyRegister } from './elements/passkey-register.js';

PasskeyRegister.define();

export { PasskeyRegister };

declare global {
  interface HTMLElementTagNameMap {
    'passkey-register': PasskeyRegister;
  }
  interface GlobalEventHandlersEventMap {
    'passkey-register-success': CustomEvent<CeremonyResult<unknown>>;
    'passkey-register-error': CustomEvent<{ error: PasskeyError }>;
  }
}
