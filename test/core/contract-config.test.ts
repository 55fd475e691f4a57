import { expect, fixture, html } from '@open-wc/testing';
import type { ContractStep, PasskeyBackend } from '../../src/core/contract.js';
import { httpBackend } from '../../src/core/http-backend.js';
import { login, register } from '../../src/core/index.js';
import type { PasskeyRegister } from '../../src/elements/passkey-register.js';
import { button, type } from '../elements.js';
import { logout, nextEvent, recordingFetch, uniqueName, VirtualAuthenticator } from '../helpers.js';

describe('contract configuration', () => {
  beforeEach(async () => {
    await logout();
    await VirtualAuthenticator.add();
  });
  afterEach(() => VirtualAuthenticator.reset());

  it('sends headers from an object or a per-request function, through a custom fetch', async () => {
    const tap = recordingFetch();
    const steps: ContractStep[] = [];
    await register({
      username: uniqueName(),
      fetch: tap,
      headers: (step) => (steps.push(step), { 'X-CSRF-Token': `token-${step.step}` }),
    });
    expect(steps).to.deep.equal([
      { ceremony: 'register', step: 'options' },
      { ceremony: 'register', step: 'verify' },
    ]);
    expect(tap.requests.map((r) => r.headers.get('X-CSRF-Token'))).to.deep.equal(['token-options', 'token-verify']);
    expect(tap.requests[0].headers.get('Content-Type')).to.equal('application/json');
    expect(tap.requests.map((r) => r.credentials)).to.deep.equal(['same-origin', 'same-origin']);

    await logout();
    const fixed = recordingFetch();
    await login({ fetch: fixed, headers: { 'X-Api-Key': 'k' }, credentials: 'include' });
    expect(fixed.requests.map((r) => r.headers.get('X-Api-Key'))).to.deep.equal(['k', 'k']);
    expect(fixed.requests.map((r) => r.credentials)).to.deep.equal(['include', 'include']);
  });

  it('asks for options with GET and no body, a username in the query', async () => {
    const tap = recordingFetch();
    const username = uniqueName();
    await register({ username });
    await logout();
    await login({
      username,
      fetch: tap,
      optionsMethod: 'GET',
      optionsUrl: '/recipes/simplewebauthn/auth/login/start',
      verifyUrl: '/recipes/simplewebauthn/auth/login/finish',
    });
    const [options, verify] = tap.requests;
    expect(options.method).to.equal('GET');
    expect(new URL(options.url).searchParams.get('username')).to.equal(username);
    expect(options.headers.get('Content-Type')).to.equal(null);
    expect(verify.method).to.equal('POST');
  });

  it('takes each ceremony\'s own URLs, over the shorthand and base-url', async () => {
    const urls = {
      baseUrl: '/nowhere',
      optionsUrl: '/nowhere/options',
      verifyUrl: '/nowhere/verify',
      registerOptionsUrl: '/recipes/simplewebauthn/auth/register/start',
      registerVerifyUrl: '/recipes/simplewebauthn/auth/register/finish',
      loginOptionsUrl: '/recipes/simplewebauthn/auth/login/start',
      loginVerifyUrl: '/recipes/simplewebauthn/auth/login/finish',
    };
    const tap = recordingFetch();
    const username = uniqueName();
    await register({ ...urls, username, fetch: tap, optionsMethod: 'POST' });
    await logout();
    await login({ ...urls, username, fetch: tap, optionsMethod: 'GET' });
    expect(tap.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).to.deep.equal([
      'POST /recipes/simplewebauthn/auth/register/start',
      'POST /recipes/simplewebauthn/auth/register/finish',
      'GET /recipes/simplewebauthn/auth/login/start',
      'POST /recipes/simplewebauthn/auth/login/finish',
    ]);
  });

  it('"Sign in instead" uses login-options-url and login-verify-url, with options-method for both', async () => {
    const tap = recordingFetch();
    const el = await fixture<PasskeyRegister>(html`<passkey-register
      base-url="/nowhere"
      register-options-url="/recipes/simplewebauthn/auth/register/start"
      register-verify-url="/recipes/simplewebauthn/auth/register/finish"
      login-options-url="/recipes/simplewebauthn/auth/login/start"
      login-verify-url="/recipes/simplewebauthn/auth/login/finish"
    ></passkey-register>`);
    el.fetch = tap;
    const username = uniqueName();
    await type(el, username);
    button(el).click();
    await nextEvent(el, 'passkey-register-success');
    // Still signed in, so the server offers to add a passkey; this device already holds one.
    const refused = nextEvent<CustomEvent>(el, 'passkey-register-error');
    button(el).click();
    expect((await refused).detail.error.code).to.equal('already-registered');
    el.optionsMethod = 'GET'; // applies to the login options too
    await el.updateComplete;
    const signedIn = nextEvent<CustomEvent>(el, 'passkey-login-success');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="secondary"]')!.click();
    await signedIn;
    expect(tap.requests.slice(-2).map((r) => `${r.method} ${new URL(r.url).pathname}`)).to.deep.equal([
      'GET /recipes/simplewebauthn/auth/login/start',
      'POST /recipes/simplewebauthn/auth/login/finish',
    ]);
  });

  it('takes a backend object instead of the HTTP contract', async () => {
    const calls: string[] = [];
    const http = httpBackend({});
    const backend: PasskeyBackend = {
      options: (ceremony, request, context) => (calls.push(`${ceremony} options`), http.options(ceremony, request, context)),
      verify: (ceremony, credential, context) => (calls.push(`${ceremony} verify`), http.verify(ceremony, credential, context)),
    };
    const el = await fixture<PasskeyRegister>(html`<passkey-register base-url="/nowhere"></passkey-register>`);
    el.backend = backend;
    await type(el, uniqueName());
    const success = nextEvent(el, 'passkey-register-success');
    button(el).click();
    await success;
    expect(calls).to.deep.equal(['register options', 'register verify']);
  });

  it('fails with timeout when the server does not answer in time (timeout attribute)', async () => {
    const el = await fixture<PasskeyRegister>(html`<passkey-register base-url="/faults/hang" timeout="300"></passkey-register>`);
    await type(el, uniqueName());
    const error = nextEvent<CustomEvent>(el, 'passkey-register-error');
    button(el).click();
    expect((await error).detail.error.code).to.equal('timeout');
  });
});
