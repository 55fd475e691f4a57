// Svelte 5: registers both elements and types them in markup (props, and
// `onpasskey-login-success` style event attributes).
import type { HTMLAttributes as SvelteAttributes } from 'svelte/elements';
import './define.js';
import type {
  LowercaseEventProps,
  PasskeyLoginEventMap,
  PasskeyLoginProps,
  PasskeyRegisterEventMap,
  PasskeyRegisterProps,
} from './element-types.js';
import type { PasskeyLogin } from './elements/passkey-login.js';
import type { PasskeyRegister } from './elements/passkey-register.js';

export { PasskeyLogin } from './elements/passkey-login.js';
export { PasskeyRegister } from './elements/passkey-register.js';
export type { PasskeyErrorEvent, PasskeySuccessEvent } from './element-types.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'passkey-login': SvelteAttributes<PasskeyLogin> &
      PasskeyLoginProps &
      LowercaseEventProps<PasskeyLoginEventMap>;
    'passkey-register': SvelteAttributes<PasskeyRegister> &
      PasskeyRegisterProps &
      LowercaseEventProps<PasskeyRegisterEventMap>;
  }
}
