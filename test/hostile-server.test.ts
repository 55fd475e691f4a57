import { expect, fixture, html } from '@open-wc/testing';
import type { PasskeyElement } from '../src/elements/passkey-element.js';
import { button, message, messageSays, type } from './elements.js';
import { logout, nextEvent, uniqueName, VirtualAuthenticator } from './helpers.js';

type ErrorDetail = { error: { code: string; message: string } };

/**
 * Bad replies from test/fixtures/faults.js, at the options or the verify step. Each must end in
 * a clear error the user can retry from: the error event with its code, the message in the
 * live region, the button usable again, and a second click that runs again.
 */
const registerOptions: [kind: string, code: string, text?: RegExp][] = [
  ['html', 'server-error', /server had a problem/],
  ['empty-200', 'invalid-response'],
  ['truncated-json', 'invalid-response'],
  ['json-array', 'invalid-response'],
  ['json-string', 'invalid-response'],
  ['json-null', 'invalid-response'],
  ['not-json', 'invalid-response'],
  ['no-challenge', 'invalid-response'],
  ['empty-challenge', 'invalid-response'],
  ['challenge-not-base64url', 'invalid-response'],
  ['challenge-number', 'invalid-response'],
  ['no-user', 'invalid-response'],
  ['user-id-empty', 'invalid-response'],
  ['user-id-too-long', 'invalid-response'],
  ['no-rp', 'invalid-response'],
  ['rp-id-mismatch', 'security', /not set up correctly/],
  // Chromium rejects options without an algorithm it knows as NotAllowedError, not NotSupportedError.
  ['unsupported-alg', 'cancelled'],
  ['pubkey-params-not-array', 'invalid-response'],
  ['exclude-bad-id', 'invalid-response'],
  ['exclude-null-entry', 'invalid-response'],
  ['huge', 'invalid-response'],
  ['redirect', 'network-error'],
  ['500-message', 'server-error', /^<img src=x onerror="window.__xss=1"> Database is down$/],
  ...[401, 403, 404, 429, 500, 503].flatMap((status): [string, string, RegExp][] => [
    [`status-${status}`, 'server-error', /server had a problem/],
    [`status-${status}-message`, 'server-error', new RegExp(`^Refused with ${status}\\.$`)],
  ]),
];

const loginOptions: [kind: string, code: string][] = [
  ['allow-bad-id', 'invalid-response'],
  ['allow-not-array', 'invalid-response'],
  ['no-challenge-login', 'invalid-response'],
  ['status-429-message', 'server-error'],
];

const registerVerify: [kind: string, code: string, text?: RegExp][] = [
  ['verified-false', 'verification-failed', /^Signature did not match\.$/],
  ['500-message', 'server-error'],
  ['html', 'server-error'],
  ['status-403-message', 'server-error', /^Refused with 403\.$/],
  ['redirect', 'network-error'],
];

/** Clicks and expects a clear, retryable error. */
async function expectRetryableError(el: PasskeyElement, event: string, code: string, text?: RegExp) {
  const first = nextEvent<CustomEvent<ErrorDetail>>(el, event);
  button(el).click();
  const { error } = (await first).detail;
  expect(error.code).to.equal(code);
  const said = await messageSays(el, text ?? /\S/);
  expect(said).to.equal(error.message);
  expect(message(el).getAttribute('role')).to.equal('status');
  expect(message(el).querySelector('*')).to.equal(null); // text, never markup
  expect(button(el).getAttribute('aria-disabled')).to.equal('false');
  const again = nextEvent<CustomEvent<ErrorDetail>>(el, event);
  button(el).click();
  expect((await again).detail.error.code).to.equal(code);
}

describe('hostile server replies', () => {
  const unhandled: unknown[] = [];
  const consoleErrors: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  const originalError = console.error;
  before(() => {
    window.addEventListener('unhandledrejection', onUnhandled);
    console.error = (...args: unknown[]) => (consoleErrors.push(args), originalError(...args));
  });
  after(() => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    console.error = originalError;
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
    expect(consoleErrors, 'console errors').to.deep.equal([]);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
  beforeEach(logout);
  afterEach(() => VirtualAuthenticator.reset());

  for (const [kind, code, text] of registerOptions) {
    it(`register options: ${kind} → ${code}`, async () => {
      await VirtualAuthenticator.add();
      const el = await fixture<PasskeyElement>(html`<passkey-register base-url=${`/faults/${kind}`}></passkey-register>`);
      await type(el, uniqueName());
      await expectRetryableError(el, 'passkey-register-error', code, text);
    });
  }

  // No authenticator: autofill stays off, so only the button talks to the server.
  for (const [kind, code] of loginOptions) {
    it(`login options: ${kind} → ${code}`, async () => {
      const el = await fixture<PasskeyElement>(html`<passkey-login base-url=${`/faults/${kind}`}></passkey-login>`);
      await expectRetryableError(el, 'passkey-login-error', code);
    });
  }

  for (const [kind, code, text] of registerVerify) {
    it(`register verify: ${kind} → ${code}`, async () => {
      await VirtualAuthenticator.add();
      const el = await fixture<PasskeyElement>(
        html`<passkey-register options-url="/passkeys/register/options" verify-url=${`/faults/${kind}`}></passkey-register>`,
      );
      await type(el, uniqueName());
      await expectRetryableError(el, 'passkey-register-error', code, text);
    });
  }

  it('a reply that never ends: timeout, then a retry that succeeds', async () => {
    await VirtualAuthenticator.add();
    const el = await fixture<PasskeyElement>(html`<passkey-register base-url="/faults/hang" timeout="300"></passkey-register>`);
    await type(el, uniqueName());
    await expectRetryableError(el, 'passkey-register-error', 'timeout', /took too long/);
    el.baseUrl = '/passkeys';
    const success = nextEvent(el, 'passkey-register-success');
    button(el).click();
    await success;
  });
});
