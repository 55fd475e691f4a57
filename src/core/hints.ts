/** Which kind of authenticator the browser should offer first (WebAuthn's `hints`). */
export type PasskeyHint = 'security-key' | 'client-device' | 'hybrid';

export interface HintOptions {
  /**
   * `security-key`, `client-device` and/or `hybrid`, most wanted first: a list, or one string
   * separated by spaces or commas. Used where the server's options set no `hints` of their own.
   */
  hints?: string | readonly PasskeyHint[];
}

/**
 * The options with the page's hints, unless the server set some. An empty list counts as none:
 * @simplewebauthn/server puts `hints: []` in every reply.
 */
export function withHints<Options extends { hints?: unknown }>(options: Options, hints: HintOptions['hints']): Options {
  const list = typeof hints == 'string' ? hints.match(/[^\s,]+/g) : hints;
  return list?.length && !(options.hints as unknown[] | undefined)?.length ? { ...options, hints: list } : options;
}
