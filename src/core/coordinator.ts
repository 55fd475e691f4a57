/**
 * One per page: a browser runs a single WebAuthn request at a time, so a pending autofill
 * request must step aside for a modal one and come back after it, whichever element (or
 * headless call) started which.
 */

import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';

/** Sign-in options autofill fetched, whose challenge no ceremony has used yet. */
export interface HeldOptions {
  /** Where they came from: the options endpoint, or the custom backend. */
  key: unknown;
  json: PublicKeyCredentialRequestOptionsJSON;
  /** When they go stale (a Date.now() time): their `lifetime()` after they arrived. */
  stale: number;
}

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
  /**
   * Autofill's unused options: the next autofill attempt reuses them (a re-mounted element
   * spends no request), or the first modal sign-in takes them (see modal). Each challenge is
   * used once.
   */
  held?: HeldOptions;

  constructor() {
    // Back from another tab, which may have replaced the session's one challenge: fresh options.
    document.addEventListener('visibilitychange', () => document.hidden || this.refresh());
  }

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
   * success the user is in: the field's focus, or the next page, arms it again. The ceremony is
   * handed autofill's held options, which nobody else may use then: its own options request
   * would replace the session's challenge on many servers.
   */
  async modal<T>(ceremony: (held?: HeldOptions) => Promise<T>): Promise<T> {
    const held = this.held;
    this.held = undefined;
    this.#modals++;
    this.#stop();
    try {
      return await ceremony(held);
    } catch (error) {
      // Arming waits a microtask: it sees the count below already down.
      this.#queueArm();
      throw error;
    } finally {
      this.#modals--;
    }
  }

  /** Drops the held options; a pending autofill request starts again with fresh ones. */
  refresh(): void {
    this.held = undefined;
    if (this.#pending) {
      this.#stop();
      this.#queueArm();
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
