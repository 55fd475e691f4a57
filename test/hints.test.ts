// hints: the attribute (or property) reaches navigator.credentials.create/get, unless the server
// set its own. The calls are recorded and go on to the real browser (a spy, not a stub).
import { expect, fixture, html } from '@open-wc/testing';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import { button, type } from './elements.js';
import { logout, nextEvent, uniqueName, userWithPasskey, VirtualAuthenticator } from './helpers.js';

type Method = 'create' | 'get';

/** Records the `publicKey.hints` of each create/get call, which then runs for real. */
function spy(method: Method) {
  const container = navigator.credentials;
  const real = container[method].bind(container) as (options: object) => Promise<Credential | null>;
  const hints: { mediation?: string; hints?: string[] }[] = [];
  Object.defineProperty(container, method, {
    configurable: true,
    value: (options: { mediation?: string; publicKey: { hints?: string[] } }) => {
      hints.push({ mediation: options.mediation, hints: options.publicKey.hints });
      return real(options);
    },
  });
  return { hints, restore: () => delete (container as unknown as Record<string, unknown>)[method] };
}

describe('hints', () => {
  let restore: () => void;
  beforeEach(async () => {
    await logout();
    await VirtualAuthenticator.add();
  });
  afterEach(async () => {
    restore?.();
    await VirtualAuthenticator.reset();
  });

  it('<passkey-register hints="security-key, hybrid"> passes them to create()', async () => {
    const create = spy('create');
    restore = create.restore;
    const el = await fixture<PasskeyRegister>(html`<passkey-register hints="security-key, hybrid"></passkey-register>`);
    await type(el, uniqueName());
    const success = nextEvent(el, 'passkey-register-success');
    button(el).click();
    await success;
    expect(create.hints).to.deep.equal([{ mediation: undefined, hints: ['security-key', 'hybrid'] }]);
  });

  it('<passkey-login hints="client-device"> passes them to the button\'s get() and to autofill\'s', async () => {
    const username = await userWithPasskey();
    const get = spy('get');
    restore = get.restore;
    const el = await fixture<PasskeyLogin>(html`<passkey-login hints="client-device"></passkey-login>`);
    // Autofill resolves by itself in headless Chromium with a passkey on the authenticator.
    await nextEvent(el, 'passkey-login-success');
    await logout();
    await type(el, username);
    const success = nextEvent(el, 'passkey-login-success');
    button(el).click();
    await success;
    expect(get.hints).to.deep.equal([
      { mediation: 'conditional', hints: ['client-device'] },
      { mediation: undefined, hints: ['client-device'] },
    ]);
  });

  it('a list as a property works too, and the server\'s own hints win', async () => {
    const create = spy('create');
    restore = create.restore;
    const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
    el.hints = ['hybrid'];
    await type(el, uniqueName());
    button(el).click();
    await nextEvent(el, 'passkey-register-success');
    await logout();
    // A server that sets hints (the demo's always sends `hints: []`, which counts as none).
    el.transformResponse = (reply, { step }) => (step == 'options' ? { ...(reply as object), hints: ['security-key'] } : reply);
    await type(el, uniqueName());
    button(el).click();
    await nextEvent(el, 'passkey-register-success');
    expect(create.hints.map((call) => call.hints)).to.deep.equal([['hybrid'], ['security-key']]);
  });
});
