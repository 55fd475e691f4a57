import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { PasskeyError } from './errors.js';
import { serverText } from './post-json.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Options come bare or as `{publicKey: {...}}` (python-fido2, go-webauthn, java-webauthn-server). */
function unwrapOptions(reply: unknown): Json {
  const options = isObject(reply) && isObject(reply.publicKey) ? reply.publicKey : reply;
  if (!isObject(options) || typeof options.challenge !== 'string' || !options.challenge) {
    throw new PasskeyError('invalid-response', undefined, { cause: reply });
  }
  return options;
}

export function readCreationOptions(reply: unknown): PublicKeyCredentialCreationOptionsJSON {
  const options = unwrapOptions(reply);
  const user = options.user;
  if (!isObject(user) || typeof user.id !== 'string' || !user.id) {
    throw new PasskeyError('invalid-response', undefined, { cause: reply });
  }
  return options as unknown as PublicKeyCredentialCreationOptionsJSON;
}

export function readRequestOptions(reply: unknown): PublicKeyCredentialRequestOptionsJSON {
  return unwrapOptions(reply) as unknown as PublicKeyCredentialRequestOptionsJSON;
}

/** A 2xx verify reply is success unless it says `"verified": false`. */
export function readVerifyReply(reply: unknown): unknown {
  if (isObject(reply) && reply.verified === false) {
    throw new PasskeyError('verification-failed', serverText(reply), { cause: reply });
  }
  return reply;
}
