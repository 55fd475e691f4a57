// Registers <passkey-register> (idempotent) and exports its class.
import type { PasskeyErrorEvent, PasskeySuccessEvent } from './element-types.js';
import { PasskeyRegister } from './elements/passkey-register.js';

PasskeyRegister.define();

export { PasskeyRegister };

declare global {
  interface HTMLElementTagNameMap {
    'passkey-register': PasskeyRegister;
  }
  interface GlobalEventHandlersEventMap {
    'passkey-register-success': PasskeySuccessEvent;
    'passkey-register-error': PasskeyErrorEvent;
  }
}
