// getClientCapabilities() drives the copy. Headless Chromium 156 reports hybridTransport: false
// (no Bluetooth) and conditionalGet: true once an authenticator exists, so the other answers are
// stubbed here: the one browser API replaced, restored after each test.
import { expect, fixture, html } from '@open-wc/testing';
import { clientCapabilities } from '../src/core/support.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import { button, input } from './elements.js';
import { sleep } from './helpers.js';

/** Makes getClientCapabilities() answer `answer`, counting the calls, until `restore()`. */
function stubCapabilities(answer: Record<string, boolean>) {
  const original = Object.getOwnPropertyDescriptor(PublicKeyCredential, 'getClientCapabilities')!;
  const stub = { calls: 0, restore: () => Object.defineProperty(PublicKeyCredential, 'getClientCapabilities', original) };
  Object.defineProperty(PublicKeyCredential, 'getClientCapabilities', {
    ...original,
    value: async () => (stub.calls++, answer),
  });
  return stub;
}

const buttonText = (el: Element) => button(el).textContent!.trim();

/** The capabilities have answered and the element has re-rendered. */
async function settled(el: PasskeyRegister | PasskeyLogin) {
  await clientCapabilities();
  await sleep(0);
  await el.updateComplete;
}

describe('capabilities drive the copy', () => {
  let stub: ReturnType<typeof stubCapabilities>;
  afterEach(() => stub.restore());

  it('no platform authenticator but a phone (hybrid): "Use your phone or a security key"', async () => {
    stub = stubCapabilities({ hybridTransport: true, passkeyPlatformAuthenticator: false });
    const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
    await settled(el);
    expect(buttonText(el)).to.equal('Use your phone or a security key');
    el.buttonLabel = 'Mine';
    await el.updateComplete;
    expect(buttonText(el)).to.equal('Mine');
  });

  it('a platform authenticator, or no phone: "Create a passkey"', async () => {
    for (const answer of [{ hybridTransport: true, passkeyPlatformAuthenticator: true }, { hybridTransport: false }, {}] as Record<string, boolean>[]) {
      stub = stubCapabilities(answer);
      const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
      await settled(el);
      expect(buttonText(el), JSON.stringify(answer)).to.equal('Create a passkey');
      stub.restore();
    }
  });

  it('in German too', async () => {
    await import('../src/locales/de.js');
    stub = stubCapabilities({ hybridTransport: true });
    const box = await fixture(html`<div lang="de"><passkey-register></passkey-register></div>`);
    const el = box.querySelector('passkey-register')!;
    await settled(el);
    expect(buttonText(el)).to.equal('Handy oder Sicherheitsschlüssel verwenden');
  });

  it('no conditional get: the login field does not claim passkey autofill', async () => {
    stub = stubCapabilities({ conditionalGet: false });
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    await settled(el);
    expect(input(el).getAttribute('autocomplete')).to.equal('username');
    const own = await fixture<PasskeyLogin>(html`<passkey-login><input autocomplete="email webauthn" /></passkey-login>`);
    await settled(own);
    expect(input(own).getAttribute('autocomplete')).to.equal('email');
  });

  it('conditional get: the field keeps its webauthn token', async () => {
    stub = stubCapabilities({ conditionalGet: true });
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    await settled(el);
    expect(input(el).getAttribute('autocomplete')).to.equal('username webauthn');
  });

  it('asks the browser once per page, whatever the number of elements', async () => {
    stub = stubCapabilities({ conditionalGet: true });
    await fixture(html`<div><passkey-login></passkey-login><passkey-register></passkey-register><passkey-login></passkey-login></div>`);
    await clientCapabilities();
    await clientCapabilities();
    expect(stub.calls).to.equal(1);
  });
});
