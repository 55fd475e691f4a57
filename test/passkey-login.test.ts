import { expect, fixture, html } from '@open-wc/testing';
import { pageCoordinator } from '../src/core/coordinator.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import { button, input, messageSays, type } from './elements.js';
import { logout, nextEvent, recordEvents, sleep, userWithPasskey, VirtualAuthenticator } from './helpers.js';

type ErrorEvent = CustomEvent<{ error: { code: string; message: string } }>;
type SuccessEvent = CustomEvent<{ response: { verified: boolean; user: { username: string } }; credential: { id: string } }>;

const outcomes = ['passkey-login-success', 'passkey-login-error'];

/** Waits until the element's autofill request is pending in the browser. */
async function autofillPending(): Promise<void> {
  for (let i = 0; i < 200 && !pageCoordinator().autofillPending; i++) await sleep(10);
  expect(pageCoordinator().autofillPending, 'autofill armed').to.be.true;
  await sleep(300); // options fetched, navigator.credentials.get called
}

describe('<passkey-login>', () => {
  let authenticator: VirtualAuthenticator;
  beforeEach(async () => {
    await logout();
    authenticator = await VirtualAuthenticator.add();
  });
  afterEach(() => VirtualAuthenticator.reset());

  it('renders a labelled autofill field in the light DOM and a button', async () => {
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    const field = input(el);
    expect(field.parentElement).to.equal(el);
    expect(field.getAttribute('autocomplete')).to.equal('username webauthn');
    expect(el.querySelector(`label[for="${field.id}"]`)!.textContent).to.equal('Username');
    expect(button(el).textContent!.trim()).to.equal('Sign in with a passkey');
  });

  // Firefox offers passkeys in autofill only on an input with a form owner (test/firefox.e2e.js).
  it('gives its field a form owner: its own unshown form, or the page\'s form around it', async () => {
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    const own = input(el).form!;
    expect(own.parentElement).to.equal(el);
    expect(own.assignedSlot, 'not slotted, so not shown').to.equal(null);
    expect(input(el).parentElement, 'the field stays slotted').to.equal(el);
    const page = await fixture<HTMLFormElement>(html`<form><passkey-login></passkey-login></form>`);
    expect(input(page.querySelector('passkey-login')!).form).to.equal(page);
    expect(page.querySelectorAll('form')).to.have.length(0);
  });

  it('uses an input the page gives it, adding the webauthn token', async () => {
    const el = await fixture<PasskeyLogin>(
      html`<passkey-login><label for="mine">Email</label><input id="mine" autocomplete="email" /></passkey-login>`,
    );
    expect(el.querySelectorAll('input')).to.have.length(1);
    expect(input(el).getAttribute('autocomplete')).to.equal('email webauthn');
    expect(input(el).slot).to.equal('username');
  });

  it('signs in through browser autofill as soon as it connects', async () => {
    const username = await userWithPasskey();
    const el = document.createElement('passkey-login');
    const success = nextEvent<SuccessEvent>(el, 'passkey-login-success');
    document.body.append(el);
    try {
      expect((await success).detail.response.user.username).to.equal(username);
      await messageSays(el, 'Signed in.');
    } finally {
      el.remove();
    }
  });

  it('aborts pending autofill silently for a click, and the modal ceremony succeeds', async () => {
    const username = await userWithPasskey();
    await authenticator.presence(false);
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    await autofillPending();
    await authenticator.presence(true);
    const log = recordEvents(el, outcomes);
    button(el).click();
    await nextEvent(el, 'passkey-login-success');
    await sleep(300);
    expect(log.types()).to.deep.equal(['passkey-login-success']);
    expect((log.events[0] as SuccessEvent).detail.response.user.username).to.equal(username);
  });

  it('sends the typed username: another user has no passkey here, so only usernameless works', async () => {
    const other = await userWithPasskey();
    await VirtualAuthenticator.reset();
    authenticator = await VirtualAuthenticator.add();
    const mine = await userWithPasskey();
    await authenticator.presence(false);
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    await autofillPending();
    await authenticator.presence(true);

    await type(el, other);
    const error = nextEvent<ErrorEvent>(el, 'passkey-login-error');
    button(el).click();
    expect((await error).detail.error.code).to.equal('cancelled');

    await type(el, mine);
    const success = nextEvent<SuccessEvent>(el, 'passkey-login-success');
    button(el).click();
    expect((await success).detail.response.user.username).to.equal(mine);

    await logout();
    await type(el, '');
    const usernameless = nextEvent<SuccessEvent>(el, 'passkey-login-success');
    button(el).click();
    expect((await usernameless).detail.response.user.username).to.equal(mine);
  });

  it('says the request was cancelled when verification is refused, and retry works', async () => {
    await userWithPasskey();
    await authenticator.presence(false);
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    await autofillPending();
    await authenticator.presence(true);
    await authenticator.userVerified(false);
    const error = nextEvent<ErrorEvent>(el, 'passkey-login-error');
    button(el).click();
    expect((await error).detail.error.code).to.equal('cancelled');
    await messageSays(el, /cancelled or timed out/);
    await authenticator.userVerified(true);
    const success = nextEvent(el, 'passkey-login-success');
    button(el).click();
    await success;
  });

  it('shows a server error and an unreachable server plainly', async () => {
    // No authenticator: autofill stays off, so only the click talks to the server.
    await VirtualAuthenticator.reset();
    const el = await fixture<PasskeyLogin>(html`<passkey-login base-url="/faults/500"></passkey-login>`);
    const serverError = nextEvent<ErrorEvent>(el, 'passkey-login-error');
    button(el).click();
    expect((await serverError).detail.error.code).to.equal('server-error');
    await messageSays(el, /server had a problem/);

    el.baseUrl = 'http://localhost:9/passkeys';
    const networkError = nextEvent<ErrorEvent>(el, 'passkey-login-error');
    button(el).click();
    expect((await networkError).detail.error.code).to.equal('network-error');
    await messageSays(el, /Could not reach the server/);
  });

  it('stops its autofill request when removed', async () => {
    await userWithPasskey();
    await authenticator.presence(false);
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    await autofillPending();
    const log = recordEvents(el, outcomes);
    el.remove();
    await sleep(200);
    expect(pageCoordinator().autofillPending).to.be.false;
    expect(log.types()).to.deep.equal([]);
  });

  it('shows its unsupported slot instead of passkey controls where WebAuthn is missing', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential')!;
    // Chromium always has WebAuthn: removing the global is how an old browser looks.
    delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    try {
      const el = await fixture<PasskeyLogin>(
        html`<passkey-login><a slot="unsupported" href="/password">Sign in with a password</a></passkey-login>`,
      );
      expect(el.shadowRoot!.querySelector('button')).to.be.null;
      expect(el.querySelector('input')).to.be.null;
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="unsupported"]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Sign in with a password');
      expect(el.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(0);
    } finally {
      Object.defineProperty(window, 'PublicKeyCredential', original);
    }
  });
});
