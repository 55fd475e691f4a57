// @ts-check
/** Sign-in ceremony: /login/options and /login/verify. */
import { generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import { embeddedReason, readClientData } from './client-data.js';
import { decoyCredentials } from './decoys.js';
import { readCredentialJson, readOptionalUsername } from './input.js';
import { reasonOf, refuse } from './refusal.js';
import { CHALLENGE_TTL_MS, usernameKey } from './store.js';

/** @typedef {import('./relying-party.js').Ctx} Ctx */
/** @typedef {import('./relying-party.js').Reply} Reply */

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
  if (!credential || !user) throw refuse(logger, 'sign-in', 'unknown credential');
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
  return { body: { verified: true, user: ctx.publicUser(user) } };
}
