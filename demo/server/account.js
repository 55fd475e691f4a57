// @ts-check
/** The signed-in state: /session and /logout. */

/** @typedef {import('./relying-party.js').Ctx} Ctx */
/** @typedef {import('./relying-party.js').Reply} Reply */

const isoDate = (/** @type {number | null} */ ms) => (ms === null ? null : new Date(ms).toISOString());

/**
 * @param {Ctx} ctx
 * @returns {Promise<Reply>}
 */
export async function sessionInfo(ctx) {
  const { store } = ctx;
  const userId = ctx.session?.userId;
  const user = userId ? store.getUser(userId) : undefined;
  if (!user) return { body: { user: null } };
  const credentials = store.credentialsOf(user.id).map((cred) => ({
    id: cred.id,
    createdAt: isoDate(cred.createdAt),
    lastUsedAt: isoDate(cred.lastUsedAt),
    transports: cred.transports,
  }));
  return { body: { user: { ...ctx.publicUser(user), hasPassword: user.passwordHash !== null, credentials } } };
}

/**
 * @param {Ctx} ctx
 * @returns {Promise<Reply>}
 */
export async function logout(ctx) {
  // Keep the session (and its pending challenges, e.g. an armed autofill): only the user goes.
  if (ctx.session) ctx.session.userId = null;
  return { body: { ok: true } };
}
