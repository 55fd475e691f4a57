// @ts-check
/** Sign-up ceremony: /register/options and /register/verify. */
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import { signedInReply } from './account.js';
import { MAX_PUBLIC_KEY_BYTES, knownTransports } from './caps.js';
import { embeddedReason, readClientData } from './client-data.js';
import { sessionRegistrant } from './credentials.js';
import { HttpError } from './http.js';
import { readCredentialJson, readRegistrant, verifyFailed } from './input.js';
import { reasonOf, refuse } from './refusal.js';
import { CHALLENGE_TTL_MS, StoreFullError, USER_HANDLE_BYTES, randomId } from './store.js';
import { isConditionalRequest, signedInRegistrant } from './upgrade.js';

/** @typedef {import('./relying-party.js').Ctx} Ctx */
/** @typedef {import('./relying-party.js').Reply} Reply */

const MAX_PASSKEYS_PER_USER = 20;
export const TAKEN = 'That username is taken.';
export const FULL = 'This site is not taking new sign-ups right now: it holds as many accounts as it can. Existing accounts can still sign in.';

/**
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {Promise<Reply>}
 */
export async function registerOptions(ctx, body) {
  // An automatic upgrade (mediation "conditional") is for the signed-in user only: upgrade.js.
  const conditional = isConditionalRequest(body);
  if (conditional) body = signedInRegistrant(ctx, body);
  const { store } = ctx;
  // Signed in and no username: a passkey for the session's own account. Otherwise a sign-up.
  const { username, displayName } = sessionRegistrant(ctx, body) ?? readRegistrant(body);
  const existing = store.findUserByUsername(username);
  // Only the signed-in owner may add a passkey to an existing account.
  if (existing && ctx.session?.userId !== existing.id) throw new HttpError(409, TAKEN);
  const owned = existing ? store.credentialsOf(existing.id) : [];
  if (owned.length >= MAX_PASSKEYS_PER_USER) {
    throw new HttpError(400, `An account can have at most ${MAX_PASSKEYS_PER_USER} passkeys.`);
  }
  // Refused up front so nobody makes a passkey for an account that cannot be stored.
  if (!existing && store.isFull()) throw new HttpError(503, FULL);
  const userId = existing?.id ?? randomId(USER_HANDLE_BYTES);
  const { rpID } = ctx.relyingParty();
  const options = await generateRegistrationOptions({
    rpName: ctx.rpName,
    rpID,
    userName: existing?.username ?? username,
    userID: isoBase64URL.toBuffer(userId),
    userDisplayName: existing?.displayName ?? displayName,
    timeout: CHALLENGE_TTL_MS,
    attestationType: 'none',
    // The browser refuses (InvalidStateError) an authenticator that already holds one of these.
    excludeCredentials: owned.map(({ id, transports }) => ({ id, transports })),
    // Discoverable credentials make usernameless sign-in and autofill possible.
    // An automatic upgrade may not ask for verification: the browser makes it without a prompt.
    authenticatorSelection: { residentKey: 'required', userVerification: conditional ? 'preferred' : 'required' },
  });
  store.addChallenge(ctx.ensureSession(), {
    type: 'register',
    challenge: options.challenge,
    username,
    displayName,
    userId,
    ...(conditional && { conditional: true }),
  });
  return { body: options };
}

/**
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {Promise<Reply>}
 */
export async function registerVerify(ctx, body) {
  const { store } = ctx;
  const challenge = ctx.takeChallenge('register', body);
  const response = readCredentialJson(body, 'register');
  const embedded = embeddedReason(readClientData(body));
  if (embedded) throw refuse(ctx.logger, 'registration', embedded);
  const { expectedOrigins, rpID } = ctx.relyingParty();
  let verification;
  let reason = 'bad attestation';
  try {
    verification = await verifyRegistrationResponse({
      response: /** @type {any} */ (response),
      expectedChallenge: challenge.challenge,
      expectedOrigin: expectedOrigins,
      expectedRPID: rpID,
      // No gesture and no prompt are the point of an automatic upgrade: UP=0 and UV=0 are
      // accepted for options issued as conditional to a signed-in user, and for no others.
      requireUserPresence: !challenge.conditional,
      requireUserVerification: !challenge.conditional,
    });
  } catch (error) {
    reason = reasonOf(error);
  }
  if (!verification?.verified) throw refuse(ctx.logger, 'registration', reason);
  const { credential } = verification.registrationInfo;
  // The id the client names must be the one the authenticator made: the library does not compare them.
  if (credential.id !== response.id) throw refuse(ctx.logger, 'registration', 'id differs from the authenticator data');
  // Bytes, not just rows: a junk-padded key would be stored and sent back forever.
  if (credential.publicKey.length > MAX_PUBLIC_KEY_BYTES) throw refuse(ctx.logger, 'registration', 'public key too large');
  // Taking over a registered id would hand its account to whoever holds the new key.
  if (store.getCredential(credential.id)) throw refuse(ctx.logger, 'registration', 'credential id already registered');

  // Check the name again: someone may have taken it, or this session signed out, since the options.
  let user = store.findUserByUsername(/** @type {string} */ (challenge.username));
  if (user && (user.id !== challenge.userId || ctx.session?.userId !== user.id)) {
    throw verifyFailed(TAKEN, 409);
  }
  const transports = credential.transports ?? response.response.transports;
  // The account and its first passkey together, or neither: a user without a passkey would hold the name.
  try {
    user = store.atomically(() => {
      const owner =
        user ??
        store.addUser({
          id: /** @type {string} */ (challenge.userId),
          username: /** @type {string} */ (challenge.username),
          displayName: /** @type {string} */ (challenge.displayName),
        });
      store.addCredential({
        id: credential.id,
        userId: owner.id,
        publicKey: credential.publicKey,
        counter: credential.counter,
        transports: knownTransports(transports),
        aaguid: knownAaguid(verification.registrationInfo.aaguid),
        backedUp: verification.registrationInfo.credentialBackedUp,
      });
      return owner;
    });
  } catch (error) {
    // Filled up since the options were given (sign-ups racing for the last place).
    if (error instanceof StoreFullError) throw verifyFailed(FULL, 503);
    throw error;
  }
  ctx.signIn(user.id);
  return signedInReply(ctx, user);
}

/**
 * The authenticator model's AAGUID, lowercase; null for all zeros ('none' attestation often
 * names no model) or anything that is not a UUID.
 * @param {unknown} aaguid
 */
function knownAaguid(aaguid) {
  const uuid = typeof aaguid === 'string' ? aaguid.toLowerCase() : '';
  return /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/.test(uuid) && /[1-9a-f]/.test(uuid) ? uuid : null;
}
