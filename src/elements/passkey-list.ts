import { html, LitElement, nothing, svg, type PropertyDeclarations } from 'lit';
import { addPasskey } from '../core/add-passkey.js';
import type { ContractStep, PasskeyBackend } from '../core/contract.js';
import { PasskeyError, toPasskeyError } from '../core/errors.js';
import { deletePasskey, listPasskeys, renamePasskey, type ManageOptions, type Passkey } from '../core/passkeys.js';
import { signalAllAcceptedCredentials } from '../core/signals.js';
import { LOCALE_EVENT } from '../i18n/locales.js';
import { languageOf, listStringsFor, type ListMessageOverrides, type ListStrings } from './list-strings.js';
import { listStyles } from './list-styles.js';
import { loadProviderNames, onSecurityKey } from './providers.js';
import { styles } from './styles.js';

/** What changed, in `passkey-list-change`. */
export interface PasskeyListChange {
  action: 'add' | 'rename' | 'remove';
  /** The passkey added, renamed (as it is now) or removed. */
  passkey: Passkey;
  /** The list after the change. */
  passkeys: Passkey[];
}

type Status = 'loading' | 'ready' | 'error';

// The contract settings the list uses; the first 4 are also attributes (kebab-case).
const contractKeys = [
  'baseUrl',
  'credentialsUrl',
  'registerOptionsUrl',
  'registerVerifyUrl',
  'credentials',
  'timeout',
  'headers',
  'fetch',
  'transformRequest',
  'transformResponse',
  'backend',
] satisfies (keyof ManageOptions)[];

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

// A key, for a passkey whose provider is unknown.
const keyIcon = svg`<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="8" cy="15" r="4"/><path d="M11 12l9-9M17 6l3 3M15 8l2 2"/></svg>`;

/**
 * The signed-in user's passkeys, for an account page: see them (provider, dates, synced or on
 * this device only), name them, remove them, and add another (a backup on another device, or a
 * security key).
 *
 * Loads `GET {base-url}/credentials` when connected. Rename is inline: Enter saves, Escape
 * cancels. Removing asks first, says what happens, and reminds the user to delete the passkey
 * from their password manager too; before removing the last one it warns, with the page's
 * `fallback` slot (its other way to sign in). After a removal it tells the password manager which
 * passkeys remain (the WebAuthn Signal API, where the browser has it; needs `user-id`).
 *
 * @summary The signed-in user's passkeys: list, rename, remove, add.
 * @tagname passkey-list
 * @fires passkey-list-change - `detail: {action: 'add' | 'rename' | 'remove', passkey, passkeys}`:
 *   what changed, and the list after it.
 * @fires passkey-list-error - `detail: {error}`; `error.code` and a plain-language `error.message`.
 * @slot fallback - The page's other way to sign in (a magic link, a password), named in the
 *   warning before the last passkey is removed.
 * @csspart list - The `<ul>` of passkeys.
 * @csspart passkey - One passkey's card (`<li>`).
 * @csspart icon - The provider's badge, or a key.
 * @csspart name - The passkey's name.
 * @csspart details - Provider, dates, and where the passkey lives.
 * @csspart button - Every button.
 * @csspart secondary - The Rename, Remove, Cancel and Keep buttons.
 * @csspart add - The "Add a passkey" / "Create a passkey" button.
 * @csspart danger - The button that removes, in the confirmation.
 * @csspart rename - The inline rename form.
 * @csspart input - The name field while renaming.
 * @csspart confirm - The removal confirmation.
 * @csspart warning - The last-passkey warning.
 * @csspart empty - The "no passkeys yet" text.
 * @csspart message - The live region with progress, success and error text.
 * @csspart error - The message while it shows an error.
 * @cssprop --passkey-accent - Button colour.
 * @cssprop --passkey-on-accent - Button text colour.
 * @cssprop --passkey-danger - The remove button's colour.
 * @cssprop --passkey-radius - Corner radius of the cards, field and buttons.
 * @cssprop --passkey-spacing - Gap between the parts.
 * @cssprop --passkey-font - Font (inherits by default).
 * @cssprop --passkey-error-color - Error text colour.
 * @cssprop --passkey-border-color - Card and field border colour.
 * @cssprop --passkey-muted-color - Details text colour.
 */
export class PasskeyList extends LitElement implements ManageOptions {
  static override styles = [styles, listStyles];
  static override properties: PropertyDeclarations = {
    ...Object.fromEntries(contractKeys.slice(0, 4).map((key) => [key, { attribute: kebab(key) }])),
    credentials: {},
    timeout: { type: Number },
    userId: { attribute: 'user-id' },
    messages: { attribute: false },
    _defer: { attribute: 'defer-hydration' },
    _status: { state: true },
    _passkeys: { state: true },
    _error: { state: true },
    _said: { state: true },
    _busy: { state: true },
    _editing: { state: true },
    _confirming: { state: true },
    _names: { state: true },
  };

  /** Prefix of the default endpoints (`{base-url}/credentials` …). Default `/passkeys`.
   * @attr base-url */
  declare baseUrl?: string;
  /** Replaces `{base-url}/credentials`; rename and remove append `/{id}`.
   * @attr credentials-url */
  declare credentialsUrl?: string;
  /** Replaces `{base-url}/register/options` (adding a passkey).
   * @attr register-options-url */
  declare registerOptionsUrl?: string;
  /** Replaces `{base-url}/register/verify` (adding a passkey).
   * @attr register-verify-url */
  declare registerVerifyUrl?: string;
  /** `fetch` credentials mode: `same-origin` (default) or `include` for an API on another origin. */
  declare credentials?: RequestCredentials;
  /** Milliseconds before a request is given up. Default 30,000. */
  declare timeout?: number;
  /** The signed-in user's WebAuthn user handle (base64url): after a removal, the password
   * manager is told which passkeys remain. Learnt from the reply when a passkey is added.
   * @attr user-id */
  declare userId?: string;
  /** Strings to use instead of the locale's, e.g. `{empty: '…', errors: {cancelled: '…'}}`. */
  declare messages?: ListMessageOverrides;
  /** Extra request headers (a CSRF token…), or a function returning them for each request. */
  declare headers?: HeadersInit | ((step: ContractStep) => HeadersInit | Promise<HeadersInit>);
  /** A fetch to use instead of the global one. */
  declare fetch?: typeof fetch;
  /** Reshapes a request body before it is sent. */
  declare transformRequest?: (body: unknown, step: ContractStep) => unknown;
  /** Reshapes (unwraps) a reply before it is read. */
  declare transformResponse?: (reply: unknown, step: ContractStep) => unknown;
  /** Replaces the HTTP contract of the registration ceremony (adding a passkey). */
  declare backend?: PasskeyBackend;

  declare private _status: Status;
  declare private _passkeys?: Passkey[];
  declare private _error?: PasskeyError;
  /** The success or progress text of the live region. */
  declare private _said: string;
  /** What runs now: 'add', or the id of the passkey being renamed or removed. */
  declare private _busy?: string;
  declare private _editing?: string;
  declare private _confirming?: string;
  declare private _names: Record<string, string>;

  /** The typed name while renaming: kept when saving fails. */
  #draft = '';
  /** Aborts the running request when the element leaves the page. */
  #abort?: AbortController;
  #strings?: ListStrings;
  #relocalize = () => this.requestUpdate();
  #reloadOnline = () => this._status === 'error' && this.reload();

  constructor() {
    super();
    this._status = 'loading';
    this._said = '';
    this._names = {};
  }

  /** Registers the element under `tag` (default `passkey-list`); calling it again is harmless. */
  static define(tag = 'passkey-list'): void {
    if (customElements.get(tag)) return;
    // One class can back one tag only: other tags get a subclass.
    customElements.define(tag, tag === 'passkey-list' ? this : class extends this {});
  }

  override connectedCallback(): void {
    // Server-rendered markup may carry `defer-hydration`: nothing happens, no request goes out,
    // until the framework has hydrated and removed it (as for the other elements).
    if (this.hasAttribute('defer-hydration')) return;
    super.connectedCallback();
    document.addEventListener(LOCALE_EVENT, this.#relocalize);
    addEventListener('online', this.#reloadOnline);
    // Back on the page (or moved in the DOM): the server is the truth, a request may have been cut.
    this.reload();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'defer-hydration' && value === null && this.isConnected) this.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(LOCALE_EVENT, this.#relocalize);
    removeEventListener('online', this.#reloadOnline);
    this.#abort?.abort();
    this._busy = undefined;
  }

  /** The passkeys as last loaded (undefined before the first reply). */
  get passkeys(): Passkey[] | undefined {
    return this._passkeys;
  }

  /** Loads the list again from the server. */
  async reload(): Promise<void> {
    this._status = this._passkeys ? this._status : 'loading';
    await this.#run('load', async (signal) => {
      this.#show(await listPasskeys({ ...this.#contract, signal }));
      this._status = 'ready';
    });
  }

  /** Runs the registration ceremony for the signed-in user, then shows the new passkey. */
  async add(): Promise<void> {
    await this.#run('add', async (signal) => {
      this._said = this.#strings!.adding;
      const { response, credential } = await addPasskey({ ...this.#contract, signal });
      this.userId ??= (response as { user?: { id?: string } } | null)?.user?.id;
      const passkeys = await listPasskeys({ ...this.#contract, signal });
      this.#show(passkeys);
      const passkey = passkeys.find((p) => p.id === credential.id) ?? { id: credential.id, createdAt: new Date().toISOString() };
      this.#changed('add', passkey, this.#strings!.added);
    });
  }

  protected override willUpdate(): void {
    this.#strings = listStringsFor(this, this.messages);
  }

  protected override render() {
    const strings = this.#strings!;
    const { _status: status, _passkeys: passkeys, _error: error } = this;
    const offline = error?.code === 'network-error' && !navigator.onLine;
    const text = error
      ? offline
        ? strings.offline
        : error.code === 'already-registered'
          ? strings.alreadyRegistered
          : (error.serverText ?? strings.errors[error.code])
      : status === 'loading'
        ? strings.loading
        : this._said;
    return html`<div part="base">
      ${passkeys?.length
        ? html`<ul part="list" aria-label=${strings.listLabel}>
            ${passkeys.map((passkey) => this.#item(passkey, strings, passkeys.length === 1))}
          </ul>`
        : passkeys
          ? html`<p part="empty">${strings.empty}</p>`
          : nothing}
      ${passkeys
        ? html`<button part="button add" type="button" aria-disabled=${this._busy === 'add'} @click=${() => this.add()}>
            ${passkeys.length ? strings.add : strings.createFirst}
          </button>`
        : nothing}
      ${status === 'error' && !passkeys
        ? html`<button part="button secondary retry" type="button" @click=${() => this.reload()}>${strings.retry}</button>`
        : nothing}
      <p part="message${error ? ' error' : ''}" role="status" tabindex="-1" dir="auto">${text}</p>
    </div>`;
  }

  #item(passkey: Passkey, strings: ListStrings, last: boolean) {
    const { id } = passkey;
    const provider = passkey.aaguid ? this._names[passkey.aaguid] : undefined;
    const name = passkey.name ?? provider ?? (onSecurityKey(passkey) ? strings.securityKeyName : strings.fallbackName);
    const where =
      passkey.backedUp === true
        ? strings.synced
        : passkey.backedUp === false
          ? onSecurityKey(passkey)
            ? strings.securityKey
            : strings.deviceOnly
          : '';
    const details = [
      passkey.name && provider,
      strings.created.replace('{date}', this.#date(passkey.createdAt)),
      passkey.lastUsedAt ? strings.lastUsed.replace('{date}', this.#date(passkey.lastUsedAt)) : strings.neverUsed,
      where,
    ].filter(Boolean);
    const busy = this._busy === id;
    const nameId = `name-${id}`;
    return html`<li part="passkey" data-id=${id}>
      <span part="icon" aria-hidden="true">${provider ? provider.replace(/^\W*/, '').charAt(0).toUpperCase() : keyIcon}</span>
      <div part="summary">
        <span part="name" id=${nameId} dir="auto">${name}</span>
        <span part="details">${details.join(' · ')}</span>
      </div>
      ${this._editing === id
        ? this.#renameForm(passkey, strings, busy)
        : this._confirming === id
          ? this.#confirmation(passkey, name, strings, busy, last)
          : html`<div part="actions">
              <button part="button secondary rename" type="button" aria-describedby=${nameId} @click=${() => this.#startRename(passkey)}>
                ${strings.rename}
              </button>
              <button part="button secondary remove" type="button" aria-describedby=${nameId} @click=${() => this.#startRemove(id)}>
                ${strings.remove}
              </button>
            </div>`}
    </li>`;
  }

  #renameForm(passkey: Passkey, strings: ListStrings, busy: boolean) {
    const inputId = `rename-${passkey.id}`;
    return html`<div part="rename">
      <label for=${inputId}>${strings.nameLabel}</label>
      <input
        part="input"
        id=${inputId}
        maxlength="64"
        autocomplete="off"
        dir="auto"
        .value=${this.#draft}
        @input=${(event: Event) => (this.#draft = (event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.isComposing) return;
          if (event.key === 'Enter') {
            event.preventDefault();
            this.#rename(passkey.id);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            this.#endRename(passkey.id);
          }
        }}
      />
      <button part="button save" type="button" aria-disabled=${busy} @click=${() => this.#rename(passkey.id)}>${strings.save}</button>
      <button part="button secondary cancel" type="button" @click=${() => this.#endRename(passkey.id)}>${strings.cancel}</button>
    </div>`;
  }

  #confirmation(passkey: Passkey, name: string, strings: ListStrings, busy: boolean, last: boolean) {
    const textId = `confirm-${passkey.id}`;
    return html`<div part="confirm" role="group" aria-labelledby=${textId}>
      <p id=${textId} tabindex="-1">${strings.confirmRemove.replace('{name}', name)}</p>
      ${last ? html`<p part="warning">${strings.lastPasskey} <slot name="fallback"></slot></p>` : nothing}
      <button part="button danger" type="button" aria-disabled=${busy} @click=${() => this.#remove(passkey.id)}>${strings.confirm}</button>
      <button part="button secondary keep" type="button" @click=${() => this.#endRemove(passkey.id)}>${strings.keep}</button>
    </div>`;
  }

  /** A date in the element's language. */
  #date(iso: string): string {
    const date = new Date(iso);
    try {
      return new Intl.DateTimeFormat(languageOf(this) || undefined, { dateStyle: 'medium' }).format(date);
    } catch {
      // A lang Intl does not accept: the browser's language.
      return date.toLocaleDateString();
    }
  }

  get #contract(): ManageOptions {
    return Object.fromEntries(contractKeys.map((key) => [key, this[key]]));
  }

  #show(passkeys: Passkey[]) {
    this._passkeys = passkeys;
    // Names and icons of the providers come with a file of their own, on first need.
    if (passkeys.some((p) => p.aaguid)) loadProviderNames().then((names) => (this._names = names));
  }

  /**
   * Runs one request at a time (a double click runs one); a failure shows in the message, with
   * the focus on it, and is reported. `what` is 'load', 'add' or a passkey id.
   */
  async #run(what: string, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    if (this._busy) return;
    const abort = (this.#abort = new AbortController());
    this._busy = what;
    this._error = undefined;
    try {
      await work(abort.signal);
    } catch (cause) {
      const error = toPasskeyError(cause, 'register', abort.signal);
      // Our own abort (the element left the page) is not an error.
      if (error.code === 'aborted') return;
      this._said = '';
      this._error = error;
      if (what === 'load' && !this._passkeys) this._status = 'error';
      this.dispatchEvent(new CustomEvent('passkey-list-error', { detail: { error }, bubbles: true, composed: true }));
      // A passkey the server no longer has (removed elsewhere): show the list as it is now.
      if (error.status === 404 && what !== 'load' && what !== 'add') {
        this._busy = undefined;
        this._editing = this._confirming = undefined;
        await this.reload();
        this._error = error;
      }
      if (what !== 'load') this.#focus('[part~="message"]');
    } finally {
      if (this.#abort === abort) this._busy = undefined;
    }
  }

  #changed(action: PasskeyListChange['action'], passkey: Passkey, said: string) {
    this._said = said;
    const detail: PasskeyListChange = { action, passkey, passkeys: this._passkeys! };
    this.dispatchEvent(new CustomEvent('passkey-list-change', { detail, bubbles: true, composed: true }));
  }

  async #startRename(passkey: Passkey) {
    this._confirming = undefined;
    this._editing = passkey.id;
    this.#draft = passkey.name ?? '';
    this._said = '';
    const input = await this.#focus<HTMLInputElement>('[part~="input"]');
    input?.select();
  }

  #endRename(id: string) {
    this._editing = undefined;
    this.#focus(`[data-id="${CSS.escape(id)}"] [part~="rename"]`);
  }

  async #rename(id: string) {
    await this.#run(id, async (signal) => {
      const passkey = await renamePasskey({ ...this.#contract, signal, id, name: this.#draft.trim() });
      this.#show(this._passkeys!.map((p) => (p.id === id ? passkey : p)));
      this._editing = undefined;
      this.#changed('rename', passkey, this.#strings!.renamed);
      this.#focus(`[data-id="${CSS.escape(id)}"] [part~="rename"]`);
    });
  }

  #startRemove(id: string) {
    this._editing = undefined;
    this._confirming = id;
    this._said = '';
    this.#focus(`#confirm-${CSS.escape(id)}`);
  }

  #endRemove(id: string) {
    this._confirming = undefined;
    this.#focus(`[data-id="${CSS.escape(id)}"] [part~="remove"]`);
  }

  async #remove(id: string) {
    await this.#run(id, async (signal) => {
      await deletePasskey({ ...this.#contract, signal, id });
      const removed = this._passkeys!.find((p) => p.id === id)!;
      this.#show(this._passkeys!.filter((p) => p !== removed));
      this._confirming = undefined;
      // The password manager may hide the removed one (Signal API, where the browser has it).
      if (this.userId) {
        signalAllAcceptedCredentials({ userId: this.userId, allAcceptedCredentialIds: this._passkeys!.map((p) => p.id) });
      }
      this.#changed('remove', removed, this.#strings!.removed);
      this.#focus('[part~="message"]');
    });
  }

  /** Focuses what `selector` finds once the update in progress has rendered. */
  async #focus<T extends HTMLElement>(selector: string): Promise<T | null> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<T>(selector);
    target?.focus();
    return target;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'passkey-list': PasskeyList;
  }
}
