import { WebAuthnAbortService } from '@simplewebauthn/browser';

/**
 * Runs a WebAuthn request that `signal` can cancel. @simplewebauthn/browser keeps one request
 * per page and cancels it through its abort service, not through a signal of ours.
 */
export async function abortable<T>(signal: AbortSignal | undefined, request: () => Promise<T>): Promise<T> {
  signal?.throwIfAborted();
  const cancel = () => WebAuthnAbortService.cancelCeremony();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await request();
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
