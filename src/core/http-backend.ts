import { endpointsFor, type ContractOptions, type ContractStep, type HttpContractOptions, type PasskeyBackend } from './contract.js';
import type { Ceremony } from './errors.js';
import { requestJson } from './request-json.js';

/**
 * The default backend: the HTTP contract. Reads `contract` at each request, so an object with
 * getters (an element) is seen as it is then.
 */
export function httpBackend(contract: ContractOptions): PasskeyBackend {
  // Both methods alike, but for which step they are.
  const sender = (name: 'options' | 'verify') => async (ceremony: Ceremony, payload: unknown, { signal }: { signal?: AbortSignal }) => {
    const step = { ceremony, step: name };
    const { transformRequest } = contract;
    const url = new URL(endpointsFor(ceremony, contract)[name], document.baseURI);
    const body = transformRequest ? transformRequest(payload, step) : payload;
    const get = name === 'options' && contract.optionsMethod?.toUpperCase() === 'GET';
    // A GET carries no body: a username goes in the query.
    const username = (body as { username?: string } | undefined)?.username;
    if (get && username) url.searchParams.set('username', username);
    return sendContract(contract, step, url.href, get ? 'GET' : 'POST', get ? undefined : body, signal);
  };
  return { options: sender('options'), verify: sender('verify') };
}

/**
 * One request of the contract with the page's settings (headers, credentials, fetch, timeout) and
 * its reply through `transformResponse`; `body` is already through `transformRequest`. The
 * ceremonies and the passkey list's requests both go this way.
 */
export async function sendContract(
  contract: HttpContractOptions,
  step: ContractStep,
  url: string,
  method: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<unknown> {
  const { headers, transformResponse } = contract;
  const reply = await requestJson(url, {
    method,
    body,
    headers: typeof headers === 'function' ? await headers(step) : headers,
    credentials: contract.credentials,
    fetch: contract.fetch,
    timeout: contract.timeout,
    signal,
  });
  return transformResponse ? transformResponse(reply, step) : reply;
}

/** The backend a ceremony uses: the one given, or the HTTP contract. */
export const backendFor = (contract: ContractOptions): PasskeyBackend => contract.backend ?? httpBackend(contract);
