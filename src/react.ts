// React: `<PasskeyLogin onPasskeyLoginSuccess={...} />` components for React 18 and 19 (made with
// @lit/react), and JSX types for the plain tags, which React 19 handles natively. The components
// are the ones to use with server rendering (Next.js): see `serverRendered` below.
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import './define.js';
import type {
  LowercaseEventProps,
  PasskeyErrorEvent,
  PasskeyLoginEventMap,
  PasskeyNoPasskeyEvent,
  PasskeyLoginProps,
  PasskeyRegisterEventMap,
  PasskeyRegisterProps,
  PasskeyRegisterSuccessEvent,
  PasskeySuccessEvent,
  PasskeyUpgradeEvent,
} from './element-types.js';
import { PasskeyLogin as PasskeyLoginElement } from './elements/passkey-login.js';
import { PasskeyRegister as PasskeyRegisterElement } from './elements/passkey-register.js';
import { en } from './i18n/en.js';

const loginEvents = {
  onPasskeyLoginSuccess: 'passkey-login-success' as EventName<PasskeySuccessEvent>,
  onPasskeyLoginError: 'passkey-login-error' as EventName<PasskeyErrorEvent>,
  onPasskeyLoginNoPasskey: 'passkey-login-no-passkey' as EventName<PasskeyNoPasskeyEvent>,
};

type SharedProps = { username?: string; upgrade?: boolean; messages?: { usernameLabel?: string }; children?: React.ReactNode };

/**
 * Makes a component's markup the same on the server and in the browser, so hydration finds what
 * it rendered:
 * - the username `<label>` and `<input>` are React's own children, with every attribute the
 *   element would give them: the element adopts them unchanged, and autofill and password
 *   managers see a light-DOM input before any script runs;
 * - `defer-hydration` keeps the element idle (no autofill request, no DOM change) until
 *   @lit/react removes it after hydration, once the event props are listening: a sign-in that
 *   autofill completes at once on a warm reload still reaches `onPasskeyLoginSuccess`.
 */
function serverRendered<Element extends HTMLElement, Events extends Record<string, EventName>>(
  Component: ReactWebComponent<Element, Events>,
  autocomplete: string,
): ReactWebComponent<Element, Events> {
  const Rendered = React.forwardRef<Element, SharedProps>((props, ref) => {
    const id = React.useId();
    // An upgrading element shows nothing, and asks nothing.
    const asks = !props.username && !props.upgrade;
    const label = props.messages?.usernameLabel ?? en.usernameLabel;
    return React.createElement(
      Component as React.ElementType,
      { ...props, ref, 'defer-hydration': '' },
      asks && React.createElement('label', { slot: 'label', htmlFor: id }, label),
      asks &&
        React.createElement('input', {
          slot: 'username',
          id,
          name: 'username',
          autoComplete: autocomplete,
          autoCapitalize: 'none',
          spellCheck: false,
        }),
      props.children,
    );
  });
  Rendered.displayName = Component.displayName;
  return Rendered as unknown as ReactWebComponent<Element, Events>;
}

/** `<passkey-login>` as a React component; events as `onPasskeyLoginSuccess`, `onPasskeyLoginError`. */
export const PasskeyLogin = serverRendered(
  createComponent({
    react: React,
    tagName: 'passkey-login',
    elementClass: PasskeyLoginElement,
    events: loginEvents,
    displayName: 'PasskeyLogin',
  }),
  'username webauthn',
);

/**
 * `<passkey-register>` as a React component; events as `onPasskeyRegisterSuccess`,
 * `onPasskeyRegisterError`, and the login ones after its "Sign in instead".
 */
export const PasskeyRegister = serverRendered(
  createComponent({
    react: React,
    tagName: 'passkey-register',
    elementClass: PasskeyRegisterElement,
    events: {
      ...loginEvents,
      onPasskeyRegisterSuccess: 'passkey-register-success' as EventName<PasskeyRegisterSuccessEvent>,
      onPasskeyRegisterError: 'passkey-register-error' as EventName<PasskeyErrorEvent>,
      onPasskeyRegisterUpgrade: 'passkey-register-upgrade' as EventName<PasskeyUpgradeEvent>,
    },
    displayName: 'PasskeyRegister',
  }),
  'username',
);

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
