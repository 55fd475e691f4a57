// @ts-check
/**
 * Makes headless Chromium look, to the page, like an older browser with passkeys: run before any
 * page script (puppeteer's evaluateOnNewDocument), with what the profile lacks
 * (scripts/browser-profiles.js). These are stubs of browser APIs, on purpose: Chromium 156 cannot
 * be made older any other way. Each removal mirrors what the older engine does:
 * - a missing method or constructor is deleted (its property is configurable);
 * - create()'s `mediation` (conditional create) is dropped before the real call, as a browser that
 *   does not know the member ignores it: a conditional create would turn into a modal prompt;
 * - `uiMode` (immediate sign-in, in none of the profiles) is dropped the same way;
 * - `light-dark()` in our style sheets is renamed to a function no engine knows: a declaration
 *   with it alone is dropped when parsed, one behind var() is dropped when used (the value is
 *   invalid at computed-value time), and `@supports (color: light-dark(...))` answers no;
 * - without constructable style sheets, `adoptedStyleSheets` is deleted: Lit then writes <style>.
 * With `activation` (Safari), a modal create() or get() without a user activation
 * (`navigator.userActivation.isActive`, read from the original getter even where the profile
 * deletes it) rejects with NotAllowedError, and each activation allows one modal ceremony.
 * `getClientCapabilities`, where the profile has it, answers for the profile (conditionalCreate,
 * immediateGet). What was asked is kept in `window.__profile` for the test to read.
 * @param {{remove: string[], activation: boolean}} profile
 */
export function applyProfile({ remove, activation }) {
  const record = { calls: /** @type {Array<{method: string, mediation?: string, refused?: boolean}>} */ ([]) };
  Object.defineProperty(window, '__profile', { value: record });
  const lacks = (/** @type {string} */ what) => remove.includes(what);

  const activationGetter = Object.getOwnPropertyDescriptor(Navigator.prototype, 'userActivation')?.get;
  let consumed = false;
  // A new user activation (a trusted press or key) allows the next modal ceremony.
  for (const type of ['pointerdown', 'keydown']) {
    window.addEventListener(type, (event) => event.isTrusted && (consumed = false), { capture: true });
  }
  const mayPrompt = () => {
    const active = !!activationGetter?.call(navigator).isActive && !consumed;
    if (active) consumed = true;
    return active;
  };

  const { create, get } = CredentialsContainer.prototype;
  /** @param {'create' | 'get'} method @param {Function} real */
  const wrap = (method, real) =>
    function (/** @type {any} */ options = {}) {
      const mediation = options.mediation;
      const call = { method, mediation };
      record.calls.push(call);
      if (method === 'create' && lacks('conditional-create') && 'mediation' in options) {
        const { mediation: _ignored, ...rest } = options;
        options = rest;
      }
      if ('uiMode' in options) {
        const { uiMode: _ignored, ...rest } = options;
        options = rest;
      }
      const modal = options.mediation !== 'conditional' && options.mediation !== 'silent';
      if (activation && modal && !mayPrompt()) {
        Object.assign(call, { refused: true });
        return Promise.reject(new DOMException('The request is not allowed without a user gesture (Safari profile).', 'NotAllowedError'));
      }
      // @ts-ignore: `this` is the page's CredentialsContainer
      return real.call(this, options);
    };
  CredentialsContainer.prototype.create = wrap('create', create);
  CredentialsContainer.prototype.get = wrap('get', get);

  const pkc = /** @type {any} */ (globalThis.PublicKeyCredential);
  const capabilities = pkc?.getClientCapabilities;
  if (capabilities && !lacks('PublicKeyCredential.getClientCapabilities')) {
    pkc.getClientCapabilities = async () => ({
      ...(await capabilities.call(pkc)),
      conditionalCreate: !lacks('conditional-create'),
      immediateGet: false,
    });
  }

  if (lacks('light-dark')) {
    const rename = (/** @type {string} */ text) => text.replaceAll('light-dark(', '-profile-unknown-light-dark(');
    const { replaceSync, replace } = CSSStyleSheet.prototype;
    CSSStyleSheet.prototype.replaceSync = function (text) {
      return replaceSync.call(this, rename(text));
    };
    CSSStyleSheet.prototype.replace = function (text) {
      return replace.call(this, rename(text));
    };
    const textContent = /** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(Node.prototype, 'textContent'));
    Object.defineProperty(HTMLStyleElement.prototype, 'textContent', {
      configurable: true,
      get() {
        return textContent.get?.call(this);
      },
      set(text) {
        textContent.set?.call(this, rename(String(text)));
      },
    });
  }

  for (const path of remove) {
    if (path === 'adopted-style-sheets') {
      // @ts-ignore: deleting on purpose
      delete Document.prototype.adoptedStyleSheets;
      // @ts-ignore: deleting on purpose
      delete ShadowRoot.prototype.adoptedStyleSheets;
      continue;
    }
    if (!path.includes('.')) continue; // a simulation above
    const parts = path.split('.');
    const owner = parts.slice(0, -1).reduce((/** @type {any} */ object, key) => object?.[key], globalThis);
    if (owner) delete owner[/** @type {string} */ (parts.at(-1))];
  }
}
