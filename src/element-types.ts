// The elements' events and settable members, named once for every framework's typings.
import type { ContractOptions } from './core/contract.js';
import type { PasskeyError } from './core/errors.js';
import type { CeremonyResult } from './core/register.js';
import type { PasskeyLogin } from './elements/passkey-login.js';
import type { PasskeyRegister } from './elements/passkey-register.js';

/** `passkey-register-success` and `passkey-login-success`: the verify reply and the credential. */
export type PasskeySuccessEvent = CustomEvent<CeremonyResult<unknown>>;
/** `passkey-register-error` and `passkey-login-error`: a `PasskeyError` with a `code`. */
export type PasskeyErrorEvent = CustomEvent<{ error: PasskeyError }>;

export interface PasskeyLoginEventMap {
  'passkey-login-success': PasskeySuccessEvent;
  'passkey-login-error': PasskeyErrorEvent;
}

/** `<passkey-register>` also fires the login events after its "Sign in instead". */
export interface PasskeyRegisterEventMap extends PasskeyLoginEventMap {
  'passkey-register-success': PasskeySuccessEvent;
  'passkey-register-error': PasskeyErrorEvent;
}

/** The contract settings, and the button's text and the strings. */
type SharedMembers = keyof ContractOptions | 'buttonLabel' | 'messages';

/** What a page may set on `<passkey-login>` (as properties; attributes use kebab-case). */
export type PasskeyLoginProperties = Partial<Pick<PasskeyLogin, SharedMembers>>;
/** What a page may set on `<passkey-register>`. */
export type PasskeyRegisterProperties = Partial<Pick<PasskeyRegister, SharedMembers | 'username' | 'displayName'>>;

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
  /** Present in server-rendered markup: the element stays idle until it is removed after hydration. */
  'defer-hydration'?: true | '';
}

export interface PasskeyRegisterAttributes extends PasskeyLoginAttributes {
  username?: string;
  'display-name'?: string;
}

/** `{'onpasskey-login-success'?: (event) => void, ...}`: how React 19 and Svelte 5 take events. */
export type LowercaseEventProps<Events> = {
  [Type in keyof Events & string as `on${Type}`]?: (event: Events[Type]) => void;
};

/** Everything markup may set on `<passkey-login>`: properties and kebab-case attributes. */
export type PasskeyLoginProps = PasskeyLoginProperties & PasskeyLoginAttributes;
/** Everything markup may set on `<passkey-register>`. */
export type PasskeyRegisterProps = PasskeyRegisterProperties & PasskeyRegisterAttributes;
