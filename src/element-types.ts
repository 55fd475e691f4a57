// The elements' events and settable members, named once for every framework's typings.
import type { ContractOptions } from './core/contract.js';
import type { PasskeyError } from './core/errors.js';
import type { CeremonyResult } from './core/register.js';
import type { PasskeyList, PasskeyListChange } from './elements/passkey-list.js';
import type { PasskeyLogin } from './elements/passkey-login.js';
import type { PasskeyRegister } from './elements/passkey-register.js';

/** `passkey-register-success` and `passkey-login-success`: the verify reply and the credential. */
export type PasskeySuccessEvent = CustomEvent<CeremonyResult<unknown>>;
/** `passkey-register-error` and `passkey-login-error`: a `PasskeyError` with a `code`. */
export type PasskeyErrorEvent = CustomEvent<{ error: PasskeyError }>;
/** `passkey-register-success` after `<passkey-register upgrade>` made the passkey: `automatic: true`. */
export type PasskeyRegisterSuccessEvent = CustomEvent<CeremonyResult<unknown> & { automatic?: true }>;
/**
 * `passkey-register-upgrade`: how `<passkey-register upgrade>`'s automatic passkey ended, for
 * `username`: `created` (`passkey-register-success` fired too), `declined` (the browser made none;
 * `error` says what it answered), `unsupported` (no conditional create here), `failed` (the
 * server failed; `error`).
 */
export type PasskeyUpgradeEvent = CustomEvent<{
  outcome: 'created' | 'declined' | 'unsupported' | 'failed';
  username: string;
  error?: PasskeyError;
  response?: unknown;
  credential?: unknown;
}>;
/** `passkey-login-no-passkey`: `<passkey-login immediate>` found no passkey at hand. No detail. */
export type PasskeyNoPasskeyEvent = CustomEvent<null>;

export interface PasskeyLoginEventMap {
  'passkey-login-success': PasskeySuccessEvent;
  'passkey-login-error': PasskeyErrorEvent;
  'passkey-login-no-passkey': PasskeyNoPasskeyEvent;
}

/** `<passkey-register>` also fires the login events after its "Sign in instead". */
export interface PasskeyRegisterEventMap extends PasskeyLoginEventMap {
  'passkey-register-success': PasskeyRegisterSuccessEvent;
  'passkey-register-error': PasskeyErrorEvent;
  'passkey-register-upgrade': PasskeyUpgradeEvent;
}

/** The contract settings, the hints, and the button's text and the strings. */
type SharedMembers = keyof ContractOptions | 'hints' | 'buttonLabel' | 'messages';

/** What a page may set on `<passkey-login>` (as properties; attributes use kebab-case). */
export type PasskeyLoginProperties = Partial<Pick<PasskeyLogin, SharedMembers | 'immediate'>>;
/** What a page may set on `<passkey-register>`. */
export type PasskeyRegisterProperties = Partial<Pick<PasskeyRegister, SharedMembers | 'username' | 'displayName' | 'upgrade'>>;

/** The attributes both elements read (kebab-case, strings), for frameworks that set attributes. */
export interface PasskeyLoginAttributes {
  'base-url'?: string;
  'options-url'?: string;
  'verify-url'?: string;
  'register-options-url'?: string;
  'register-verify-url'?: string;
  'login-options-url'?: string;
  'login-verify-url'?: string;
  'options-method'?: 'GET' | 'POST' | (string & {});
  credentials?: RequestCredentials;
  timeout?: number | string;
  'button-label'?: string;
  /** `security-key`, `client-device`, `hybrid`, separated by spaces or commas. */
  hints?: string;
  /** Present in server-rendered markup: the element stays idle until it is removed after hydration. */
  'defer-hydration'?: true | '';
  /** `<passkey-login>` only: first ask for a passkey at hand without any browser UI, where the browser can. */
  immediate?: boolean;
}

export interface PasskeyRegisterAttributes extends Omit<PasskeyLoginAttributes, 'immediate'> {
  username?: string;
  'display-name'?: string;
  /** Create a passkey for `username` without asking, where the browser can; shows nothing. */
  upgrade?: boolean;
}

/** `{'onpasskey-login-success'?: (event) => void, ...}`: how React 19 and Svelte 5 take events. */
export type LowercaseEventProps<Events> = {
  [Type in keyof Events & string as `on${Type}`]?: (event: Events[Type]) => void;
};

/** Everything markup may set on `<passkey-login>`: properties and kebab-case attributes. */
export type PasskeyLoginProps = PasskeyLoginProperties & PasskeyLoginAttributes;
/** Everything markup may set on `<passkey-register>`. */
export type PasskeyRegisterProps = PasskeyRegisterProperties & PasskeyRegisterAttributes;

/** `passkey-list-change`: what changed (`add`, `rename`, `remove`), the passkey, and the list now. */
export type PasskeyListChangeEvent = CustomEvent<PasskeyListChange>;

export interface PasskeyListEventMap {
  'passkey-list-change': PasskeyListChangeEvent;
  'passkey-list-error': PasskeyErrorEvent;
}

/** What a page may set on `<passkey-list>` (as properties; attributes use kebab-case). */
export type PasskeyListProperties = Partial<
  Pick<
    PasskeyList,
    | 'baseUrl'
    | 'credentialsUrl'
    | 'registerOptionsUrl'
    | 'registerVerifyUrl'
    | 'credentials'
    | 'timeout'
    | 'userId'
    | 'messages'
    | 'headers'
    | 'fetch'
    | 'transformRequest'
    | 'transformResponse'
    | 'backend'
  >
>;

export interface PasskeyListAttributes {
  'base-url'?: string;
  'credentials-url'?: string;
  'register-options-url'?: string;
  'register-verify-url'?: string;
  credentials?: RequestCredentials;
  timeout?: number | string;
  /** The signed-in user's WebAuthn user handle (base64url), for the Signal API after a removal. */
  'user-id'?: string;
  /** Present in server-rendered markup: the element stays idle until it is removed after hydration. */
  'defer-hydration'?: true | '';
}

/** Everything markup may set on `<passkey-list>`. */
export type PasskeyListProps = PasskeyListProperties & PasskeyListAttributes;
