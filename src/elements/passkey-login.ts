import type { PropertyDeclarations } from 'lit';
import type { AutofillHandle } from '../core/coordinator.js';
import { login, startAutofill } from '../core/login.js';
import { supportsWebAuthn } from '../core/support.js';
import { CeremonyController } from './ceremony-controller.js';
import { PasskeyElement } from './passkey-element.js';

/**
 * Passkey sign-in: browser autofill on the username field, and a "Sign in with a passkey"
 * button that always works.
 *
 * Autofill (conditional mediation) is armed as soon as the element connects, where the browser
 * supports it. The button runs the modal ceremony: with a username typed, for that user's
 * passkeys; without one, usernameless.
 *
 * With `immediate`, where the browser has WebAuthn's immediate UI mode
 * (`getClientCapabilities().immediateGet`), the button first asks for a passkey this device has at
 * hand: the browser shows nothing when there is none, and the element fires
 * `passkey-login-no-passkey` (no error) so the page can show its password form; the next click
 * opens the usual dialog. Elsewhere the attribute changes nothing.
 *
 * Where the browser cannot offer passkeys in autofill (`conditionalGet` false), the field's
 * `autocomplete` loses its `webauthn` token.
 *
 * @summary Passkey sign-in: browser autofill on the username field, and a button that always works.
 * @tagname passkey-login
 * @fires passkey-login-success - `detail: {response, credential}`; `response` is the verify reply.
 * @fires passkey-login-error - `detail: {error}`; never for a cancelled or aborted autofill request.
 * @fires passkey-login-no-passkey - With `immediate`: this device had no passkey at hand for the
 *   site (or the user closed the browser's sheet). No detail; show the password form.
 * @slot label - The username label (created by the element unless the page gives one).
 * @slot username - The username `<input autocomplete="username webauthn">`, kept in the light DOM
 *   so browser autofill and password managers see it.
 * @slot unsupported - Shown instead of the controls where the browser has no WebAuthn, and after
 *   errors a retry cannot fix.
 * @csspart form - The wrapper of the controls.
 * @csspart button - The "Sign in with a passkey" button.
 * @csspart icon - The passkey symbol in the button; `::part(icon) { display: none }` hides it.
 * @csspart message - The live region with progress, success and error text.
 * @csspart error - The message while it shows an error.
 * @cssprop --passkey-accent - Button colour.
 * @cssprop --passkey-on-accent - Button text colour.
 * @cssprop --passkey-radius - Corner radius of the field and button.
 * @cssprop --passkey-spacing - Gap between the controls.
 * @cssprop --passkey-font - Font (inherits by default).
 * @cssprop --passkey-error-color - Error text colour.
 * @cssprop --passkey-border-color - Field border colour.
 */
export class PasskeyLogin extends PasskeyElement {
  static override properties: PropertyDeclarations = { ...PasskeyElement.properties, immediate: { type: Boolean } };

  /** First ask for a passkey at hand without any browser UI, where the browser can (see above). */
  declare immediate?: boolean;

  protected readonly ceremony = new CeremonyController(this, 'login');
  protected readonly autocomplete = 'username webauthn';
  protected readonly buttonKey = 'loginButton';
  protected readonly asksUsername = true;
  #autofill?: AutofillHandle;
  /** With `immediate`, once loaded: the button's ceremony. */
  #immediate?: typeof login;

  /** Registers the element under `tag` (default `passkey-login`); calling it again is harmless. */
  static define(tag = 'passkey-login'): void {
    this.defineAs(tag, 'login');
  }

  protected override starting(): void {
    // Loaded only by pages that ask for it, now: the click finds it ready.
    if (this.immediate) import('./login-immediate.js').then((lazy) => (this.#immediate = (options) => lazy.immediateCeremony(this, options!)));
    // Autofill before Lit's connectedCallback, which queues the first render as a microtask:
    // the options request (started from the coordinator's microtask) should not wait behind it.
    if (supportsWebAuthn()) {
      // The element is its own contract: settings are read when each attempt starts.
      this.#autofill = startAutofill(this, {
        // The ceremony's kind is always 'login' here.
        onSuccess: (result) => this.ceremony.succeed(result),
        onError: (error) => this.ceremony.fail(error),
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#autofill?.release();
    this.#autofill = undefined;
  }

  protected override usernameInput(): HTMLInputElement {
    if (this.input) return this.input;
    const input = super.usernameInput();
    // After the user dismissed autofill, offer it again when they come back to the field.
    input.addEventListener('focus', () => this.#autofill?.rearm());
    return input;
  }

  protected override willUpdate(): void {
    super.willUpdate();
    // No passkeys in this browser's autofill: the field does not claim them.
    const { input } = this;
    if (this.capabilities.conditionalGet === false && input) {
      input.autocomplete = input.getAttribute('autocomplete')!.replace(' webauthn', '') as AutoFill;
    }
  }

  protected submit(): void {
    const username = this.input?.value;
    this.runCeremony('login', (signal) => (this.#immediate ?? login)({ ...this.contract, username, signal }));
  }
}
