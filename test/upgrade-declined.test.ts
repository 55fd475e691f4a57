// The automatic upgrade declined. Headless Chromium 156 cannot decline one on demand: with the CDP
// virtual authenticator environment on, a conditional create() waits forever (upgrade.test.ts);
// with it never turned on, it rejects NotAllowedError at once when run alone (measured), but not
// reliably beside other test pages (it then waited too). So create() is stubbed here to answer
// as a browser that declines does: NotAllowedError at once. Everything else is real.
import { expect, fixture, html } from '@open-wc/testing';
import { upgrade } from '../src/core/upgrade.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import './elements.js';
import { logout, nextEvent, recordEvents, recordingFetch, sleep } from './helpers.js';
import { passwordUser, spyCreate } from './upgrade-support.js';

type UpgradeEvent = CustomEvent<{ outcome: string; username: string; error?: { code: string } }>;

const EVENTS = ['passkey-register-upgrade', 'passkey-register-success', 'passkey-register-error'];

describe('<passkey-register upgrade> declined', () => {
  let restore: () => void;
  beforeEach(async () => {
    await logout();
    restore = spyCreate(() => Promise.reject(new DOMException('Declined (stub).', 'NotAllowedError'))).restore;
  });
  afterEach(() => restore());

  it('reports a declined upgrade quietly: no error event, nothing shown', async () => {
    const username = await passwordUser();
    const events = recordEvents(document, EVENTS);
    const el = await fixture<PasskeyRegister>(html`<passkey-register upgrade username=${username}></passkey-register>`);
    const { detail, bubbles, composed } = await nextEvent<UpgradeEvent>(el, 'passkey-register-upgrade');
    expect(bubbles && composed).to.be.true;
    expect(detail.outcome).to.equal('declined');
    expect(detail.username).to.equal(username);
    expect(detail.error!.code).to.equal('cancelled');
    await sleep(50);
    events.stop();
    expect(events.types()).to.deep.equal(['passkey-register-upgrade']);
    expect(el.shadowRoot!.querySelector('button, p, slot')).to.equal(null);
  });

  it('runs once per page load per username, again for another username', async () => {
    const first = await passwordUser();
    const fetch = recordingFetch();
    const el = await fixture<PasskeyRegister>(html`<passkey-register upgrade username=${first} .fetch=${fetch}></passkey-register>`);
    await nextEvent(el, 'passkey-register-upgrade');
    el.timeout = 20_000; // a re-render
    el.remove();
    document.body.append(el); // and a move
    await sleep(100);
    expect(fetch.count('/passkeys/register/options')).to.equal(1);
    const second = await passwordUser();
    el.username = second;
    const { detail } = await nextEvent<UpgradeEvent>(el, 'passkey-register-upgrade');
    expect(detail.username).to.equal(second);
    expect(fetch.count('/passkeys/register/options')).to.equal(2);
    el.remove();
  });

  it('waits for defer-hydration to go, and for a username', async () => {
    const username = await passwordUser();
    const fetch = recordingFetch();
    // In a wrapper: fixture() would wait for an update that defer-hydration holds back.
    const box = await fixture(html`<div><passkey-register upgrade defer-hydration username=${username} .fetch=${fetch}></passkey-register></div>`);
    const el = box.querySelector('passkey-register')!;
    await sleep(100);
    expect(fetch.requests).to.have.length(0);
    el.removeAttribute('defer-hydration');
    expect((await nextEvent<UpgradeEvent>(el, 'passkey-register-upgrade')).detail.outcome).to.equal('declined');
    const later = await fixture<PasskeyRegister>(html`<passkey-register upgrade .fetch=${fetch}></passkey-register>`);
    await sleep(100);
    expect(fetch.requests).to.have.length(1); // none without a username
    later.remove();
  });

  it('upgrade() resolves declined with the browser\'s answer', async () => {
    const username = await passwordUser();
    const result = await upgrade({ username });
    expect(result.outcome).to.equal('declined');
    expect(result.outcome == 'declined' && result.error.code).to.equal('cancelled');
  });
});
