import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { ContractOptions, ContractStep, PasskeyBackend } from '../core/contract.js';
import type { Ceremony, PasskeyErrorCode } from '../core/errors.js';
import type { HintOptions, PasskeyHint } from '../core/hints.js';
import type { CeremonyResult } from '../core/register.js';
import { clientCapabilities, supportsWebAuthn } from '../core/support.js';
import type { Messages } from '../i18n/en.js';
import { LOCALE_EVENT } from '../i18n/locales.js';
import { CeremonyController } from './ceremony-controller.js';
import { passkeyIcon } from './passkey-icon.js';
import { stringsFor, type MessageOverrides } from './strings.js';
import { styles } from './styles.js';
import { adoptUsernameInput } from './username-input.js';

// What each ceremony is handed. The first 9 are also string attributes (see properties).
const contractKeys = [
  'baseUrl',
  'optionsUrl',
  'verifyUrl',
  'registerOptionsUrl',
  'registerVerifyUrl',
  'loginOptionsUrl',
  'loginVerifyUrl',
  'optionsMethod',
  'hints',
  'credentials',
  'timeout',
  'headers',
  'fetch',
  'transformRequest',
  'transformResponse',
  'backend',
] satisfies (keyof (ContractOptions & HintOptions))[];

/** Errors a retry cannot fix: the page's other way in (the `unsupported` slot) is offered. */
const fallbackCodes = /^(unsupported|security|frame-not-allowed)$/;

/** What both elements share: the backend settings, the username input, the message region. */
export abstract class PasskeyElement extends LitElement implements ContractOptions, HintOptions {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    // The URLs, the method and the button label: attribute = the kebab-case name (`@attr` below).
    ...Object.fromEntries(
      [...contractKeys.slice(0, 9), 'buttonLabel'].map((key) => [key, { attribute: key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()) }]),
    ),
    credentials: {},
    timeout: { type: Number },
    messages: { attribute: false },
    _defer: { attribute: 'defer-hydration' },
  };

  /** Prefix of the default endpoints (`{base-url}/register/options` …). Default `/passkeys`.
   * @attr base-url */
  declare baseUrl?: string;
  /** Replaces this element's options endpoint (shorthand for its own ceremony's).
   * @attr options-url */
  declare optionsUrl?: string;
  /** Replaces this element's verify endpoint (shorthand for its own ceremony's).
   * @attr verify-url */
  declare verifyUrl?: string;
  /** Replaces `{base-url}/register/options`.
   * @attr register-options-url */
  declare registerOptionsUrl?: string;
  /** Replaces `{base-url}/register/verify`.
   * @attr register-verify-url */
  declare registerVerifyUrl?: string;
  /** Replaces `{base-url}/login/options` (also for `<passkey-register>`'s "Sign in instead").
   * @attr login-options-url */
  declare loginOptionsUrl?: string;
  /** Replaces `{base-url}/login/verify` (also for `<passkey-register>`'s "Sign in instead").
   * @attr login-verify-url */
  declare loginVerifyUrl?: string;
  /** `POST` (default) or `GET` for servers that hand out options on a GET without a body; both ceremonies.
   * @attr options-method */
  declare optionsMethod?: string;
  /** Which authenticators the browser offers first: `security-key`, `client-device`, `hybrid`
   * (space- or comma-separated; a list as a property). Used where the server's options set no
   * `hints`.
   * @attr hints */
  declare hints?: string | PasskeyHint[];
  /** `fetch` credentials mode: `same-origin` (default) or `include` for an API on another origin. */
  declare credentials?: RequestCredentials;
  /** Milliseconds before a request is given up. Default 30,000. */
  declare timeout?: number;
  /** The main button's text, instead of the locale's.
   * @attr button-label */
  declare buttonLabel?: string;
  /** Strings to use instead of the locale's, e.g. `{errors: {cancelled: '…'}}`. */
  declare messages?: MessageOverrides;
  /** Extra request headers (a CSRF token…), or a function returning them for each request. */
  declare headers?: HeadersInit | ((step: ContractStep) => HeadersInit | Promise<HeadersInit>);
  /** A fetch to use instead of the global one. */
  declare fetch?: typeof fetch;
  /** Reshapes a request body before it is sent. */
  declare transformRequest?: (body: unknown, step: ContractStep) => unknown;
  /** Reshapes (unwraps) a reply before it is read. */
  declare transformResponse?: (reply: unknown, step: ContractStep) => unknown;
  /** Replaces the HTTP contract with your own implementation of `PasskeyBackend`. */
  declare backend?: PasskeyBackend;

  protected abstract readonly ceremony: CeremonyController;
  protected abstract readonly autocomplete: string;
  /** The locale key of the main button's text. */
  protected abstract readonly buttonKey: 'registerButton' | 'registerWithPhoneOrKey' | 'loginButton';
  protected abstract submit(): void;
  /** Whether the element shows a username field now. */
  protected abstract get asksUsername(): boolean;

  /** Checked when connected, not at import: a page may polyfill or remove WebAuthn first. */
  protected supported = false;
  /** `getClientCapabilities()`, once it has answered (asked once per page). */
  protected capabilities: Record<string, boolean> = {};
  protected input?: HTMLInputElement;
  /** The label we created (a page's own label is left alone). */
  #label?: HTMLLabelElement;
  /** The strings of the current update (set in willUpdate). */
  #strings?: Messages;
  #relocalize = () => this.requestUpdate();

  /** Registers the class under `tag` (once; another tag gets a subclass). */
  protected static defineAs(tag: string, ceremony: Ceremony): void {
    if (customElements.get(tag)) return;
    const element = this as unknown as typeof HTMLElement;
    // One class can back one tag only: other tags get a subclass.
    customElements.define(tag, tag === `passkey-${ceremony}` ? element : class extends element {});
  }

  override connectedCallback(): void {
    // Server-rendered markup may carry `defer-hydration` (the SSR convention @lit/react follows):
    // the element then touches nothing, neither its children nor the network, until the
    // framework has hydrated, attached its event listeners, and removed the attribute.
    if (this.hasAttribute('defer-hydration')) return;
    this.starting();
    super.connectedCallback();
    this.supported = supportsWebAuthn();
    clientCapabilities().then((capabilities) => {
      this.capabilities = capabilities;
      this.requestUpdate();
    });
    document.addEventListener(LOCALE_EVENT, this.#relocalize);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'defer-hydration' && value === null && this.isConnected) this.connectedCallback();
  }

  /** Work to start on connection, before the first render is queued. */
  protected starting(): void {}

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(LOCALE_EVENT, this.#relocalize);
  }

  /** A snapshot of the contract settings and hints, for one ceremony. */
  protected get contract(): ContractOptions & HintOptions {
    return Object.fromEntries(contractKeys.map((key) => [key, this[key]]));
  }

  /** The strings for this element's language, with the page's overrides. */
  protected get strings(): Messages {
    return stringsFor(this, this.messages);
  }

  /** Runs a ceremony the user asked for; after an error, focus goes to the message. */
  protected async runCeremony(kind: Ceremony, ceremony: (signal: AbortSignal) => Promise<CeremonyResult<unknown>>) {
    await this.ceremony.run(kind, ceremony);
    if (this.ceremony.status !== 'error') return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="message"]')?.focus();
  }

  /** The light-DOM input, created on first need so that an element with a `username` has none. */
  protected usernameInput(): HTMLInputElement {
    if (!this.input) {
      [this.input, this.#label] = adoptUsernameInput(this, {
        autocomplete: this.autocomplete,
        label: this.strings.usernameLabel,
        onEnter: () => this.submit(),
      });
    }
    return this.input;
  }

  protected override willUpdate(): void {
    // Once per update: render uses these, not a new lookup of the language for each string.
    const strings = (this.#strings = this.strings);
    // Before render, so the slots below have their input.
    if (this.supported && this.asksUsername) this.usernameInput();
    // Only on a change of language: each write would replace the label's text node.
    if (this.#label && this.#label.textContent !== strings.usernameLabel) this.#label.textContent = strings.usernameLabel;
  }

  /** An extra action offered after an error (a sign-up element offers sign-in). */
  protected recoveryTemplate(_code: PasskeyErrorCode, _strings: Messages): unknown {
    return nothing;
  }

  protected override render(): unknown {
    const strings = this.#strings!;
    if (!this.supported) return html`<slot name="unsupported"><p part="message">${strings.errors.unsupported}</p></slot>`;
    const { status, error, kind } = this.ceremony;
    const busy = status === 'busy';
    const done = kind === 'login' ? strings.signedIn : strings.registered;
    const text = busy ? strings.waiting : status === 'success' ? done : error ? (error.serverText ?? strings.errors[error.code]) : '';
    // aria-disabled, not disabled: the button keeps focus through the OS dialog.
    return html`<div part="form">
      ${this.asksUsername ? html`<slot name="label"></slot><slot name="username"></slot>` : nothing}
      <button part="button" type="button" aria-disabled=${busy} @click=${() => this.submit()}>
        ${passkeyIcon}${this.buttonLabel || strings[this.buttonKey]}
      </button>
      <p part="message${error ? ' error' : ''}" role="status" tabindex="-1" dir="auto">${text}</p>
      ${error && fallbackCodes.test(error.code) ? html`<slot name="unsupported"></slot>` : nothing}
      ${error ? this.recoveryTemplate(error.code, strings) : nothing}
    </div>`;
  }
}
