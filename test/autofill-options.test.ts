// Browser quirks around autofill's options: Safari's user activation (a click must reach get()
// with no network wait), challenges used once, autofill kept alive (another tab, a page left
// open), and re-mounts that spend no request. Real ceremonies against the real relying party;
// navigator.credentials.get is only recorded (callLog), never stubbed.
import { expect } from '@open-wc/testing';
import { pageCoordinator } from '../src/core/coordinator.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import { button } from './elements.js';
import { callLog, logout, nextEvent, sleep, userWithPasskey, VirtualAuthenticator } from './helpers.js';

type SuccessEvent = CustomEvent<{ response: { user: { username: string } } }>;

/** Waits until the log shows `count` conditional get() calls. */
async function conditionalGets(calls: ReturnType<typeof callLog>, count: number) {
  for (let i = 0; i < 300 && calls.count('get conditional') < count; i++) await sleep(10);
  expect(calls.count('get conditional'), 'autofill armed').to.equal(count);
}

/** Options from the real relying party with a shorter `timeout` (their freshness window). */
const lifetime = (ms: number) => (reply: unknown, step: { step: string }) =>
  step.step === 'options' ? { ...(reply as object), timeout: ms } : reply;

describe('autofill options: reused once, kept fresh', () => {
  let authenticator: VirtualAuthenticator;
  let calls: ReturnType<typeof callLog>;
  let el: PasskeyLogin;
  beforeEach(async () => {
    await logout();
    authenticator = await VirtualAuthenticator.add();
    calls = callLog();
    el = document.createElement('passkey-login');
    el.fetch = calls.fetch;
  });
  afterEach(async () => {
    el.remove();
    calls.restore();
    await VirtualAuthenticator.reset();
  });

  it('Safari\'s user activation: a click calls get() in its own task, with no request before it', async () => {
    const username = await userWithPasskey();
    await authenticator.presence(false); // autofill stays pending
    document.body.append(el);
    await conditionalGets(calls, 1);
    await authenticator.presence(true);
    const success = nextEvent<SuccessEvent>(el, 'passkey-login-success');
    const before = calls.log.length;
    button(el).click();
    // Synchronously after the click: get() already called, nothing fetched first.
    expect(calls.log.slice(before)).to.deep.equal(['get modal']);
    expect((await success).detail.response.user.username).to.equal(username);
    expect(calls.log).to.deep.equal([
      'fetch /passkeys/login/options',
      'get conditional',
      'get modal', // autofill's unused options: the server verifies their challenge
      'fetch /passkeys/login/verify',
    ]);
  });

  it('each challenge is used once: after the button used autofill\'s options, autofill fetches new ones', async () => {
    await userWithPasskey();
    await authenticator.presence(false);
    document.body.append(el);
    await conditionalGets(calls, 1);
    await authenticator.presence(true);
    await authenticator.userVerified(false); // the modal request fails: autofill comes back
    const failed = nextEvent(el, 'passkey-login-error');
    button(el).click();
    await failed;
    await conditionalGets(calls, 2);
    expect(calls.log).to.deep.equal([
      'fetch /passkeys/login/options',
      'get conditional',
      'get modal',
      'fetch /passkeys/login/options',
      'get conditional',
    ]);
  });

  it('a typed username gets its own options (those autofill holds are for anyone)', async () => {
    const username = await userWithPasskey();
    await authenticator.presence(false);
    document.body.append(el);
    await conditionalGets(calls, 1);
    await authenticator.presence(true);
    el.querySelector('input')!.value = username;
    const success = nextEvent<SuccessEvent>(el, 'passkey-login-success');
    button(el).click();
    expect((await success).detail.response.user.username).to.equal(username);
    expect(calls.log.slice(2, 4)).to.deep.equal(['fetch /passkeys/login/options', 'get modal']);
  });

  it('another tab replaced the session\'s challenge: back on this page, autofill re-arms and signs in', async () => {
    const username = await userWithPasskey();
    await authenticator.presence(false);
    document.body.append(el);
    await conditionalGets(calls, 1);
    // The other tab of the same site: same cookie, so the server now holds its challenge only.
    await fetch('/passkeys/login/options', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    await authenticator.presence(true);
    const success = nextEvent<SuccessEvent>(el, 'passkey-login-success', 5_000);
    // Headless Chromium cannot hide and show this page: the event stands for the user coming
    // back from the other tab (the page is visible when it fires, as after a real return).
    document.dispatchEvent(new Event('visibilitychange'));
    expect((await success).detail.response.user.username).to.equal(username);
    expect(calls.count('fetch /passkeys/login/options')).to.equal(2);
  });

  it('a page left open past its options\' lifetime re-arms with fresh ones, and signs in', async () => {
    const username = await userWithPasskey();
    await authenticator.presence(false);
    el.transformResponse = lifetime(1_000); // an hour, shortened
    document.body.append(el);
    await conditionalGets(calls, 1);
    await authenticator.presence(true); // the pending request does not notice; a new one would
    const success = nextEvent<SuccessEvent>(el, 'passkey-login-success', 5_000);
    expect((await success).detail.response.user.username).to.equal(username);
    expect(calls.count('fetch /passkeys/login/options')).to.equal(2);
  });

  it('no re-arm loop after an immediate rejection (no passkey here), stale options or not', async () => {
    el.transformResponse = lifetime(300);
    document.body.append(el);
    await conditionalGets(calls, 1);
    await sleep(200);
    expect(pageCoordinator().autofillPending, 'rejected at once').to.be.false;
    document.dispatchEvent(new Event('visibilitychange'));
    await sleep(1_000);
    expect(calls.log).to.deep.equal(['fetch /passkeys/login/options', 'get conditional']);
  });

  it('re-mounted ten times (SPA navigation), it spends one request while the options are unused and unexpired', async () => {
    await userWithPasskey();
    await authenticator.presence(false);
    el.remove();
    for (let i = 1; i <= 10; i++) {
      const page = document.createElement('passkey-login');
      page.fetch = calls.fetch;
      document.body.append(page);
      await conditionalGets(calls, i);
      page.remove();
    }
    expect(calls.count('fetch /passkeys/login/options')).to.equal(1);
  });
});
