import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import { button, type } from './elements.js';
import { logout, nextEvent, uniqueName, VirtualAuthenticator } from './helpers.js';

/**
 * The attributes each recipe in docs/recipes.md gives, against a test server that answers
 * with that library's paths and shapes (test/fixtures/recipes.js) in front of the real relying
 * party. Each runs a real registration, then a real sign-in by autofill and by the button.
 */
const recipes: Record<string, { register: string; login: string }> = {
  simplewebauthn: {
    register: 'options-url="/auth/register/start" verify-url="/auth/register/finish"',
    login: 'options-url="/auth/login/start" options-method="GET" verify-url="/auth/login/finish"',
  },
  'python-fido2': {
    register: 'options-url="/api/register/begin" verify-url="/api/register/complete"',
    login: 'options-url="/api/authenticate/begin" verify-url="/api/authenticate/complete"',
  },
  py_webauthn: {
    register: 'options-url="/generate-registration-options" verify-url="/verify-registration-response"',
    login: 'options-url="/generate-authentication-options" verify-url="/verify-authentication-response"',
  },
  'webauthn-ruby': {
    register: 'options-url="/registration" verify-url="/registration/callback"',
    login: 'options-url="/session" verify-url="/session/callback"',
  },
  'go-webauthn': {
    register: 'options-url="/register/begin" verify-url="/register/finish"',
    login: 'options-url="/login/begin" verify-url="/login/finish"',
  },
  'java-webauthn-server': {
    register: 'options-url="/api/v1/register/start" verify-url="/api/v1/register/finish"',
    login: 'options-url="/api/v1/authenticate/start" verify-url="/api/v1/authenticate/finish"',
  },
};

/** The recipe's attributes, with its URLs under the test server's /recipes/<name> mount. */
const mounted = (name: string, attributes: string) => unsafeStatic(attributes.replace(/-url="/g, `-url="/recipes/${name}`));

describe('recipes: the elements against each server library’s shapes', () => {
  let authenticator: VirtualAuthenticator;
  beforeEach(async () => {
    await logout();
    authenticator = await VirtualAuthenticator.add();
  });
  afterEach(() => VirtualAuthenticator.reset());

  for (const [name, attributes] of Object.entries(recipes)) {
    it(`${name}: registers, then signs in by autofill and by the button`, async () => {
      const register = await fixture<PasskeyRegister>(
        staticHtml`<passkey-register ${mounted(name, attributes.register)}></passkey-register>`,
      );
      await type(register, uniqueName(name));
      const registered = nextEvent(register, 'passkey-register-success');
      button(register).click();
      await registered;
      expect(await authenticator.credentials()).to.have.length(1);
      await logout();

      // With presence simulated, the autofill request completes by itself.
      const login = document.createElement('div');
      const autofill = new Promise((resolve) => login.addEventListener('passkey-login-success', resolve, { once: true }));
      const el = await fixture<PasskeyLogin>(
        staticHtml`<passkey-login ${mounted(name, attributes.login)} @passkey-login-success=${(e: Event) => login.dispatchEvent(new CustomEvent(e.type))}></passkey-login>`,
      );
      await autofill;
      await logout();

      const modal = nextEvent(el, 'passkey-login-success');
      button(el).click();
      await modal;
      expect((await authenticator.credentials())[0].signCount).to.be.greaterThan(1);
    });
  }

  it('keeps the server’s error text from a recipe endpoint', async () => {
    const el = await fixture<PasskeyRegister>(
      html`<passkey-register options-url="/recipes/python-fido2/api/register/begin"></passkey-register>`,
    );
    const error = nextEvent<CustomEvent>(el, 'passkey-register-error');
    await type(el, 'x'.repeat(80)); // over the relying party's 64-character limit
    button(el).click();
    expect((await error).detail.error.code).to.equal('server-error');
  });
});

describe('recipes: reshaping with transformRequest and transformResponse (Yubico demo app)', () => {
  let authenticator: VirtualAuthenticator;
  beforeEach(async () => {
    await logout();
    authenticator = await VirtualAuthenticator.add({ automaticPresenceSimulation: true });
  });
  afterEach(() => VirtualAuthenticator.reset());

  /** The hooks exactly as docs/recipes.md gives them. */
  function reshape(el: PasskeyRegister | PasskeyLogin) {
    let requestId: string | undefined;
    el.transformResponse = (reply, { step }) => {
      if (step !== 'options') return reply;
      const { request } = reply as { request: Record<string, unknown> & { requestId: string } };
      requestId = request.requestId;
      return request.publicKeyCredentialCreationOptions ?? request.publicKeyCredentialRequestOptions;
    };
    el.transformRequest = (body, { step }) => (step === 'verify' ? { requestId, credential: body } : body);
  }

  it('registers and signs in through the wrapped contract', async () => {
    const register = await fixture<PasskeyRegister>(
      html`<passkey-register
        options-url="/recipes/yubico-demo/api/v1/register"
        verify-url="/recipes/yubico-demo/api/v1/register/finish"
      ></passkey-register>`,
    );
    reshape(register);
    await type(register, uniqueName('yubico'));
    const registered = nextEvent<CustomEvent>(register, 'passkey-register-success');
    button(register).click();
    expect((await registered).detail.response).to.deep.equal({ success: true });
    await logout();

    // Hooks must be set before autofill arms: create, reshape, then connect.
    const login = document.createElement('passkey-login');
    login.setAttribute('options-url', '/recipes/yubico-demo/api/v1/authenticate');
    login.setAttribute('verify-url', '/recipes/yubico-demo/api/v1/authenticate/finish');
    reshape(login);
    const signedIn = nextEvent<CustomEvent>(login, 'passkey-login-success');
    document.body.append(login);
    try {
      expect((await signedIn).detail.response).to.deep.equal({ success: true });
    } finally {
      login.remove();
    }
    expect(await authenticator.credentials()).to.have.length(1);
  });
});
