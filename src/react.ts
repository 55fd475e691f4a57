// React: `<PasskeyLogin onPasskeyLoginSuccess={...} />` components for React 18 and 19 (made with
// @lit/react), and JSX types for the plain tags, which React 19 handles natively.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './define.js';
import type {
  LowercaseEventProps,
  PasskeyErrorEvent,
  PasskeyLoginEventMap,
  PasskeyLoginProps,
  PasskeyRegisterEventMap,
  PasskeyRegisterProps,
  PasskeySuccessEvent,
} from './element-types.js';
import { PasskeyLogin as PasskeyLoginElement } from './elements/passkey-login.js';
import { PasskeyRegister as PasskeyRegisterElement } from './elements/passkey-register.js';

const loginEvents = {
  onPasskeyLoginSuccess: 'passkey-login-success' as EventName<PasskeySuccessEvent>,
  onPasskeyLoginError: 'passkey-login-error' as EventName<PasskeyErrorEvent>,
};

/** `<passkey-login>` as a React component; events as `onPasskeyLoginSuccess`, `onPasskeyLoginError`. */
export const PasskeyLogin = createComponent({
  react: React,
  tagName: 'passkey-login',
  elementClass: PasskeyLoginElement,
  events: loginEvents,
  displayName: 'PasskeyLogin',
});

/**
 * `<passkey-register>` as a React component; events as `onPasskeyRegisterSuccess`,
 * `onPasskeyRegisterError`, and the login ones after its "Sign in instead".
 */
export const PasskeyRegister = createComponent({
  react: React,
  tagName: 'passkey-register',
  elementClass: PasskeyRegisterElement,
  events: {
    ...loginEvents,
    onPasskeyRegisterSuccess: 'passkey-register-success' as EventName<PasskeySuccessEvent>,
    onPasskeyRegisterError: 'passkey-register-error' as EventName<PasskeyErrorEvent>,
  },
  displayName: 'PasskeyRegister',
});

export type { PasskeyErrorEvent, PasskeySuccessEvent } from './element-types.js';

/** A plain tag's JSX props in React 19: properties, kebab-case attributes, `on<event-name>` events. */
type ElementProps<Element extends HTMLElement, Props, Events> = React.DetailedHTMLProps<
  React.HTMLAttributes<Element>,
  Element
> &
  Props &
  LowercaseEventProps<Events> & { class?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'passkey-login': ElementProps<PasskeyLoginElement, PasskeyLoginProps, PasskeyLoginEventMap>;
      'passkey-register': ElementProps<
        PasskeyRegisterElement,
        PasskeyRegisterProps,
              PasskeyRegisterEventMap
      >;
    }
  }
}
