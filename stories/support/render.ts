// The two elements as stories render them: attributes from args, the mock backend from the
// loader, event handlers from spy args (the Actions panel shows them; play functions assert them).
import type { Args, StoryContext } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PasskeyLoaded } from '../../.storybook/preview.js';

const attr = (value: unknown) => ifDefined(value === '' || value == null ? undefined : String(value));

/** The page's other way in, shown where passkeys cannot work. */
export const fallback = html`<a slot="unsupported" href="#password">Sign in with a password instead</a>`;

export function renderRegister(args: Args, { loaded }: StoryContext) {
  return html`<passkey-register
    username=${attr(args.username)}
    display-name=${attr(args['display-name'])}
    button-label=${attr(args['button-label'])}
    hints=${attr(args.hints)}
    ?upgrade=${args.upgrade}
    .backend=${(loaded as PasskeyLoaded).backend}
    .messages=${args.messages}
    @passkey-register-success=${args.onPasskeyRegisterSuccess}
    @passkey-register-error=${args.onPasskeyRegisterError}
    @passkey-register-upgrade=${args.onPasskeyRegisterUpgrade}
    @passkey-login-success=${args.onPasskeyLoginSuccess}
    @passkey-login-error=${args.onPasskeyLoginError}
    >${fallback}</passkey-register
  >`;
}

export function renderLogin(args: Args, { loaded }: StoryContext) {
  return html`<passkey-login
    button-label=${attr(args['button-label'])}
    hints=${attr(args.hints)}
    ?immediate=${args.immediate}
    .backend=${(loaded as PasskeyLoaded).backend}
    .messages=${args.messages}
    @passkey-login-success=${args.onPasskeyLoginSuccess}
    @passkey-login-error=${args.onPasskeyLoginError}
    @passkey-login-no-passkey=${args.onPasskeyLoginNoPasskey}
    >${fallback}</passkey-login
  >`;
}
