import { WebAuthnAbortService } from '@simplewebauthn/browser';
import { PasskeyError } from './errors.js';

/**
 * How long a request with these options may take, and so how long they stay fresh: their
 * `timeout`, 5 minutes when they give none. Held between 1 s and 10 minutes (what browsers
 * allow): a nonsense value must not fire our timers at once, over and over.
 */
export const lifetime = (options: { timeout?: number }): number => Math.min(Math.max(+options.timeout! || 3e5, 1e3), 6e5);

/**
 * Runs a WebAuthn request that `signal` can cancel. @simplewebauthn/browser keeps one request
 * per page and cancels it through its abort service, not through a signal of ours.
 *
 * With `watch` (a modal request's options), a watchdog ends a request that never settles (a
 * password-manager extension that swallows it, an OS dialog that never answers) at the options'
 * lifetime (above) plus 5 s, the browser's own timeout having had its
 * chance: `cancelled`, which the user can retry, instead of a button busy for good.
 */
export async function abortable<T>(
  signal: AbortSignal | undefined,
  request: () => Promise<T>,
  watch?: { timeout?: number } | false,
): Promise<T> {
  signal?.throwIfAborted();
  const cancel = () => WebAuthnAbortService.cancelCeremony();
  signal?.addEventListener('abort', cancel, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      request(),
      new Promise<never>((_, reject) => {
        if (watch) {
          timer = setTimeout(() => {
            cancel();
            reject(new PasskeyError('cancelled', { cause: 'watchdog' }));
          }, lifetime(watch) + 5e3);
        }
      }),
    ]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}
