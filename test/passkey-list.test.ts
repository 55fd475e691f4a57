import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { login } from '../src/core/login.js';
import { listPasskeys } from '../src/core/passkeys.js';
import { register } from '../src/core/register.js';
import type { PasskeyList, PasskeyListChange } from '../src/elements/passkey-list.js';
import { en } from '../src/i18n/en.js';
import { listEn } from '../src/i18n/list-en.js';
import '../src/define.js';
import '../src/passkey-list.js';
import { logout, nextEvent, recordEvents, uniqueName, VirtualAuthenticator } from './helpers.js';
import { spySignals, type SignalSpy } from './signals.js';

// <passkey-list> against the real demo relying party, with real credentials from CDP virtual
// authenticators: sign up, list, add (a second authenticator), rename, remove.

const part = (el: PasskeyList, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: PasskeyList, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const cards = (el: PasskeyList) => parts(el, 'passkey');
const names = (el: PasskeyList) => parts(el, 'name').map((name) => name.textContent!.trim());
const message = (el: PasskeyList) => part(el, 'message')!.textContent!.trim();
const focused = (el: PasskeyList) => el.shadowRoot!.activeElement;
const within = (card: HTMLElement, name: string) => card.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** A second authenticator: Chrome allows one internal (platform) authenticator per page. */
const securityKey = { transport: 'usb' };

/** Waits until `check` holds (the element re-renders after each reply). */
async function until(el: PasskeyList, check: () => boolean, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; message: "${message(el)}"`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
}

/** Signs up a new user on the page's authenticator; the page stays signed in. */
async function signUp() {
  const { response } = await register({ username: uniqueName('list') });
  return (response as { user: { id: string } }).user.id;
}

async function listFor(userId: string) {
  const el = await fixture<PasskeyList>(html`<passkey-list user-id=${userId}><a slot="fallback" href="#magic">a magic link</a></passkey-list>`);
  await until(el, () => cards(el).length > 0 || !!part(el, 'empty'), 'the list');
  return el;
}

describe('<passkey-list> with the demo relying party', () => {
  let signals: SignalSpy;
  beforeEach(async () => {
    await logout();
    signals = spySignals();
  });
  afterEach(async () => {
    signals.restore();
    await VirtualAuthenticator.reset();
  });

  it('shows the one passkey of a new account, with a readable name, dates and where it lives', async () => {
    await VirtualAuthenticator.add();
    const userId = await signUp();
    const el = await listFor(userId);
    expect(cards(el)).to.have.length(1);
    expect(names(el)).to.deep.equal([listEn.fallbackName]);
    const details = part(el, 'details')!.textContent!;
    const today = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date());
    expect(details).to.contain(listEn.created.replace('{date}', today));
    expect(details).to.contain(listEn.neverUsed);
    // The virtual authenticator's credentials are not backed up: on this device only.
    expect(details).to.contain(listEn.deviceOnly);
    await expect(el).to.be.accessible();
  });

  it('adds a second passkey on another authenticator, and refuses the same one clearly', async () => {
    const first = await VirtualAuthenticator.add();
    const userId = await signUp();
    const el = await listFor(userId);
    const events = recordEvents(el, ['passkey-list-change', 'passkey-list-error']);

    // The same authenticator: excludeCredentials lists its passkey, so the browser refuses.
    part(el, 'add')!.click();
    await until(el, () => message(el) === listEn.alreadyRegistered, 'the already-registered message');
    expect(events.types()).to.deep.equal(['passkey-list-error']);
    expect((events.events[0] as CustomEvent).detail.error.code).to.equal('already-registered');
    expect(cards(el)).to.have.length(1);
    expect(focused(el)).to.equal(part(el, 'message'));

    // Another authenticator, a security key (the first one put away): a second passkey.
    await first.remove();
    await VirtualAuthenticator.add(securityKey);
    part(el, 'add')!.click();
    await until(el, () => cards(el).length === 2, 'two passkeys');
    expect(message(el)).to.equal(listEn.added);
    const change = events.events[1] as CustomEvent<PasskeyListChange>;
    expect(change.type).to.equal('passkey-list-change');
    expect(change.detail.action).to.equal('add');
    expect(change.detail.passkeys.map((p) => p.id)).to.include(change.detail.passkey.id);
    expect((await listPasskeys()).map((p) => p.id)).to.deep.equal(el.passkeys!.map((p) => p.id));
    await expect(el).to.be.accessible();
  });

  it('renames inline: Enter saves, Escape cancels, focus returns to Rename', async () => {
    await VirtualAuthenticator.add();
    const el = await listFor(await signUp());
    const card = cards(el)[0];

    within(card, 'rename').click();
    await el.updateComplete;
    const input = part(el, 'input') as HTMLInputElement;
    expect(focused(el)).to.equal(input);
    await expect(el).to.be.accessible();
    input.value = 'Changed my mind';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(part(el, 'input')).to.equal(null);
    expect(focused(el)).to.equal(within(cards(el)[0], 'rename'));
    expect(names(el)).to.deep.equal([listEn.fallbackName]);

    within(cards(el)[0], 'rename').click();
    await el.updateComplete;
    const field = part(el, 'input') as HTMLInputElement;
    field.value = '  Work laptop ';
    field.dispatchEvent(new Event('input'));
    const changed = nextEvent<CustomEvent<PasskeyListChange>>(el, 'passkey-list-change');
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const { detail } = await changed;
    expect(detail.action).to.equal('rename');
    expect(detail.passkey.name).to.equal('Work laptop');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Work laptop']);
    expect(message(el)).to.equal(listEn.renamed);
    expect(focused(el)).to.equal(within(cards(el)[0], 'rename'));
    expect((await listPasskeys())[0].name).to.equal('Work laptop');
  });

  it('removes a passkey after confirming, and tells the password manager which remain', async () => {
    const first = await VirtualAuthenticator.add();
    const userId = await signUp();
    await first.remove();
    await VirtualAuthenticator.add(securityKey);
    const el = await listFor(userId);
    part(el, 'add')!.click();
    await until(el, () => cards(el).length === 2, 'two passkeys');
    const [keep, gone] = el.passkeys!.map((p) => p.id);

    // Remove asks first; Keep it changes nothing and returns the focus.
    within(cards(el)[1], 'remove').click();
    await el.updateComplete;
    const confirm = part(el, 'confirm')!;
    expect(confirm.textContent).to.contain('password manager');
    expect(part(el, 'warning'), 'not the last passkey: no warning').to.equal(null);
    expect(focused(el)).to.equal(confirm.querySelector('p'));
    await expect(el).to.be.accessible();
    within(confirm, 'keep').click();
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(focused(el)).to.equal(within(cards(el)[1], 'remove'));

    within(cards(el)[1], 'remove').click();
    await el.updateComplete;
    const changed = nextEvent<CustomEvent<PasskeyListChange>>(el, 'passkey-list-change');
    within(part(el, 'confirm')!, 'danger').click();
    const { detail } = await changed;
    expect(detail.action).to.equal('remove');
    expect(detail.passkey.id).to.equal(gone);
    await el.updateComplete;
    expect(el.passkeys!.map((p) => p.id)).to.deep.equal([keep]);
    expect(message(el)).to.equal(listEn.removed);
    expect((await listPasskeys()).map((p) => p.id)).to.deep.equal([keep]);
    expect(signals.of('signalAllAcceptedCredentials')).to.deep.equal([
      { rpId: location.hostname, userId, allAcceptedCredentialIds: [keep] },
    ]);

    // The last one: the confirmation warns, naming the page's fallback.
    within(cards(el)[0], 'remove').click();
    await el.updateComplete;
    const warning = part(el, 'warning')!;
    expect(warning.textContent).to.contain(listEn.lastPasskey);
    const slot = warning.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('a magic link');
    await expect(el).to.be.accessible();
    within(part(el, 'confirm')!, 'danger').click();
    await until(el, () => !!part(el, 'empty'), 'the empty state');
    expect(part(el, 'add')!.textContent!.trim()).to.equal(listEn.createFirst);
    await expect(el).to.be.accessible();
  });
});

describe('sign-in signals with the demo relying party', () => {
  let signals: SignalSpy;
  beforeEach(async () => {
    await logout();
    signals = spySignals();
  });
  afterEach(async () => {
    signals.restore();
    await VirtualAuthenticator.reset();
  });

  it('after a sign-in: all accepted credentials and the current user details', async () => {
    await VirtualAuthenticator.add();
    const username = uniqueName('signals');
    const { response: signedUp } = await register({ username, displayName: 'Ada L.' });
    const user = (signedUp as { user: { id: string } }).user;
    await logout();
    await login({ username });
    const ids = (await listPasskeys()).map((p) => p.id);
    expect(signals.of('signalAllAcceptedCredentials')).to.deep.equal([
      { rpId: location.hostname, userId: user.id, allAcceptedCredentialIds: ids },
    ]);
    expect(signals.of('signalCurrentUserDetails')).to.deep.equal([
      { rpId: location.hostname, userId: user.id, name: username, displayName: 'Ada L.' },
    ]);
  });

  it('a passkey the server deleted: unknown-credential, our plain message, signalUnknownCredential', async () => {
    const authenticator = await VirtualAuthenticator.add();
    await register({ username: uniqueName('gone') });
    const [{ credentialId }] = await authenticator.credentials();
    // Delete it on the server (signed in), then sign in with it.
    const [passkey] = await listPasskeys();
    await fetch(`/passkeys/credentials/${encodeURIComponent(passkey.id)}`, { method: 'DELETE' });
    await logout();
    const failure = await login().then(
      () => undefined,
      (error) => error,
    );
    expect(failure.code).to.equal('unknown-credential');
    expect(failure.status).to.equal(404);
    // CDP gives the id in standard base64; the signal carries base64url, as WebAuthn does.
    const base64url = credentialId.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(signals.of('signalUnknownCredential')).to.deep.equal([{ rpId: location.hostname, credentialId: base64url }]);

    // Chromium acts on the signal: the virtual authenticator drops the credential.
    expect(await authenticator.credentials()).to.deep.equal([]);
  });

  it('<passkey-login> shows our plain words for an unknown credential, not the server\'s code', async () => {
    await VirtualAuthenticator.add();
    await register({ username: uniqueName('gone') });
    const [passkey] = await listPasskeys();
    await fetch(`/passkeys/credentials/${encodeURIComponent(passkey.id)}`, { method: 'DELETE' });
    await logout();
    const el = await fixture<LitElement>(html`<passkey-login></passkey-login>`);
    const error = nextEvent<CustomEvent>(el, 'passkey-login-error');
    // Headless Chromium's autofill picks the passkey by itself; the button is the way otherwise.
    const clicked = setTimeout(() => el.shadowRoot!.querySelector('button')!.click(), 3000);
    const { detail } = await error;
    clearTimeout(clicked);
    expect(detail.error.code).to.equal('unknown-credential');
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelector('[part~="message"]')!.textContent!.trim();
    expect(shown).to.equal(en.errors['unknown-credential']);
    expect(shown).to.match(/password manager/);
  });
});
