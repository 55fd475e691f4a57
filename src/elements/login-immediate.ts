// <passkey-login immediate>'s first try, loaded only by pages that use it (the drop-in file
// fetches it from beside itself).
import { PasskeyError } from '../core/errors.js';
import { loginImmediately } from '../core/immediate.js';
import { login, type LoginOptions, type LoginResult } from '../core/login.js';

/** Elements whose immediate request found no passkey: their button now opens the usual dialog. */
const answered = new WeakSet<Element>();

/**
 * The button's ceremony with `immediate`: first a passkey this device has at hand, without any
 * browser UI when there is none (`loginImmediately()`); then `passkey-login-no-passkey` and no
 * error, so the page can show its password form. Later clicks, and browsers without immediate
 * mode, run the usual sign-in (a phone or a security key may still have one). In those browsers
 * only a resolved promise is awaited before it: no wait spends the click's user activation.
 */
export async function immediateCeremony(element: Element, options: LoginOptions): Promise<LoginResult> {
  if (!answered.has(element)) {
    try {
      const result = await loginImmediately(options);
      if (result) return result;
      answered.add(element);
      element.dispatchEvent(new CustomEvent('passkey-login-no-passkey', { bubbles: true, composed: true }));
    } catch (error) {
      if ((error as PasskeyError).code != 'unsupported') throw error;
      return login(options);
    }
    // No error for the element to show: the page offers its other way in.
    throw new PasskeyError('aborted');
  }
  return login(options);
}
