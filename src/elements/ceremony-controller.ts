import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CeremonyResult } from '../core/register.js';
import { toPasskeyError, type Ceremony, type PasskeyError } from '../core/errors.js';

export type CeremonyStatus = 'idle' | 'busy' | 'success' | 'error';

/**
 * The busy state shows after this many ms: a ceremony that ends sooner (a fast server and
 * authenticator) never flickers, and no re-render lands between the click and the first reply.
 * A double click is refused from the first moment all the same.
 */
const BUSY_DELAY = 100;

/**
 * The state of one element's ceremonies, and the events that report them. One ceremony at a
 * time; leaving the page aborts it.
 */
export class CeremonyController implements ReactiveController {
  status: CeremonyStatus = 'idle';
  error?: PasskeyError;
  /** The kind of the last ceremony: a sign-up element can also sign in ("Sign in instead"). */
  kind: Ceremony;
  #abort?: AbortController;
  #busyTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    kind: Ceremony,
  ) {
    this.kind = kind;
    host.addController(this);
  }

  /** Runs `ceremony` unless one is already running (a double click runs one). */
  async run(kind: Ceremony, ceremony: (signal: AbortSignal) => Promise<CeremonyResult<unknown>>): Promise<void> {
    if (this.status == 'busy') return;
    const abort = (this.#abort = new AbortController());
    this.kind = kind;
    this.#set('busy');
    try {
      const result = await ceremony(abort.signal);
      if (!abort.signal.aborted) this.succeed(result);
    } catch (error) {
      this.fail(error);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  succeed(result: CeremonyResult<unknown>): void {
    this.#set('success');
    this.#dispatch('success', result);
  }

  /** Shows the error and reports it; an abort of ours is not an error. */
  fail(cause: unknown): void {
    const error = toPasskeyError(cause, this.kind);
    if (error.code === 'aborted') return this.#set('idle');
    this.error = error;
    this.#set('error');
    this.#dispatch('error', { error });
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  #set(status: CeremonyStatus) {
    this.status = status;
    if (status !== 'error') this.error = undefined;
    clearTimeout(this.#busyTimer);
    if (status === 'busy') this.#busyTimer = setTimeout(() => this.host.requestUpdate(), BUSY_DELAY);
    else this.host.requestUpdate();
  }

  #dispatch(outcome: 'success' | 'error', detail: unknown) {
    this.host.dispatchEvent(new CustomEvent(`passkey-${this.kind}-${outcome}`, { detail, bubbles: true, composed: true }));
  }
}
