import { endpointsFor, type ContractOptions, type ContractStep, type PasskeyBackend } from './contract.js';
import { requestJson } from './request-json.js';

/**
 * The default backend: the HTTP contract. Reads `contract` at each request, so an object with
 * getters (an element) is seen as it is then.
 */
export function httpBackend(contract: ContractOptions): PasskeyBackend {
  const send = async (step: ContractStep, payload: unknown, signal?: AbortSignal) => {
    const { headers, transformRequest, transformResponse } = contract;
    const url = new URL(endpointsFor(step.ceremony, contract)[step.step], document.baseURI);
    const body = transformRequest ? transformRequest(payload, step) : payload;
    const get = step.step === 'options' && contract.optionsMethod?.toUpperCase() === 'GET';
    // A GET carries no body: a username goes in the query.
    const username = (body as { username?: string } | undefined)?.username;
    if (get && username) url.searchParams.set('username', username);
    const reply = await requestJson(url.href, {
      method: get ? 'GET' : 'POST',
      body: get ? undefined : body,
      headers: typeof headers === 'function' ? await headers(step) : headers,
      credentials: contract.credentials,
      fetch: contract.fetch,
      timeout: contract.timeout,
      signal,
    });
    return transformResponse ? transformResponse(reply, step) : reply;
  };
  return {
    options: (ceremony, request, { signal }) => send({ ceremony, step: 'options' }, request, signal),
    verify: (ceremony, credential, { signal }) => send({ ceremony, step: 'verify' }, credential, signal),
  };
}

/** The backend a ceremony uses: the one given, or the HTTP contract. */
export const backendFor = (contract: ContractOptions): PasskeyBackend => contract.backend ?? httpBackend(contract);
