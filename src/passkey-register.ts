// Registers <passkey-register> (idempotent) and exports its class.
import type { PasskeyErrorEvent, PasskeyRegisterSuccessEvent, PasskeyUpgradeEvent } from './element-types.js';
import { PasskeyRegister } from './elements/passkey-register.js';

PasskeyRegister.define();

export { PasskeyRegister };

declare global {
  interface HTMLElementTagNameMap {
    'passkey-register': PasskeyRegister;
  }
  interface GlobalEventHandlersEventMap {
    'passkey-register-success': PasskeyRegisterSuccessEvent;
    'passkey-register-error': PasskeyErrorEvent;
    'passkey-register-upgrade': PasskeyUpgradeEvent;
  }
}
