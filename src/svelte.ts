// Svelte 5: registers both elements and types them in markup (props, and
// `onpasskey-login-success` style event attributes).
import type { HTMLAttributes as SvelteAttributes } from 'svelte/elements';
import './define.js';
import type {
  LowercaseEventProps,
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

/**
 * For server-rendered pages (SvelteKit): `<passkey-login defer-hydration use:startAfterHydration>`
 * (or `{@attach startAfterHydration}`). The element upgrades as soon as this module loads, before
 * Svelte hydrates; `defer-hydration` keeps it idle then (no DOM change to trip hydration, no
 * autofill sign-in before the `on…` listeners exist). Svelte runs actions once the element is
 * hydrated or created and its listeners attached: the element starts then. An action, not one
 * `onMount`, so that elements created later (`{#if}` after a sign-out) start too.
 */
export function startAfterHydration(element: HTMLElement): void {
  element.removeAttribute('defer-hydration');
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'passkey-login': SvelteAttributes<PasskeyLogin> &
      PasskeyLoginProps &
      LowercaseEventProps<PasskeyLoginEventMap>;
    'passkey-register': SvelteAttributes<PasskeyRegister> &
      PasskeyRegisterProps &
      LowercaseEventProps<PasskeyRegisterEventMap>;
    /** Typed here; registered by `import 'passkey-elements/passkey-list'` (its own file). */
    'passkey-list': SvelteAttributes<PasskeyList> & PasskeyListProps & LowercaseEventProps<PasskeyListEventMap>;
  }
}
