import { expect, fixture, html } from '@open-wc/testing';
import { pageCoordinator } from '../src/core/coordinator.js';
import { PasskeyError } from '../src/core/errors.js';
import { login, register } from '../src/core/index.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import { button, type } from './elements.js';
import { nextEvent, recordEvents, sleep, uniqueName, userWithPasskey, VirtualAuthenticator } from './helpers.js';

/**
 * The docs/recipes.md recipe for SimpleWebAuthn's official example server, against a test server
 * with that example's routes, GET options, `{verified}` replies and one challenge per session
 * cookie (test/fixtures/simplewebauthn-example.js, mounted at /swa-example). Real credentials
 * from the virtual authenticator, verified by @simplewebauthn/server.
 */
const routes = {
  registerOptionsUrl: '/swa-example/generate-registration-options',
  registerVerifyUrl: '/swa-example/verify-registration',
  loginOptionsUrl: '/swa-example/generate-authentication-options',
  loginVerifyUrl: '/swa-example/verify-authentication',
  optionsMethod: 'GET',
};

/** Taps the page's fetch (which the elements use when given none): "METHOD /path" of each request. */
function tapFetch() {
  const original = window.fetch;
  const requests: string[] = [];
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname.startsWith('/swa-example/')) requests.push(`${request.method} ${url.pathname}`);
    return original(input, init);
  };
  return { requests, restore: () => (window.fetch = original) };
}

/** Until no autofill request is pending (the example's credentials are not discoverable). */
async function autofillSettled(ms = 5_000) {
  const deadline = Date.now() + ms;
  while (pageCoordinator().autofillPending) {
    if (Date.now() > deadline) throw new Error('autofill still pending');
    await sleep(20);
  }
}

const OPTIONS_REG = 'GET /swa-example/generate-registration-options';
const VERIFY_REG = 'POST /swa-example/verify-registration';
const OPTIONS_AUTH = 'GET /swa-example/generate-authentication-options';
const VERIFY_AUTH = 'POST /swa-example/verify-authentication';

describe('recipe: SimpleWebAuthn’s official example server', () => {
  let authenticator: VirtualAuthenticator;
  let tap: ReturnType<typeof tapFetch>;
  beforeEach(async () => {
    authenticator = await VirtualAuthenticator.add();
    tap = tapFetch();
  });
  afterEach(async () => {
    tap.restore();
    await VirtualAuthenticator.reset();
  });

  it('elements configured by attributes only: sign up, sign in, then "Sign in instead"', async () => {
    // The recipe's markup, under the test server's /swa-example mount.
    const signUp = () =>
      fixture<PasskeyRegister>(html`<passkey-register
        register-options-url="/swa-example/generate-registration-options"
        register-verify-url="/swa-example/verify-registration"
        login-options-url="/swa-example/generate-authentication-options"
        login-verify-url="/swa-example/verify-authentication"
        options-method="GET"
      ></passkey-register>`);

    const register1 = await signUp();
    await type(register1, uniqueName('swa'));
    const registered = nextEvent<CustomEvent>(register1, 'passkey-register-success');
    button(register1).click();
    expect((await registered).detail.response).to.deep.equal({ verified: true });
    expect(tap.requests).to.deep.equal([OPTIONS_REG, VERIFY_REG]);
    const [credential] = await authenticator.credentials();
    // residentKey 'discouraged': a server-side credential, which autofill never offers.
    expect(credential.isResidentCredential).to.equal(false);
    register1.remove();

    tap.requests.length = 0;
    const signIn = await fixture<PasskeyLogin>(html`<passkey-login
      login-options-url="/swa-example/generate-authentication-options"
      login-verify-url="/swa-example/verify-authentication"
      options-method="GET"
    ></passkey-login>`);
    const events = recordEvents(signIn, ['passkey-login-success', 'passkey-login-error']);
    // Autofill asks for options too, and finds nothing to offer.
    await autofillSettled();
    expect(events.types()).to.deep.equal([]);
    const signedIn = nextEvent<CustomEvent>(signIn, 'passkey-login-success');
    button(signIn).click();
    expect((await signedIn).detail.response).to.deep.equal({ verified: true });
    expect(events.types()).to.deep.equal(['passkey-login-success']);
    // One options request: the button reuses the unspent options autofill holds (no network wait
    // between the click and get(), for Safari's user activation); the server's challenge is the same.
    expect(tap.requests).to.deep.equal([OPTIONS_AUTH, VERIFY_AUTH]);
    expect((await authenticator.credentials())[0].signCount).to.equal(credential.signCount + 1);
    // Gone before the next sign-up: a refused sign-up re-arms autofill, whose options request
    // would land in the log below (and replace the session's one pending challenge).
    signIn.remove();

    // Same authenticator again: the example lists the user's devices in excludeCredentials.
    tap.requests.length = 0;
    const register2 = await signUp();
    await type(register2, uniqueName('swa'));
    const refused = nextEvent<CustomEvent>(register2, 'passkey-register-error');
    button(register2).click();
    expect((await refused).detail.error.code).to.equal('already-registered');
    expect(tap.requests).to.deep.equal([OPTIONS_REG]);

    await register2.updateComplete;
    const instead = register2.shadowRoot!.querySelector<HTMLButtonElement>('[part~="secondary"]')!;
    expect(instead.textContent!.trim()).to.equal('Sign in instead');
    const recovered = recordEvents(register2, ['passkey-login-success', 'passkey-login-error', 'passkey-register-success']);
    const viaInstead = nextEvent<CustomEvent>(register2, 'passkey-login-success');
    instead.click();
    expect((await viaInstead).detail.response).to.deep.equal({ verified: true });
    expect(recovered.types()).to.deep.equal(['passkey-login-success']);
    expect(tap.requests).to.deep.equal([OPTIONS_REG, OPTIONS_AUTH, VERIFY_AUTH]);
    expect(await authenticator.credentials()).to.have.length(1);
  });

  it('the headless core with the same settings', async () => {
    const username = uniqueName('swa-core');
    expect((await register({ ...routes, username })).response).to.deep.equal({ verified: true });
    expect((await login(routes)).response).to.deep.equal({ verified: true });
    const again = await register({ ...routes, username }).catch((error: unknown) => error);
    expect(again).to.be.instanceOf(PasskeyError);
    expect((again as PasskeyError).code).to.equal('already-registered');
    expect(tap.requests).to.deep.equal([OPTIONS_REG, VERIFY_REG, OPTIONS_AUTH, VERIFY_AUTH, OPTIONS_REG]);
  });

  it('keeps the example’s 400 {error} text', async () => {
    // A discoverable passkey of the other relying party (/passkeys), which the example never saw:
    // usernameless options from there, the assertion to the example's verify route.
    await userWithPasskey();
    const refused = await login({ ...routes, loginOptionsUrl: '/recipes/simplewebauthn/auth/login/start' }).catch(
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(PasskeyError);
    expect((refused as PasskeyError).code).to.equal('server-error');
    expect((refused as PasskeyError).message).to.equal('Authenticator is not registered with this site');
    expect(tap.requests).to.deep.equal([VERIFY_AUTH]);
  });
});
