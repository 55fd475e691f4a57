import { html, nothing, type PropertyDeclarations } from 'lit';
import type { PasskeyErrorCode } from '../core/errors.js';
import { login } from '../core/login.js';
import { register } from '../core/register.js';
import type { Messages } from '../i18n/en.js';
import { CeremonyController } from './ceremony-controller.js';
import { passkeyIcon } from './passkey-icon.js';
import { PasskeyElement } from './passkey-element.js';

/**
 * Passkey sign-up: a username field and a "Create a passkey" button.
 *
 * Runs options → `navigator.credentials.create()` → verify against the backend contract. When
 * this device already has a passkey for the account, it offers "Sign in instead", which runs the
 * sign-in ceremony against `{base-url}/login/…` and fires the `passkey-login-*` events.
 *
 * @summary Passkey sign-up: a username field and a "Create a passkey" button.
 * @tagname passkey-register
 * With `upgrade` (and a `username`, the user who just signed in with a password) it shows nothing
 * and asks the browser to create a passkey without any dialog where it can
 * (`getClientCapabilities().conditionalCreate`): once per page load for each username, after
 * `defer-hydration` is gone; removing the element cancels it. It never shows an error or fires
 * `passkey-register-error`: `passkey-register-upgrade` says how it ended.
 *
 * Where the device has no built-in authenticator but can use a phone (hybrid transport), the
 * button says "Use your phone or a security key".
 *
 * @fires passkey-register-success - `detail: {response, credential}`; `response` is the verify
 *   reply. After an automatic upgrade also `automatic: true`.
 * @fires passkey-register-error - `detail: {error}`; `error.code` and a plain-language `error.message`.
 *   Never for an automatic upgrade.
 * @fires passkey-register-upgrade - With `upgrade`: `detail: {outcome, username, error?}`, `outcome`
 *   `created` (a passkey was made and verified; `passkey-register-success` fired too), `declined`
 *   (the browser made none; `error` says what it answered), `unsupported` (the browser cannot
 *   create one without asking) or `failed` (the server failed; `error`). Not fired when the element
 *   was removed first.
 * @fires passkey-login-success - After "Sign in instead".
 * @fires passkey-login-error - After "Sign in instead".
 * @slot label - The username label (created by the element unless the page gives one).
 * @slot username - The username `<input>`, kept in the light DOM for autofill and password managers.
 * @slot unsupported - Shown instead of the controls where the browser has no WebAuthn, and after
 *   errors a retry cannot fix.
 * @csspart form - The wrapper of the controls.
 * @csspart button - The buttons.
 * @csspart secondary - The "Sign in instead" button.
 * @csspart icon - The passkey symbol in the buttons; `::part(icon) { display: none }` hides it.
 * @csspart message - The live region with progress, success and error text.
 * @csspart error - The message while it shows an error.
 * @cssprop --passkey-accent - Button colour.
 * @cssprop --passkey-on-accent - Button text colour.
 * @cssprop --passkey-radius - Corner radius of the field and buttons.
 * @cssprop --passkey-spacing - Gap between the controls.
 * @cssprop --passkey-font - Font (inherits by default).
 * @cssprop --passkey-error-color - Error text colour.
 * @cssprop --passkey-border-color - Field border colour.
 */
export class PasskeyRegister extends PasskeyElement {
  static override properties: PropertyDeclarations = {
    ...PasskeyElement.properties,
    username: {},
    displayName: { attribute: 'display-name' },
    upgrade: { type: Boolean },
  };

  /** Registers this user without asking; the element then shows no username field. */
  declare username?: string;
  /** Sent as `displayName`; defaults to the username. */
  declare displayName?: string;
  /** Create a passkey for `username` without asking, where the browser can; the element shows nothing. */
  declare upgrade?: boolean;

  protected readonly ceremony = new CeremonyController(this, 'register');
  protected readonly autocomplete = 'username';

  protected get buttonKey() {
    const { hybridTransport, passkeyPlatformAuthenticator } = this.capabilities;
    return hybridTransport && !passkeyPlatformAuthenticator ? 'registerWithPhoneOrKey' : 'registerButton';
  }

  /** Registers the element under `tag` (default `passkey-register`); calling it again is harmless. */
  static define(tag = 'passkey-register'): void {
    this.defineAs(tag, 'register');
  }

  protected get asksUsername(): boolean {
    return !this.username && !this.upgrade;
  }

  protected override render(): unknown {
    return this.upgrade ? nothing : super.render();
  }

  protected override updated(): void {
    // Loaded only by pages that upgrade; it runs once per username.
    if (this.upgrade && this.username) import('./register-upgrade.js').then((lazy) => lazy.upgradeOnce(this, this.contract));
  }

  #username() {
    return (this.username ?? this.input?.value ?? '').trim();
  }

  protected submit(): void {
    const username = this.#username();
    this.runCeremony('register', (signal) =>
      register({ ...this.contract, username, displayName: this.displayName, signal }),
    );
  }

  protected override recoveryTemplate(code: PasskeyErrorCode, strings: Messages) {
    if (code !== 'already-registered') return nothing;
    // The sign-in endpoints live beside the sign-up ones, under base-url.
    const signIn = () =>
      this.runCeremony('login', (signal) =>
        login({ ...this.contract, optionsUrl: undefined, verifyUrl: undefined, username: this.#username(), signal }),
      );
    return html`<button part="button secondary" type="button" @click=${signIn}>${passkeyIcon}${strings.signInInstead}</button>`;
  }
}
