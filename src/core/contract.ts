import type { Ceremony } from './errors.js';

/** Where and how the elements talk to the relying party. Every field is optional. */
export interface ContractOptions {
  /** Prefix of the default endpoints. Default `/passkeys`. */
  baseUrl?: string;
  /** Replaces `{baseUrl}/{ceremony}/options`. */
  optionsUrl?: string;
  /** Replaces `{baseUrl}/{ceremony}/verify`. */
  verifyUrl?: string;
  /** `fetch` credentials mode. Default `same-origin`; `include` for an API on another origin. */
  credentials?: RequestCredentials;
}

export interface Endpoints {
  options: string;
  verify: string;
}

export const DEFAULT_BASE_URL = '/passkeys';

/** The two URLs one ceremony uses. */
export function endpointsFor(ceremony: Ceremony, contract: ContractOptions): Endpoints {
  const base = (contract.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '');
  return {
    options: contract.optionsUrl || `${base}/${ceremony}/options`,
    verify: contract.verifyUrl || `${base}/${ceremony}/verify`,
  };
}
