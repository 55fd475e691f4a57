import { DEFAULT_BASE_URL, type ContractOptions, type ContractStep } from './contract.js';
import { PasskeyError, toPasskeyError } from './errors.js';
import { sendContract } from './http-backend.js';
import { isObject } from './replies.js';

/** One of the signed-in user's passkeys, as `GET {base}/credentials` lists it. */
export interface Passkey {
  /** The credential id, base64url. */
  id: string;
  /** The name the user gave it, if any. */
  name?: string;
  /** The authenticator's model (lowercase dashed UUID), when known and not all zeros. */
  aaguid?: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601; absent when never used. */
  lastUsedAt?: string;
  /** Backed up (synced to the user's other devices by their password manager): the BS flag. */
  backedUp?: boolean;
  transports?: string[];
}

/** The contract settings of the ceremonies, and where the passkey list lives. */
export interface ManageOptions extends ContractOptions {
  /** Replaces `{baseUrl}/credentials`; rename and remove append `/{id}`. */
  credentialsUrl?: string;
  signal?: AbortSignal;
}

type ManageStep = Extract<ContractStep, { ceremony: 'manage' }>['step'];

const invalid = (reply: unknown) => new PasskeyError('invalid-response', { cause: reply });
const validDate = (value: unknown) => typeof value === 'string' && !isNaN(Date.parse(value));

/**
 * One entry of the list, checked and copied: only the members of the contract, null members
 * left out (the contract allows null for the optional ones), anything malformed refused.
 */
export function readPasskey(value: unknown): Passkey {
  if (!isObject(value) || typeof value.id !== 'string' || !/^[\w-]+$/.test(value.id) || !validDate(value.createdAt)) {
    throw invalid(value);
  }
  const { name, aaguid, lastUsedAt, backedUp, transports } = value;
  // Null stands for absent (the contract allows it); another wrong type is a broken reply.
  if ((name != null && typeof name !== 'string') || (backedUp != null && typeof backedUp !== 'boolean')) throw invalid(value);
  const passkey: Passkey = { id: value.id, createdAt: value.createdAt as string };
  if (typeof name === 'string' && name.trim()) passkey.name = name;
  if (typeof aaguid === 'string' && /^[\da-f]{8}-([\da-f]{4}-){3}[\da-f]{12}$/i.test(aaguid)) passkey.aaguid = aaguid.toLowerCase();
  if (validDate(lastUsedAt)) passkey.lastUsedAt = lastUsedAt as string;
  if (typeof backedUp === 'boolean') passkey.backedUp = backedUp;
  if (Array.isArray(transports)) passkey.transports = transports.filter((t): t is string => typeof t === 'string');
  return passkey;
}

/** `{baseUrl}/credentials` or `credentialsUrl`, with `/{id}` for one passkey. */
export function credentialsUrlFor(options: ManageOptions, id?: string): string {
  const list = options.credentialsUrl || `${(options.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '')}/credentials`;
  return id === undefined ? list : `${list.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
}

/** One request of the management contract, with the same settings as the ceremonies. */
async function send(options: ManageOptions, step: ManageStep, method: string, id?: string, body?: unknown): Promise<unknown> {
  const contractStep: ContractStep = { ceremony: 'manage', step };
  const { transformRequest, signal } = options;
  try {
    const url = new URL(credentialsUrlFor(options, id), document.baseURI).href;
    return await sendContract(options, contractStep, url, method, transformRequest && body !== undefined ? transformRequest(body, contractStep) : body, signal);
  } catch (error) {
    // 'register' only names the ceremony for DOMException names, which fetch does not throw.
    throw toPasskeyError(error, 'register', signal);
  }
}

/** The signed-in user's passkeys, newest first (as the server orders them). */
export async function listPasskeys(options: ManageOptions = {}): Promise<Passkey[]> {
  const reply = await send(options, 'list', 'GET');
  if (!Array.isArray(reply)) throw invalid(reply);
  return reply.map(readPasskey);
}

/** Gives a passkey a name (an empty one clears it); returns the updated passkey. */
export async function renamePasskey(options: ManageOptions & { id: string; name: string }): Promise<Passkey> {
  return readPasskey(await send(options, 'rename', 'PATCH', options.id, { name: options.name }));
}

/** Removes a passkey from the account. The user should also delete it from their password manager. */
export async function deletePasskey(options: ManageOptions & { id: string }): Promise<void> {
  await send(options, 'delete', 'DELETE', options.id);
}
