// @ts-check
/** Refusing a verify: one message for the client, a reason without request data for the log. */
import { verifyFailed } from './input.js';

/**
 * The same reply whatever failed, so a caller cannot probe which credentials or accounts exist.
 */
export const NOT_VERIFIED = 'This passkey could not be verified.';

/**
 * @param {Pick<Console, 'warn'>} logger
 * @param {'registration' | 'sign-in'} ceremony
 * @param {string} reason no request data in it
 */
export function refuse(logger, ceremony, reason) {
  logger.warn(`passkeys: ${ceremony} refused: ${reason}`);
  return verifyFailed(NOT_VERIFIED);
}

/** What the library's error is about, by its wording; checked in this order. */
const REASONS = /** @type {const} */ ([
  [/challenge/i, 'wrong challenge'],
  [/origin/i, 'wrong origin'],
  [/RP ID/i, 'wrong RP ID hash'],
  [/type/i, 'wrong ceremony type'],
  [/not present/i, 'user not present'],
  [/verification/i, 'user not verified'],
  [/counter/i, 'signature counter went backwards'],
  [/alg/i, 'unsupported key algorithm'],
]);

/**
 * A fixed phrase for the library's error, never its message: that quotes values from the
 * request (`Unexpected ... challenge "<the client's challenge>"`), and client data stays out of logs.
 * @param {unknown} error
 */
export function reasonOf(error) {
  const message = String(/** @type {Error} */ (error)?.message ?? error);
  return REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'malformed response';
}
