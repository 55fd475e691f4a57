// <passkey-register upgrade>'s automatic upgrade, loaded only by pages that use it (the drop-in
// file fetches it from beside itself).
import type { ContractOptions } from '../core/contract.js';
import type { HintOptions } from '../core/hints.js';
import { upgrade } from '../core/upgrade.js';
import type { PasskeyRegister } from './passkey-register.js';

/** The usernames each element has upgraded, or is upgrading, in this page load. */
const tried = new WeakMap<Element, Set<string>>();

/**
 * Runs `upgrade()` for the element's `username` unless it already did in this page load, and
 * reports the outcome in events. Removing the element cancels it and reports nothing; put back,
 * it tries again.
 */
export function upgradeOnce(element: PasskeyRegister, contract: ContractOptions & HintOptions): void {
  const username = element.username?.trim() ?? '';
  const done = tried.get(element) ?? new Set<string>();
  tried.set(element, done);
  if (!username || done.has(username) || !element.isConnected) return;
  done.add(username);
  const abort = new AbortController();
  const controller = {
    hostDisconnected() {
      abort.abort();
      done.delete(username);
    },
  };
  element.addController(controller);
  upgrade({ ...contract, username, displayName: element.displayName, signal: abort.signal })
    .then(
      (result): [string, object][] => [
        ...(result.outcome == 'created'
          ? [['passkey-register-success', { response: result.response, credential: result.credential, automatic: true }] as [string, object]]
          : []),
        ['passkey-register-upgrade', { ...result, username }],
      ],
      // The server failed (an abort of ours is reported by nobody).
      (error): [string, object][] => [['passkey-register-upgrade', { outcome: 'failed', username, error }]],
    )
    .then((events) => {
      // Done: a removal now cancels nothing and forgets nothing.
      element.removeController(controller);
      for (const [type, detail] of abort.signal.aborted ? [] : events) {
        element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
      }
    });
}
