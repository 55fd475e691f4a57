// @ts-check
/** A fixed-window request counter per client, with a bounded number of clients. */

/**
 * @param {object} opts
 * @param {number} opts.max requests per client per window
 * @param {number} [opts.windowMs] default one minute
 * @param {() => number} [opts.now]
 * @param {number} [opts.maxClients] clients counted at once; beyond, the oldest is forgotten,
 *   so a flood of addresses costs memory up to this and no further
 * @returns {(client: string) => number} counts a request: 0 if allowed, else seconds until the next window
 */
export function createRateLimiter({ max, windowMs = 60_000, now = Date.now, maxClients = 10_000 }) {
  /** @type {Map<string, number>} client → requests in the current window, oldest first */
  const counts = new Map();
  let window = -1;
  return (client) => {
    const t = now();
    const current = Math.floor(t / windowMs);
    if (current !== window) {
      counts.clear();
      window = current;
    }
    const count = (counts.get(client) ?? 0) + 1;
    if (!counts.has(client) && counts.size >= maxClients) {
      const oldest = counts.keys().next().value;
      if (oldest !== undefined) counts.delete(oldest);
    }
    counts.set(client, count);
    return count <= max ? 0 : Math.max(1, Math.ceil(((current + 1) * windowMs - t) / 1000));
  };
}
