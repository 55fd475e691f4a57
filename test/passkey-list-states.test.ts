import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { listPasskeys } from '../src/core/passkeys.js';
import { register } from '../src/core/register.js';
import type { PasskeyList } from '../src/elements/passkey-list.js';
import { en } from '../src/i18n/en.js';
import { listEn } from '../src/i18n/list-en.js';
import '../src/passkey-list.js';
import { frList } from '../src/locales/list/fr.js';
import '../src/locales/fr.js';
import { logout, nextEvent, recordingFetch, uniqueName, VirtualAuthenticator } from './helpers.js';

// Every state of <passkey-list> (loading, empty, error, offline, malformed reply), its language,
// and what a double click, a removal mid-request or a network failure must not lose.

const part = (el: PasskeyList, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const cards = (el: PasskeyList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="passkey"]')];
const message = (el: PasskeyList) => part(el, 'message')!.textContent!.trim();
/** Tells the page it is offline (navigator.onLine, the events); requests still go through. */
const offline = (value: boolean) => executeServerCommand('network', { offline: value });

/**
 * A fetch that fails as fetch does offline while navigator.onLine says so. A stub: the runner
 * cannot cut the page's network without cutting its own connection to the page.
 */
const offlineFetch = ((input: RequestInfo | URL, init?: RequestInit) =>
  navigator.onLine ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;

async function until(el: PasskeyList, check: () => boolean, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; message: "${message(el)}"`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
}

/** A signed-in user with one passkey on the page's authenticator. */
async function signedIn() {
  await VirtualAuthenticator.add();
  await register({ username: uniqueName('states') });
}

describe('<passkey-list> states', () => {
  beforeEach(() => logout());
  afterEach(async () => {
    await offline(false);
    await VirtualAuthenticator.reset();
  });

  it('defer-hydration: no request until the attribute goes', async () => {
    const tap = recordingFetch();
    // Wrapped: fixture() waits for the element's first update, which hydration holds back.
    const holder = await fixture(html`<div><passkey-list defer-hydration .fetch=${tap}></passkey-list></div>`);
    const el = holder.querySelector('passkey-list')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tap.requests).to.have.length(0);
    expect(el.shadowRoot?.childElementCount ?? 0).to.equal(0);
    el.removeAttribute('defer-hydration');
    await until(el, () => tap.requests.length === 1, 'the list request');
    expect(new URL(tap.requests[0].url).pathname).to.equal('/passkeys/credentials');
  });

  it('loading: says so in the live region, axe clean', async () => {
    const el = await fixture<PasskeyList>(html`<passkey-list credentials-url="/faults/hang"></passkey-list>`);
    await el.updateComplete;
    expect(message(el)).to.equal(listEn.loading);
    expect(part(el, 'message')!.getAttribute('role')).to.equal('status');
    expect(part(el, 'add'), 'nothing to add to before the list is known').to.equal(null);
    await expect(el).to.be.accessible();
    el.remove(); // aborts the request
  });

  it('not signed in: the server\'s reason, a retry, and passkey-list-error', async () => {
    const el = document.createElement('passkey-list');
    const error = nextEvent<CustomEvent>(el, 'passkey-list-error');
    const host = await fixture(html`<div></div>`);
    host.append(el);
    const { detail } = await error;
    expect(detail.error.code).to.equal('server-error');
    expect(detail.error.status).to.equal(401);
    await el.updateComplete;
    expect(message(el)).to.equal('Sign in to manage your passkeys.');
    expect(part(el, 'message')!.getAttribute('part')).to.equal('message error');
    expect(part(el, 'retry')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a malformed list is invalid-response, not a crash', async () => {
    for (const kind of ['json-string', 'json-null', 'not-json', 'json-array']) {
      const el = await fixture<PasskeyList>(html`<passkey-list credentials-url=${`/faults/${kind}`}></passkey-list>`);
      await until(el, () => !!part(el, 'retry'), `the error of ${kind}`);
      expect(message(el), kind).to.equal(en.errors['invalid-response']);
    }
  });

  it('empty: explains passkeys in plain words and offers to create one', async () => {
    await signedIn();
    const [passkey] = await listPasskeys();
    await fetch(`/passkeys/credentials/${encodeURIComponent(passkey.id)}`, { method: 'DELETE' });
    const el = await fixture<PasskeyList>(html`<passkey-list></passkey-list>`);
    await until(el, () => !!part(el, 'empty'), 'the empty state');
    expect(part(el, 'empty')!.textContent).to.equal(listEn.empty);
    expect(part(el, 'add')!.textContent!.trim()).to.equal(listEn.createFirst);
    await expect(el).to.be.accessible();
    // Create one from there: the list shows it.
    part(el, 'add')!.click();
    await until(el, () => cards(el).length === 1, 'the new passkey');
    expect(message(el)).to.equal(listEn.added);
  });

  it('offline: says so, and loads by itself when the page is back online', async () => {
    await signedIn();
    await offline(true);
    const el = await fixture<PasskeyList>(html`<passkey-list .fetch=${offlineFetch}></passkey-list>`);
    await until(el, () => message(el) === listEn.offline, 'the offline message');
    await expect(el).to.be.accessible();
    await offline(false);
    await until(el, () => cards(el).length === 1, 'the list after going online');
  });

  it('a network failure while renaming keeps the list and the typed name', async () => {
    await signedIn();
    const el = await fixture<PasskeyList>(html`<passkey-list .fetch=${offlineFetch}></passkey-list>`);
    await until(el, () => cards(el).length === 1, 'the list');
    (cards(el)[0].querySelector('[part~="rename"]') as HTMLElement).click();
    await el.updateComplete;
    const input = part(el, 'input') as HTMLInputElement;
    input.value = 'Phone';
    input.dispatchEvent(new Event('input'));
    await offline(true);
    const error = nextEvent<CustomEvent>(el, 'passkey-list-error');
    (part(el, 'save') as HTMLElement).click();
    expect((await error).detail.error.code).to.equal('network-error');
    await el.updateComplete;
    expect(cards(el)).to.have.length(1);
    expect((part(el, 'input') as HTMLInputElement).value, 'the typed name is kept').to.equal('Phone');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'message'));
    await offline(false);
    (part(el, 'save') as HTMLElement).click();
    await nextEvent(el, 'passkey-list-change');
    expect((await listPasskeys())[0].name).to.equal('Phone');
  });

  it('a double click removes once', async () => {
    await signedIn();
    const tap = recordingFetch();
    const el = await fixture<PasskeyList>(html`<passkey-list .fetch=${tap}></passkey-list>`);
    await until(el, () => cards(el).length === 1, 'the list');
    (cards(el)[0].querySelector('[part~="remove"]') as HTMLElement).click();
    await el.updateComplete;
    const confirm = part(el, 'danger')!;
    const removed = nextEvent(el, 'passkey-list-change');
    confirm.click();
    confirm.click();
    await removed;
    expect(tap.requests.filter((request) => request.method === 'DELETE')).to.have.length(1);
  });

  it('removed from the page mid-request: no error, and back on the page it shows the server\'s list', async () => {
    await signedIn();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The DELETE reaches the server, and its reply waits: the element leaves meanwhile.
    const slow = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const reply = await fetch(input, init);
      if (init?.method === 'DELETE') await held;
      return reply;
    }) as typeof fetch;
    const el = await fixture<PasskeyList>(html`<passkey-list .fetch=${slow}></passkey-list>`);
    await until(el, () => cards(el).length === 1, 'the list');
    const errors: Event[] = [];
    el.addEventListener('passkey-list-error', (event) => errors.push(event));
    (cards(el)[0].querySelector('[part~="remove"]') as HTMLElement).click();
    await el.updateComplete;
    part(el, 'danger')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const parent = el.parentElement!;
    el.remove();
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors, 'our own abort is not an error').to.deep.equal([]);
    parent.append(el);
    await until(el, () => !!part(el, 'empty'), 'the list as the server has it');
  });
});

describe('<passkey-list> language', () => {
  beforeEach(() => logout());
  afterEach(() => VirtualAuthenticator.reset());

  it('speaks the nearest lang, across shadow roots, with dates through Intl in that language', async () => {
    await VirtualAuthenticator.add();
    await register({ username: uniqueName('fr') });
    const host = await fixture(html`<section lang="fr"><div></div></section>`);
    const shadow = host.querySelector('div')!.attachShadow({ mode: 'open' });
    const el = document.createElement('passkey-list');
    shadow.append(el);
    await until(el, () => cards(el).length === 1, 'the list');
    const today = new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(new Date());
    expect(part(el, 'details')!.textContent).to.contain(frList.created.replace('{date}', today));
    expect(part(el, 'add')!.textContent!.trim()).to.equal(frList.add);
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal(frList.listLabel);
  });
});
