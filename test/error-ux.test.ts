import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pageCoordinator } from '../src/core/coordinator.js';
import { register } from '../src/core/register.js';
import type { PasskeyElement } from '../src/elements/passkey-element.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import { button, message, messageSays, type } from './elements.js';
import { callLog, logout, nextEvent, sleep, uniqueName, userWithPasskey, VirtualAuthenticator } from './helpers.js';

type ErrorEvent = CustomEvent<{ error: { code: string; message: string; cause: unknown } }>;

/** Clicks, then checks the error row: code, words in the live region, focus on them. */
async function clickForError(el: PasskeyElement, event: string, code: string, words: RegExp) {
  const failed = nextEvent<ErrorEvent>(el, event);
  button(el).click();
  const { error } = (await failed).detail;
  expect(error.code).to.equal(code);
  expect(error.cause, 'raw cause kept for logs').to.exist;
  await messageSays(el, words);
  expect(message(el).getAttribute('role')).to.equal('status');
  expect(message(el).getAttribute('part')).to.contain('error');
  await sleep(50);
  expect(el.shadowRoot!.activeElement, 'focus moved to the message').to.equal(message(el));
  expect(button(el).getAttribute('aria-disabled')).to.equal('false');
  return error;
}

/**
 * Replaces navigator.credentials[method] to reject with a DOMException name this headless
 * Chromium and its virtual authenticator cannot produce. Stubbed, and only for these rows.
 */
function stubCredentials(method: 'create' | 'get', name: string) {
  Object.defineProperty(navigator.credentials, method, {
    configurable: true,
    value: () => Promise.reject(new DOMException(`stubbed ${name}`, name)),
  });
  return () => delete (navigator.credentials as unknown as Record<string, unknown>)[method];
}

/**
 * Replaces navigator.credentials[method] with one that never settles, as a password-manager
 * extension that intercepts the call and never answers, or an OS dialog that never returns, do
 * (Chromium and its virtual authenticator always answer, at the latest at the timeout). Stubbed.
 */
function hangCredentials(method: 'create' | 'get') {
  Object.defineProperty(navigator.credentials, method, { configurable: true, value: () => new Promise(() => {}) });
  return () => delete (navigator.credentials as unknown as Record<string, unknown>)[method];
}

/** Options with a 500 ms timeout, from the real relying party. */
const shortTimeout = (reply: unknown, step: { step: string }) =>
  step.step === 'options' ? { ...(reply as object), timeout: 500 } : reply;

const fallback = html`<a slot="unsupported" href="/password">Use a password</a>`;
const slotShown = (el: Element) =>
  (el.shadowRoot!.querySelector<HTMLSlotElement>('[part~="form"] slot[name="unsupported"]')?.assignedElements() ?? []).length === 1;

describe('error rows', () => {
  let authenticator: VirtualAuthenticator;
  beforeEach(async () => {
    await logout();
    authenticator = await VirtualAuthenticator.add();
  });
  afterEach(() => VirtualAuthenticator.reset());

  describe('register', () => {
    it('NotAllowedError (verification refused, real) → cancelled; retry succeeds', async () => {
      const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
      await type(el, uniqueName());
      await authenticator.userVerified(false);
      await clickForError(el, 'passkey-register-error', 'cancelled', /cancelled or timed out/);
      await authenticator.userVerified(true);
      const success = nextEvent(el, 'passkey-register-success');
      button(el).click();
      await success;
      await messageSays(el, 'Your passkey is ready.');
    });

    it('NotAllowedError (timed out, real) → cancelled', async () => {
      await authenticator.presence(false);
      const el = await fixture<PasskeyRegister>(html`<passkey-register base-url="/faults/short-timeout"></passkey-register>`);
      await type(el, uniqueName());
      await clickForError(el, 'passkey-register-error', 'cancelled', /cancelled or timed out/);
    });

    it('InvalidStateError (already registered, real) → offers sign-in, which works', async () => {
      const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
      const username = uniqueName();
      await type(el, username);
      button(el).click();
      await nextEvent(el, 'passkey-register-success');
      // Still signed in, so the server offers to add a passkey; this device already holds one.
      await clickForError(el, 'passkey-register-error', 'already-registered', /already has a passkey/);
      const signIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="secondary"]')!;
      expect(signIn.textContent!.trim()).to.equal('Sign in instead');
      const signedIn = nextEvent<CustomEvent>(el, 'passkey-login-success');
      signIn.click();
      expect((await signedIn).detail.response.user.username).to.equal(username);
      await messageSays(el, 'Signed in.');
    });

    it('SecurityError (rp.id of another site, real) → security, and the page’s fallback is offered', async () => {
      const el = await fixture<PasskeyRegister>(html`<passkey-register base-url="/faults/rp-id-mismatch">${fallback}</passkey-register>`);
      await type(el, uniqueName());
      expect(slotShown(el)).to.be.false;
      await clickForError(el, 'passkey-register-error', 'security', /not set up correctly/);
      expect(slotShown(el)).to.be.true;
    });

    it('AbortError that is not our abort (stubbed: some Firefox versions and extensions report the user\'s cancel so) → cancelled; retry succeeds', async () => {
      const restore = stubCredentials('create', 'AbortError');
      try {
        const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
        await type(el, uniqueName());
        await clickForError(el, 'passkey-register-error', 'cancelled', /cancelled or timed out/);
        restore();
        const success = nextEvent(el, 'passkey-register-success');
        button(el).click();
        await success;
      } finally {
        restore();
      }
    });

    it('RangeError (65 excludeCredentials, real: Chrome takes at most 64) → too-many-credentials', async () => {
      const el = await fixture<PasskeyRegister>(html`<passkey-register base-url="/faults/exclude-65"></passkey-register>`);
      await type(el, uniqueName());
      await clickForError(el, 'passkey-register-error', 'too-many-credentials', /too many passkeys/);
    });

    for (const [name, code, words] of [
      ['NotSupportedError', 'unsupported', /cannot use passkeys/],
      ['ConstraintError', 'unsupported', /cannot use passkeys/],
      ['UnknownError', 'unknown', /Something went wrong/],
    ] as const) {
      it(`${name} (stubbed: the virtual authenticator cannot produce it) → ${code}`, async () => {
        const restore = stubCredentials('create', name);
        try {
          const el = await fixture<PasskeyRegister>(html`<passkey-register>${fallback}</passkey-register>`);
          await type(el, uniqueName());
          await clickForError(el, 'passkey-register-error', code, words);
          expect(slotShown(el)).to.equal(code === 'unsupported');
        } finally {
          restore();
        }
      });
    }
  });

  it('keyboard: Enter on the focused button runs the ceremony, and focus is still there after the dialog', async () => {
    const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
    await type(el, uniqueName());
    button(el).focus();
    const success = nextEvent(el, 'passkey-register-success');
    await sendKeys({ press: 'Enter' }); // a real key press, through the browser
    await success;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus back on the button').to.equal(button(el));
  });

  describe('modal sign-in', () => {
    it('NotAllowedError (no passkey for this user here, real) → cancelled; retry works', async () => {
      const other = uniqueName();
      await register({ username: other });
      await logout();
      await VirtualAuthenticator.reset();
      authenticator = await VirtualAuthenticator.add();
      const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
      await type(el, other);
      await clickForError(el, 'passkey-login-error', 'cancelled', /cancelled or timed out/);
      await clickForError(el, 'passkey-login-error', 'cancelled', /cancelled or timed out/);
    });

    it('AbortError that is not our abort (stubbed: some Firefox versions and extensions report the user\'s cancel so) → cancelled', async () => {
      const restore = stubCredentials('get', 'AbortError');
      try {
        await VirtualAuthenticator.reset(); // no autofill: only the click asks
        const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
        await clickForError(el, 'passkey-login-error', 'cancelled', /cancelled or timed out/);
        await clickForError(el, 'passkey-login-error', 'cancelled', /cancelled or timed out/);
      } finally {
        restore();
      }
    });

    it('RangeError (65 allowCredentials, real: Chrome takes at most 64) → too-many-credentials', async () => {
      const el = await fixture<PasskeyLogin>(html`<passkey-login options-url="/faults/allow-65"></passkey-login>`);
      await type(el, 'someone');
      await clickForError(el, 'passkey-login-error', 'too-many-credentials', /too many passkeys/);
    });

    it('UnknownError (stubbed: the virtual authenticator cannot produce it) → unknown', async () => {
      const restore = stubCredentials('get', 'UnknownError');
      try {
        await VirtualAuthenticator.reset(); // no autofill: only the click asks
        const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
        await clickForError(el, 'passkey-login-error', 'unknown', /Something went wrong/);
      } finally {
        restore();
      }
    });
  });

  describe('autofill', () => {
    it('a server down at page load: nothing shown (the button will say it)', async () => {
      await userWithPasskey();
      const el = document.createElement('passkey-login');
      el.baseUrl = '/faults/500';
      let errors = 0;
      el.addEventListener('passkey-login-error', () => errors++);
      document.body.append(el);
      try {
        await sleep(500);
        expect(errors).to.equal(0);
        expect(message(el).textContent!.trim()).to.equal('');
      } finally {
        el.remove();
      }
    });

    it('a refusal after the user picked a passkey is shown (verify refused, real ceremony)', async () => {
      await userWithPasskey();
      const el = document.createElement('passkey-login');
      el.verifyUrl = '/faults/verified-false';
      const failed = nextEvent<ErrorEvent>(el, 'passkey-login-error');
      document.body.append(el); // the virtual authenticator picks at once
      try {
        expect((await failed).detail.error.code).to.equal('verification-failed');
        await messageSays(el, 'Signature did not match.');
      } finally {
        el.remove();
      }
    });

    it('cancelled (no passkey here, real): nothing shown, armed again when the field is focused', async () => {
      const calls = callLog();
      const el = document.createElement('passkey-login');
      el.fetch = calls.fetch;
      let errors = 0;
      el.addEventListener('passkey-login-error', () => errors++);
      document.body.append(el);
      try {
        await sleep(500);
        expect(calls.log).to.deep.equal(['fetch /passkeys/login/options', 'get conditional']);
        expect(pageCoordinator().autofillPending).to.be.false; // rejected at once: no credential
        expect(message(el).textContent!.trim()).to.equal('');
        el.querySelector('input')!.focus();
        await sleep(500);
        // Armed again, with the same options: their challenge was not used.
        expect(calls.log).to.deep.equal(['fetch /passkeys/login/options', 'get conditional', 'get conditional']);
        expect(errors).to.equal(0);
      } finally {
        el.remove();
        calls.restore();
      }
    });
  });
});

describe('a WebAuthn call that never settles', () => {
  beforeEach(async () => {
    await logout();
    await VirtualAuthenticator.add();
  });
  afterEach(() => VirtualAuthenticator.reset());

  it('sign-up: the watchdog ends it after the options\' timeout plus a margin → cancelled; retry succeeds', async () => {
    const restore = hangCredentials('create');
    try {
      const el = await fixture<PasskeyRegister>(html`<passkey-register .transformResponse=${shortTimeout}></passkey-register>`);
      await type(el, uniqueName());
      const started = performance.now();
      await clickForError(el, 'passkey-register-error', 'cancelled', /cancelled or timed out/);
      const waited = performance.now() - started;
      expect(waited, `ended after ${Math.round(waited)} ms`).to.be.within(500, 8_000);
      restore();
      const success = nextEvent(el, 'passkey-register-success');
      button(el).click();
      await success;
    } finally {
      restore();
    }
  });

  it('modal sign-in: the watchdog ends it → cancelled, the button usable again', async () => {
    const restore = hangCredentials('get');
    try {
      const el = await fixture<PasskeyLogin>(html`<passkey-login .transformResponse=${shortTimeout}></passkey-login>`);
      await sleep(300); // autofill armed (its call never settles either, as a real one waits)
      await clickForError(el, 'passkey-login-error', 'cancelled', /cancelled or timed out/);
      expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent).not.to.match(/Waiting/);
    } finally {
      restore();
    }
  });
});

describe('accessibility (axe) in every state', () => {
  beforeEach(async () => {
    await logout();
    await VirtualAuthenticator.add();
  });
  afterEach(() => VirtualAuthenticator.reset());

  it('idle, busy, success, error with its actions', async () => {
    const page = await fixture(html`<main><passkey-register>${fallback}</passkey-register><passkey-login></passkey-login></main>`);
    const el = page.querySelector('passkey-register')!;
    await expect(page).to.be.accessible();

    el.baseUrl = '/faults/hang';
    await type(el, uniqueName());
    button(el).click();
    await messageSays(el, /Waiting/);
    await expect(page).to.be.accessible();
    el.remove();

    const fresh = document.createElement('passkey-register');
    page.prepend(fresh);
    await fresh.updateComplete;
    const username = uniqueName();
    await type(fresh, username);
    button(fresh).click();
    await nextEvent(fresh, 'passkey-register-success');
    await expect(page).to.be.accessible();

    button(fresh).click();
    await nextEvent(fresh, 'passkey-register-error'); // already registered: "Sign in instead"
    await fresh.updateComplete;
    await expect(page).to.be.accessible();
  });

  it('unsupported, with and without a fallback', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential')!;
    // Chromium always has WebAuthn: removing the global is how an old browser looks.
    delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    try {
      const page = await fixture(html`<main><passkey-register></passkey-register><passkey-login>${fallback}</passkey-login></main>`);
      await expect(page).to.be.accessible();
    } finally {
      Object.defineProperty(window, 'PublicKeyCredential', original);
    }
  });
});
