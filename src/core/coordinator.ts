/**
 * One per page: a browser runs a single WebAuthn request at a time, so a pending autofill
 * request must step aside for a modal one and come back after it, whichever element (or
 * headless call) started which.
 */

/** One autofill attempt; it must settle when its signal aborts. */
export type AutofillRun = (signal: AbortSignal) => Promise<unknown>;

export interface AutofillHandle {
  /** Stops this autofill for good (the element left the page). */
  release(): void;
  /** Arms it again if nothing is pending, e.g. after the user dismissed it. */
  rearm(): void;
}

export class CeremonyCoordinator {
  #runs: AutofillRun[] = [];
  #pending?: { run: AutofillRun; controller: AbortController };
  #modals = 0;
  #armQueued = false;

  /** Adds an autofill run; the first one still registered is the one kept armed. */
  autofill(run: AutofillRun): AutofillHandle {
    this.#runs.push(run);
    this.#queueArm();
    return {
      release: () => {
        this.#runs = this.#runs.filter((r) => r !== run);
        if (this.#pending?.run === run) this.#stop();
        this.#queueArm();
      },
      rearm: () => this.#queueArm(),
    };
  }

  /**
   * Runs a modal ceremony with autofill stood down, then re-arms autofill if it failed. After a
   * success the user is in: the field's focus, or the next page, arms it again.
   */
  async modal<T>(ceremony: () => Promise<T>): Promise<T> {
    this.#modals++;
    this.#stop();
    let succeeded = false;
    try {
      const result = await ceremony();
      succeeded = true;
      return result;
    } finally {
      this.#modals--;
      if (!succeeded) this.#queueArm();
    }
  }

  /** True while an autofill request is armed (for tests and devtools). */
  get autofillPending(): boolean {
    return this.#pending !== undefined;
  }

  // Arming waits a microtask so connect/disconnect/connect in one task (framework strict
  // modes, DOM moves) arms once.
  #queueArm() {
    if (this.#armQueued) return;
    this.#armQueued = true;
    queueMicrotask(() => {
      this.#armQueued = false;
      this.#arm();
    });
  }

  #arm() {
    const run = this.#runs[0];
    if (!run || this.#modals || this.#pending) return;
    const pending = { run, controller: new AbortController() };
    this.#pending = pending;
    // Not re-armed when it settles: a browser that rejects at once would loop.
    run(pending.controller.signal)
      .catch(() => {})
      .finally(() => {
        if (this.#pending === pending) this.#pending = undefined;
      });
  }

  #stop() {
    this.#pending?.controller.abort();
    this.#pending = undefined;
  }
}

const key = Symbol.for('passkey-elements.coordinator');

/** The page's coordinator, shared even by two copies of this library on one page. */
export function pageCoordinator(): CeremonyCoordinator {
  const global = globalThis as { [key]?: CeremonyCoordinator };
  return (global[key] ??= new CeremonyCoordinator());
}
