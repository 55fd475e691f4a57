import { html, type PropertyDeclarations } from 'lit';
import { register } from '../core/register.js';
import { en } from '../i18n/en.js';
import { CeremonyController } from './ceremony-controller.js';
import { PasskeyElement } from './passkey-element.js';

/**
 * @summary Passkey sign-up: a username field and a "Create a passkey" button.
 *
 * Runs options → `navigator.credentials.create()` → verify against the backend contract.
 *
 * @fires passkey-register-success - `detail: {response, credential}`; `response` is the verify reply.
 * @fires passkey-register-error - `detail: {error}`; `error.code` and a plain-language `error.message`.
 * @slot label - The username label (created by the element unless the page gives one).
 * @slot username - The username `<input>`, kept in the light DOM for autofill and password managers.
 * @slot unsupported - Shown instead of the controls where the browser has no WebAuthn.
 * @csspart form - The wrapper of the controls.
 * @csspart button - The "Create a passkey" button.
 * @csspart message - The live region with progress, success and error text.
 * @csspart error - The message while it shows an error.
 */
export class PasskeyRegister extends PasskeyElement {
  static override properties: PropertyDeclarations = {
    ...PasskeyElement.properties,
    username: {},
    displayName: { attribute: 'display-name' },
  };

  /** Registers this user without asking; the element then shows no username field. */
  declare username?: string;
  /** Sent as `displayName`; defaults to the username. */
  declare displayName?: string;

  protected readonly ceremony = new CeremonyController(this, 'register');
  protected readonly autocomplete = 'username';

  static define(tag = 'passkey-register'): void {
    this.defineAs(tag, 'register');
  }

  protected get asksUsername(): boolean {
    return !this.username;
  }

  protected submit(): void {
    const username = (this.username ?? this.input?.value ?? '').trim();
    this.ceremony.run((signal) =>
      register({ ...this.contract, username, displayName: this.displayName, signal }),
    );
  }

  protected override render() {
    if (!this.supported) return this.unsupportedTemplate();
    return html`<div part="form">
      ${this.usernameTemplate()} ${this.buttonTemplate(en.registerButton)} ${this.messageTemplate(en.registered)}
    </div>`;
  }
}
