// @ts-check
/** Sign-in ceremony: /login/options and /login/verify. */
import { generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import { signedInReply } from './account.js';
import { embeddedReason, readClientData } from './client-data.js';
import { decoyCredentials } from './decoys.js';
import { readCredentialJson, readOptionalUsername, verifyFailed } from './input.js';
import { reasonOf, refuse } from './refusal.js';
import { CHALLENGE_TTL_MS, usernameKey } from './store.js';

/** @typedef {import('./relying-party.js').Ctx} Ctx */
/** @typedef {import('./relying-party.js').Reply} Reply */

/** The verify error for a credential this relying party does not hold (deleted, or never registered). */
const UNKNOWN_CREDENTIAL = 'unknown-credential';

/**
 * Known username: allowCredentials lists its passkeys. Unknown: decoys shaped like one passkey,
 * so the reply does not tell whether the account exists. None: usernameless (discoverable).
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {Promise<Reply>}
 */
export async function loginOptions(ctx, body) {
  const { store } = ctx;
  const username = readOptionalUsername(body);
  const user = username === undefined ? undefined : store.findUserByUsername(username);
  const owned = user ? store.credentialsOf(user.id) : [];
  /** @type {{id: string, transports?: any[]}[] | undefined} */
  let allow;
  if (owned.length) allow = owned.map(({ id, transports }) => ({ id, transports }));
  else if (username !== undefined) allow = decoyCredentials(usernameKey(username), store.decoySecret(), store.profile());
  const { rpID } = ctx.relyingParty();
  const options = await generateAuthenticationOptions({
    rpID,
    allowCredentials: allow,
    userVerification: 'required',
    timeout: CHALLENGE_TTL_MS,
  });
  store.addChallenge(ctx.ensureSession(), {
    type: 'login',
    challenge: options.challenge,
    allowCredentials: allow?.map(({ id }) => id),
  });
  return { body: options };
}

/**
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {Promise<Reply>}
 */
export async function loginVerify(ctx, body) {
  const { store, logger } = ctx;
  const challenge = ctx.takeChallenge('login', body);
  const response = readCredentialJson(body, 'login');
  const embedded = embeddedReason(readClientData(body));
  if (embedded) throw refuse(ctx.logger, 'sign-in', embedded);
  const credential = store.getCredential(response.id);
  const user = credential && store.getUser(credential.userId);
  if (!credential || !user) {
    // Offered for a username yet unknown: a decoy. Refused like any failure, or the reply would
    // tell that the name has no account.
    if (challenge.allowCredentials?.includes(response.id)) throw refuse(logger, 'sign-in', 'unknown credential');
    // Otherwise say so: the browser can then tell the passkey provider to drop it (Signal API).
    logger.warn('passkeys: sign-in refused: unknown credential');
    throw verifyFailed(UNKNOWN_CREDENTIAL, 404);
  }
  // Asked for a named user: only that user's passkeys (none, for a decoy list) may answer.
  if (challenge.allowCredentials && !challenge.allowCredentials.includes(credential.id)) {
    throw refuse(logger, 'sign-in', 'credential not offered for this username');
  }
  // A discoverable credential names its user: it must be the one we stored it for, and with no
  // username given it is the only thing that names one, so it must be there.
  const userHandle = response.response.userHandle;
  if (userHandle === undefined || userHandle === null) {
    if (!challenge.allowCredentials) throw refuse(logger, 'sign-in', 'no user handle in a usernameless sign-in');
  } else if (isoBase64URL.trimPadding(/** @type {string} */ (userHandle)) !== user.id) {
    throw refuse(logger, 'sign-in', 'user handle of another user');
  }
  const { expectedOrigins, rpID } = ctx.relyingParty();
  let verification;
  let reason = 'bad signature';
  try {
    verification = await verifyAuthenticationResponse({
      response: /** @type {any} */ (response),
      expectedChallenge: challenge.challenge,
      expectedOrigin: expectedOrigins,
      expectedRPID: rpID,
      credential: { id: credential.id, publicKey: credential.publicKey, counter: credential.counter },
      requireUserVerification: true,
    });
  } catch (error) {
    // E.g. a signature counter that went backwards (a cloned authenticator): the library throws.
    reason = reasonOf(error);
  }
  if (!verification?.verified) throw refuse(logger, 'sign-in', reason);
  store.recordUse(credential.id, verification.authenticationInfo.newCounter);
  ctx.signIn(user.id);
  return signedInReply(ctx, user);
}
