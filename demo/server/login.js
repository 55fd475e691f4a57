// @ts-check
/** Sign-in ceremony: /login/options and /login/verify. */
import { generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import { readCredentialJson, readOptionalUsername, verifyFailed } from './input.js';
import { CHALLENGE_TTL_MS } from './store.js';

/** @typedef {import('./relying-party.js').Ctx} Ctx */
/** @typedef {import('./relying-party.js').Reply} Reply */

/**
 * Known username: allowCredentials lists its passkeys. Unknown or none: a usernameless request
 * with the same status and fields otherwise, and no error, so the reply does not confirm an account.
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {Promise<Reply>}
 */
export async function loginOptions(ctx, body) {
  const { store } = ctx;
  const username = readOptionalUsername(body);
  const user = username === undefined ? undefined : store.findUserByUsername(username);
  const owned = user ? store.credentialsOf(user.id) : [];
  const { rpID } = ctx.relyingParty();
  const options = await generateAuthenticationOptions({
    rpID,
    allowCredentials: owned.length ? owned.map(({ id, transports }) => ({ id, transports })) : undefined,
    userVerification: 'required',
    timeout: CHALLENGE_TTL_MS,
  });
  store.setChallenge(ctx.ensureSession(), { type: 'login', challenge: options.challenge });
  return { body: options };
}

/**
 * @param {Ctx} ctx
 * @param {unknown} body
 * @returns {Promise<Reply>}
 */
export async function loginVerify(ctx, body) {
  const { store } = ctx;
  const challenge = ctx.takeChallenge('login');
  const response = readCredentialJson(body);
  const credential = store.getCredential(response.id);
  const user = credential && store.getUser(credential.userId);
  if (!credential || !user) throw verifyFailed('This passkey is not registered here.');
  // A discoverable credential names its user; it must be the one we stored it for.
  const userHandle = response.response.userHandle;
  if (typeof userHandle === 'string' && userHandle && isoBase64URL.trimPadding(userHandle) !== user.id) {
    throw verifyFailed('This passkey does not belong to this account.');
  }
  const { origin, rpID } = ctx.relyingParty();
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response: /** @type {any} */ (response),
      expectedChallenge: challenge.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: { id: credential.id, publicKey: credential.publicKey, counter: credential.counter },
      requireUserVerification: true,
    });
  } catch (error) {
    // E.g. a signature counter that went backwards (a cloned authenticator): the library throws.
    ctx.logger.warn(`passkeys: sign-in rejected: ${/** @type {Error} */ (error).message}`);
  }
  if (!verification?.verified) throw verifyFailed('This passkey could not be verified.');
  credential.counter = verification.authenticationInfo.newCounter;
  credential.lastUsedAt = store.now();
  ctx.signIn(user.id);
  return { body: { verified: true, user: ctx.publicUser(user) } };
}
