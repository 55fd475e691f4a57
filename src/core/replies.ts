import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { PasskeyError } from './errors.js';
import { serverText } from './request-json.js';

type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const invalid = (reply: unknown) => new PasskeyError('invalid-response', { cause: reply });

/** Standard base64 (`+/` and `=` padding, as some server libraries send) to base64url. */
const toBase64url = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : value;

/** Drops null members everywhere: WebAuthn's dictionaries take a missing member, not null. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isObject(value)) return value;
  const copy: Json = {};
  for (const key in value) if (value[key] != null) copy[key] = withoutNulls(value[key]);
  return copy;
}

/**
 * Options come bare or as `{publicKey: {...}}` (python-fido2, go-webauthn,
 * java-webauthn-server), with byte fields in base64url or standard base64.
 */
function normalizeOptions(reply: unknown): Json & PublicKeyCredentialRequestOptionsJSON {
  const options = withoutNulls(isObject(reply) && isObject(reply.publicKey) ? reply.publicKey : reply);
  if (!isObject(options)) throw invalid(reply);
  const challenge = (options.challenge = toBase64url(options.challenge));
  if (typeof challenge !== 'string' || !/^[\w-]+$/.test(challenge)) throw invalid(reply);
  if (isObject(options.user)) options.user.id = toBase64url(options.user.id);
  for (const list of [options.excludeCredentials, options.allowCredentials]) {
    if (Array.isArray(list)) for (const descriptor of list) if (isObject(descriptor)) descriptor.id = toBase64url(descriptor.id);
  }
  return options as Json & PublicKeyCredentialRequestOptionsJSON;
}

export function readCreationOptions(reply: unknown): PublicKeyCredentialCreationOptionsJSON {
  const options = normalizeOptions(reply);
  const user = options.user;
  if (!isObject(user) || typeof user.id !== 'string' || !user.id) throw invalid(reply);
  return options as unknown as PublicKeyCredentialCreationOptionsJSON;
}

// Request options need nothing beyond the normalizing: the same function, no wrapper.
export const readRequestOptions: (reply: unknown) => PublicKeyCredentialRequestOptionsJSON = normalizeOptions;

/** A 2xx verify reply is success unless it says `"verified": false`. */
export function readVerifyReply(reply: unknown): unknown {
  if (isObject(reply) && reply.verified === false) {
    throw new PasskeyError('verification-failed', { cause: reply, serverText: serverText(reply) });
  }
  return reply;
}
