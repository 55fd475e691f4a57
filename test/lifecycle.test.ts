import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { pageCoordinator } from '../src/core/coordinator.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import { button, type } from './elements.js';
import {
  logout,
  nextEvent,
  recordEvents,
  recordingFetch,
  sleep,
  uniqueName,
  userWithPasskey,
  VirtualAuthenticator,
} from './helpers.js';

const outcomes = ['passkey-login-success', 'passkey-login-error', 'passkey-register-success', 'passkey-register-error'];

describe('races and lifecycle', () => {
  let authenticator: VirtualAuthenticator;
  beforeEach(async () => {
    await logout();
    authenticator = await VirtualAuthenticator.add();
  });
  afterEach(() => VirtualAuthenticator.reset());

  it('a triple click on sign-in runs one ceremony', async () => {
    await userWithPasskey();
    await authenticator.presence(false);
    const tap = recordingFetch();
    const el = document.createElement('passkey-login');
    el.fetch = tap;
    document.body.append(el);
    try {
      await sleep(400); // autofill armed and pending
      await authenticator.presence(true);
      const log = recordEvents(el, outcomes);
      button(el).click();
      button(el).click();
      button(el).click();
      await nextEvent(el, 'passkey-login-success');
      await sleep(300);
      expect(log.types()).to.deep.equal(['passkey-login-success']);
      // One options request, for autofill: the click reuses its unused options.
      expect(tap.count('/passkeys/login/options')).to.equal(1);
      expect(tap.count('/passkeys/login/verify')).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('defer-hydration (server-rendered markup): nothing runs or changes until it is removed, then all of it', async () => {
    const username = await userWithPasskey();
    const tap = recordingFetch();
    // As a framework hydrates: server markup with the page's own input, the element upgraded in it.
    const holder = await fixture(html`<div>
      <passkey-login defer-hydration
        ><label slot="label" for="ssr-username">Username</label
        ><input slot="username" id="ssr-username" name="username" autocomplete="username webauthn"
      /></passkey-login>
    </div>`);
    const el = holder.querySelector('passkey-login')!;
    el.fetch = tap;
    const markup = el.outerHTML;
    const log = recordEvents(el, outcomes);
    await sleep(300);
    expect(el.shadowRoot?.childElementCount ?? 0, 'nothing rendered').to.equal(0);
    expect(tap.requests, 'no autofill request').to.deep.equal([]);
    expect(el.outerHTML, 'light DOM untouched').to.equal(markup);

    // The framework has attached its listeners: presence on, autofill completes at once.
    const signedIn = nextEvent<CustomEvent>(el, 'passkey-login-success');
    el.removeAttribute('defer-hydration');
    expect((await signedIn).detail.response.user.username).to.equal(username);
    expect(tap.count('/passkeys/login/options')).to.equal(1);
    expect(el.querySelectorAll('input').length, 'the page\'s input adopted, none added').to.equal(1);
    expect(log.types()).to.deep.equal(['passkey-login-success']);
  });

  it('connect, disconnect, connect in one task arms autofill once', async () => {
    await userWithPasskey();
    await authenticator.presence(false);
    const tap = recordingFetch();
    const el = document.createElement('passkey-login');
    el.fetch = tap;
    const holder = await fixture(html`<div></div>`);
    holder.append(el);
    el.remove();
    holder.append(el);
    await sleep(500);
    expect(tap.count('/passkeys/login/options')).to.equal(1);
    expect(pageCoordinator().autofillPending).to.equal(true);
  });

  it('two sign-in elements and a sign-up element on one page do not break each other', async () => {
    const page = await fixture(html`<div>
      <passkey-register></passkey-register>
      <passkey-login id="first"></passkey-login>
      <passkey-login id="second"></passkey-login>
    </div>`);
    const log = recordEvents(page, outcomes);
    const signUp = page.querySelector<PasskeyRegister>('passkey-register')!;
    const username = uniqueName();
    await type(signUp, username);
    button(signUp).click();
    await nextEvent(signUp, 'passkey-register-success');
    await logout();

    for (const id of ['second', 'first']) {
      const el = page.querySelector<PasskeyLogin>(`#${id}`)!;
      const success = nextEvent<CustomEvent>(el, 'passkey-login-success');
      button(el).click();
      expect((await success).detail.response.user.username).to.equal(username);
      await logout();
    }
    expect(log.types().filter((t) => t.endsWith('-error'))).to.deep.equal([]);
  });

  it('removal during the WebAuthn request cancels it quietly; added again, it works', async () => {
    await userWithPasskey();
    await authenticator.presence(false);
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    const parent = el.parentElement!;
    const log = recordEvents(el, outcomes);
    await sleep(300);
    button(el).click();
    await sleep(300); // the modal request is waiting for a touch that never comes
    el.remove();
    await sleep(300);
    expect(log.types()).to.deep.equal([]);
    expect(pageCoordinator().autofillPending).to.equal(false);

    await authenticator.presence(true);
    const success = nextEvent(el, 'passkey-login-success');
    parent.append(el); // autofill re-arms on connect and signs in by itself
    await success;
  });

  it('200 connect/disconnect cycles leave no growing heap', async () => {
    const holder = await fixture(html`<div></div>`);
    const cycle = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const el = document.createElement(i % 2 ? 'passkey-login' : 'passkey-register');
        holder.append(el);
        await (el as PasskeyLogin).updateComplete;
        el.remove();
      }
      await sleep(300); // let aborted autofill attempts settle
    };
    const heap = async () => (await executeServerCommand<{ used: number }, undefined>('heap')).used;
    await cycle(20); // warm up: compiled templates, style sheets
    const before = await heap();
    await cycle(200);
    const after = await heap();
    console.log(`heap: ${before} B before, ${after} B after 200 cycles`);
    // 200 leaked elements with shadow roots and inputs would be several hundred KB.
    expect(after - before, `heap grew by ${after - before} B`).to.be.lessThan(100_000);
  });
});
