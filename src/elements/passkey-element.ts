import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ContractOptions, ContractStep, PasskeyBackend } from '../core/contract.js';
import type { Ceremony } from '../core/errors.js';
import { supportsWebAuthn } from '../core/support.js';
import { en } from '../i18n/en.js';
import { CeremonyController } from './ceremony-controller.js';
import { styles } from './styles.js';
import { adoptUsernameInput } from './username-input.js';

const contractKeys = [
  'baseUrl',
  'optionsUrl',
  'verifyUrl',
  'optionsMethod',
  'credentials',
  'timeout',
  'headers',
  'fetch',
  'transformRequest',
  'transformResponse',
  'backend',
] satisfies (keyof ContractOptions)[];

/** What both elements share: the backend attributes, the username input, the message region. */
export abstract class PasskeyElement extends LitElement implements ContractOptions {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    baseUrl: { attribute: 'base-url' },
    optionsUrl: { attribute: 'options-url' },
    verifyUrl: { attribute: 'verify-url' },
    optionsMethod: { attribute: 'options-method' },
    credentials: {},
    timeout: { type: Number },
  };

  /** Prefix of the default endpoints (`{base-url}/register/options` …). Default `/passkeys`. */
  declare baseUrl?: string;
  /** Replaces this element's options endpoint. */
  declare optionsUrl?: string;
  /** Replaces this element's verify endpoint. */
  declare verifyUrl?: string;
  /** `POST` (default) or `GET` for servers that hand out options on a GET without a body. */
  declare optionsMethod?: string;
  /** `fetch` credentials mode: `same-origin` (default) or `include` for an API on another origin. */
  declare credentials?: RequestCredentials;
  /** Milliseconds before a request is given up. Default 30,000. */
  declare timeout?: number;
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
  protected abstract submit(): void;

  /** Checked when connected, not at import: a page may polyfill or remove WebAuthn first. */
  protected supported = false;
  protected input?: HTMLInputElement;

  /** Registers the class under `tag` (once; another tag gets a subclass). */
  protected static defineAs(tag: string, ceremony: Ceremony): void {
    if (customElements.get(tag)) return;
    const element = this as unknown as typeof HTMLElement;
    // One class can back one tag only: other tags get a subclass.
    customElements.define(tag, tag === `passkey-${ceremony}` ? element : class extends element {});
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.supported = supportsWebAuthn();
  }

  /** A snapshot of the contract settings, for one ceremony. */
  protected get contract(): ContractOptions {
    return Object.fromEntries(contractKeys.map((key) => [key, this[key]]));
  }

  /** The light-DOM input, created on first need so that an element with a `username` has none. */
  protected usernameInput(): HTMLInputElement {
    return (this.input ??= adoptUsernameInput(this, {
      autocomplete: this.autocomplete,
      label: en.usernameLabel,
      onEnter: () => this.submit(),
    }));
  }

  /** Whether the element shows a username field now. */
  protected abstract get asksUsername(): boolean;

  protected override willUpdate(): void {
    // Before render, so the slots below have their input.
    if (this.supported && this.asksUsername) this.usernameInput();
  }

  protected usernameTemplate(): TemplateResult | typeof nothing {
    return this.asksUsername ? html`<slot name="label"></slot><slot name="username"></slot>` : nothing;
  }

  protected buttonTemplate(label: string): TemplateResult {
    const busy = this.ceremony.busy;
    // aria-disabled, not disabled: the button keeps focus through the OS dialog.
    return html`<button part="button" type="button" aria-disabled=${busy} @click=${() => this.submit()}>
      ${label}
    </button>`;
  }

  protected messageTemplate(successText: string): TemplateResult {
    const { status, error } = this.ceremony;
    const text = status === 'busy' ? en.waiting : status === 'success' ? successText : (error?.message ?? '');
    return html`<p part="message ${status === 'error' ? 'error' : ''}" role="status">${text}</p>`;
  }

  protected unsupportedTemplate(): TemplateResult {
    return html`<slot name="unsupported"><p part="message">${en.errors.unsupported}</p></slot>`;
  }
}
