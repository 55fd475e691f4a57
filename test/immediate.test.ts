// <passkey-login immediate> and loginImmediately(). Headless Chromium 156 runs WebAuthn's
// immediate UI mode for real (measured here): getClientCapabilities() says immediateGet: true,
// and get({uiMode: 'immediate'}) with the CDP virtual authenticator signs in with a discoverable
// passkey, or rejects NotAllowedError at once when there is none. (The older spelling,
// `mediation: 'immediate'`, is a TypeError there.) Only "a browser without immediate mode" needs
// a stub: getClientCapabilities() answering immediateGet: false.
import { expect, fixture, html } from '@open-wc/testing';
import { loginImmediately } from '../src/core/immediate.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import { button, message, messageSays } from './elements.js';
import { logout, nextEvent, recordEvents, sleep, userWithPasskey, VirtualAuthenticator } from './helpers.js';

type SuccessEvent = CustomEvent<{ response: { verified: boolean; user: { username: string } } }>;

/** Records how each get() asked (`immediate`, `conditional` or `modal`); the calls run for real. */
function spyGet() {
  const container = navigator.credentials;
  const real = container.get.bind(container);
  const modes: string[] = [];
  Object.defineProperty(container, 'get', {
    configurable: true,
    value: (options: CredentialRequestOptions & { uiMode?: string }) => {
      modes.push(options.uiMode ?? options.mediation ?? 'modal');
      return real(options);
    },
  });
  return { modes, restore: () => delete (container as unknown as Record<string, unknown>).get };
}

/** A login element with `immediate`, its chunk loaded, and no autofill request in the way. */
async function immediateLogin(): Promise<PasskeyLogin> {
  const el = await fixture<PasskeyLogin>(html`<passkey-login immediate></passkey-login>`);
  await import('../src/elements/login-immediate.js');
  await sleep(300); // autofill armed (its conditional get() rejects at once without a passkey)
  return el;
}

describe('<passkey-login immediate>', () => {
  let restore: (() => void)[] = [];
  beforeEach(logout);
  afterEach(async () => {
    restore.splice(0).forEach((undo) => undo());
    await VirtualAuthenticator.reset();
  });

  it('no passkey here: passkey-login-no-passkey at once, no error, no dialog; the next click opens the dialog', async () => {
    const authenticator = await VirtualAuthenticator.add();
    const get = spyGet();
    restore.push(get.restore);
    const events = recordEvents(document, ['passkey-login-no-passkey', 'passkey-login-error', 'passkey-login-success']);
    restore.push(events.stop);
    const el = await immediateLogin();
    const none = nextEvent(el, 'passkey-login-no-passkey');
    button(el).click();
    const { bubbles, composed } = await none;
    expect(bubbles && composed).to.be.true;
    await el.updateComplete;
    expect(message(el).textContent!.trim()).to.equal('');
    expect(events.types()).to.deep.equal(['passkey-login-no-passkey']);
    expect(get.modes.filter((mode) => mode != 'conditional')).to.deep.equal(['immediate']);
    // Second click: the usual dialog (a phone or a security key may have one); the virtual
    // authenticator has none for this site, so it is refused.
    await authenticator.userVerified(false);
    button(el).click();
    await nextEvent(el, 'passkey-login-error');
    expect(get.modes.filter((mode) => mode != 'conditional')).to.deep.equal(['immediate', 'modal']);
  });

  it('a passkey here: signs in through immediate mode', async () => {
    const authenticator = await VirtualAuthenticator.add();
    const username = await userWithPasskey();
    const get = spyGet();
    restore.push(get.restore);
    await authenticator.presence(false); // autofill stays pending instead of signing in by itself
    const el = await immediateLogin();
    await authenticator.presence(true);
    const success = nextEvent<SuccessEvent>(el, 'passkey-login-success');
    button(el).click();
    const { detail } = await success;
    expect(detail.response.user.username).to.equal(username);
    await messageSays(el, 'Signed in.');
    expect(get.modes.filter((mode) => mode != 'conditional')).to.deep.equal(['immediate']);
  });

  it('a browser without immediate mode: the usual dialog at once (getClientCapabilities stubbed: Chromium 156 has it)', async () => {
    const original = Object.getOwnPropertyDescriptor(PublicKeyCredential, 'getClientCapabilities')!;
    Object.defineProperty(PublicKeyCredential, 'getClientCapabilities', { ...original, value: async () => ({ immediateGet: false }) });
    restore.push(() => Object.defineProperty(PublicKeyCredential, 'getClientCapabilities', original));
    const authenticator = await VirtualAuthenticator.add();
    const username = await userWithPasskey();
    const get = spyGet();
    restore.push(get.restore);
    await authenticator.presence(false);
    const el = await immediateLogin();
    await authenticator.presence(true);
    const success = nextEvent<SuccessEvent>(el, 'passkey-login-success');
    button(el).click();
    expect((await success).detail.response.user.username).to.equal(username);
    expect(get.modes).not.to.include('immediate');
  });

  it('without the attribute, nothing changes: the usual dialog', async () => {
    const authenticator = await VirtualAuthenticator.add();
    const get = spyGet();
    restore.push(get.restore);
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    await sleep(300);
    await authenticator.userVerified(false);
    button(el).click();
    await nextEvent(el, 'passkey-login-error');
    expect(get.modes.filter((mode) => mode != 'conditional')).to.deep.equal(['modal']);
  });

  it('loginImmediately() resolves null with no passkey here', async () => {
    await VirtualAuthenticator.add();
    expect(await loginImmediately()).to.equal(null);
  });
});
