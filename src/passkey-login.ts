// Registers <passkey-login> (idempotent) and exports its class.
import type { PasskeyErrorEvent, PasskeyNoPasskeyEvent, PasskeySuccessEvent } from './element-types.js';
import { PasskeyLogin } from './elements/passkey-login.js';

PasskeyLogin.define();

export { PasskeyLogin };

declare global {
  interface HTMLElementTagNameMap {
    'passkey-login': PasskeyLogin;
  }
  interface GlobalEventHandlersEventMap {
    'passkey-login-success': PasskeySuccessEvent;
    'passkey-login-error': PasskeyErrorEvent;
    'passkey-login-no-passkey': PasskeyNoPasskeyEvent;
  }
}
