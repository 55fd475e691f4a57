// Vue 3: registers both elements and types them in templates (props, and `@passkey-login-success`
// style events). Vue must also be told they are custom elements: see the README.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import './define.js';
import type {
  PasskeyListEventMap,
  PasskeyListProps,
  PasskeyLoginEventMap,
  PasskeyLoginProps,
  PasskeyRegisterEventMap,
  PasskeyRegisterProps,
} from './element-types.js';
import type { PasskeyList } from './elements/passkey-list.js';
import type { PasskeyLogin } from './elements/passkey-login.js';
import type { PasskeyRegister } from './elements/passkey-register.js';

export { PasskeyLogin } from './elements/passkey-login.js';
export { PasskeyRegister } from './elements/passkey-register.js';
export type { PasskeyErrorEvent, PasskeySuccessEvent } from './element-types.js';

/** Vue reads template prop types from `$props` and event types from `$emit`. */
type VueCustomElement<Element extends HTMLElement, Props, Events> = new () => Element & {
  /** @deprecated Template type checking only: not a member of the element. */
  $props: HTMLAttributes & Props & PublicProps;
  /** @deprecated Template type checking only: not a member of the element. */
  $emit: EmitFn<{ [Type in keyof Events]: (event: Events[Type]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'passkey-login': VueCustomElement<PasskeyLogin, PasskeyLoginProps, PasskeyLoginEventMap>;
    'passkey-register': VueCustomElement<PasskeyRegister, PasskeyRegisterProps, PasskeyRegisterEventMap>;
    /** Typed here; registered by `import 'passkey-elements/passkey-list'` (its own file). */
    'passkey-list': VueCustomElement<PasskeyList, PasskeyListProps, PasskeyListEventMap>;
  }
}
