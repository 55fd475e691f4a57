import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import type { Ceremony } from './errors.js';

/**
 * One request of the contract: which ceremony, which step; or, for the passkey list's requests
 * (`listPasskeys`, `renamePasskey`, `deletePasskey`), `ceremony: 'manage'` and which call.
 */
export type ContractStep =
  | { ceremony: Ceremony; step: 'options' | 'verify' }
  | { ceremony: 'manage'; step: 'list' | 'rename' | 'delete' };

/**
 * What the options step sends: `{username, displayName}` to register, `{username?}` to sign in,
 * and `{mediation: 'conditional', username?, displayName?}` for an automatic upgrade (`upgrade()`).
 */
export interface OptionsRequest {
  username?: string;
  displayName?: string;
  /** `conditional`: options for a passkey the browser may create without asking (after a password sign-in). */
  mediation?: 'conditional';
}

export type CredentialJSON = RegistrationResponseJSON | AuthenticationResponseJSON;

/**
 * The backend contract as code. The HTTP contract (`httpBackend`) is one implementation; give
 * your own for servers that speak something else entirely (GraphQL, a vendor SDK). Replies may
 * be in any shape the HTTP contract accepts: they are normalized the same way. Throw to fail
 * (a `PasskeyError` keeps its code).
 */
export interface PasskeyBackend {
  /** Returns creation options (register) or request options (login). */
  options(ceremony: Ceremony, request: OptionsRequest, context: { signal?: AbortSignal }): Promise<unknown>;
  /** Returns the server's verdict; `{verified: false}` is a failure. */
  verify(ceremony: Ceremony, credential: CredentialJSON, context: { signal?: AbortSignal }): Promise<unknown>;
}

/** Where and how the HTTP contract talks to the relying party. Every field is optional. */
export interface HttpContractOptions {
  /** Prefix of the default endpoints. Default `/passkeys`. */
  baseUrl?: string;
  /** Replaces `{baseUrl}/{ceremony}/options` for the ceremony being run (shorthand). */
  optionsUrl?: string;
  /** Replaces `{baseUrl}/{ceremony}/verify` for the ceremony being run (shorthand). */
  verifyUrl?: string;
  /** Replaces `{baseUrl}/register/options`; wins over `optionsUrl`. */
  registerOptionsUrl?: string;
  /** Replaces `{baseUrl}/register/verify`; wins over `verifyUrl`. */
  registerVerifyUrl?: string;
  /** Replaces `{baseUrl}/login/options`; wins over `optionsUrl`. */
  loginOptionsUrl?: string;
  /** Replaces `{baseUrl}/login/verify`; wins over `verifyUrl`. */
  loginVerifyUrl?: string;
  /** `POST` (default) or `GET` for servers that hand out options on a GET without a body; both ceremonies. */
  optionsMethod?: string;
  /** `fetch` credentials mode. Default `same-origin`; `include` for an API on another origin. */
  credentials?: RequestCredentials;
  /** Extra request headers (a CSRF token…), or a function returning them for each request. */
  headers?: HeadersInit | ((step: ContractStep) => HeadersInit | Promise<HeadersInit>);
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
  /** Reshapes a request body before it is sent. */
  transformRequest?: (body: unknown, step: ContractStep) => unknown;
  /** Reshapes (unwraps) a reply before it is read. */
  transformResponse?: (reply: unknown, step: ContractStep) => unknown;
  /** Milliseconds before a request is given up. Default 30,000. */
  timeout?: number;
}

/** Everything a ceremony takes to reach the server: the HTTP contract, or a backend object. */
export interface ContractOptions extends HttpContractOptions {
  /** Replaces the HTTP contract entirely. */
  backend?: PasskeyBackend;
}

export interface Endpoints {
  options: string;
  verify: string;
}

export const DEFAULT_BASE_URL = '/passkeys';

/**
 * The two URLs one ceremony uses: its own setting (`loginOptionsUrl`…), else the shorthand
 * (`optionsUrl`…), else `{baseUrl}/{ceremony}/…`.
 */
export function endpointsFor(ceremony: Ceremony, contract: HttpContractOptions): Endpoints {
  const base = (contract.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '');
  return {
    options: contract[`${ceremony}OptionsUrl`] || contract.optionsUrl || `${base}/${ceremony}/options`,
    verify: contract[`${ceremony}VerifyUrl`] || contract.verifyUrl || `${base}/${ceremony}/verify`,
  };
}
