import { expect, fixture, html } from '@open-wc/testing';
import { PasskeyRegister } from '../src/elements/passkey-register.js';
import { button, input, message, messageSays, type } from './elements.js';
import { logout, nextEvent, recordEvents, sleep, uniqueName, VirtualAuthenticator } from './helpers.js';

type ErrorEvent = CustomEvent<{ error: { code: string; message: string } }>;
type SuccessEvent = CustomEvent<{ response: { verified: boolean; user: { username: string } }; credential: { id: string } }>;

describe('<passkey-register>', () => {
  let authenticator: VirtualAuthenticator;
  beforeEach(async () => {
    await logout();
    authenticator = await VirtualAuthenticator.add();
  });
  afterEach(() => VirtualAuthenticator.reset());

  it('renders a labelled username field in the light DOM and a button', async () => {
    const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
    const field = input(el);
    expect(field.parentElement).to.equal(el);
    expect(field.getAttribute('autocomplete')).to.equal('username');
    expect(el.querySelector(`label[for="${field.id}"]`)!.textContent).to.equal('Username');
    expect(button(el).textContent!.trim()).to.equal('Create a passkey');
    expect(message(el).getAttribute('role')).to.equal('status');
  });

  it('registers a user: options, create, verify, success event', async () => {
    const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
    const username = uniqueName();
    await type(el, username);
    const success = nextEvent<SuccessEvent>(el, 'passkey-register-success');
    button(el).click();
    const { detail, bubbles, composed } = await success;
    expect(bubbles && composed).to.be.true;
    expect(detail.response.verified).to.be.true;
    expect(detail.response.user.username).to.equal(username);
    const [stored] = await authenticator.credentials(); // CDP gives standard base64
    expect(detail.credential.id).to.equal(stored.credentialId.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
    await messageSays(el, 'Your passkey is ready.');
  });

  it('says kindly that this device already has a passkey, and retry works', async () => {
    const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
    const username = uniqueName();
    await type(el, username);
    button(el).click();
    await nextEvent(el, 'passkey-register-success');

    const error = nextEvent<ErrorEvent>(el, 'passkey-register-error');
    button(el).click();
    expect((await error).detail.error.code).to.equal('already-registered');
    await messageSays(el, /already has a passkey/);
    expect(message(el).getAttribute('part')).to.contain('error');

    await logout();
    await type(el, uniqueName());
    const success = nextEvent(el, 'passkey-register-success');
    button(el).click();
    await success;
    expect(await authenticator.credentials()).to.have.length(2);
  });

  it('registers the user named by its username attribute, with no field', async () => {
    const username = uniqueName();
    const el = await fixture<PasskeyRegister>(html`<passkey-register username=${username}></passkey-register>`);
    expect(el.querySelector('input')).to.be.null;
    expect(el.shadowRoot!.querySelector('slot[name="username"]')).to.be.null;
    const success = nextEvent<SuccessEvent>(el, 'passkey-register-success');
    button(el).click();
    expect((await success).detail.response.user.username).to.equal(username);
  });

  it('asks for a username instead of sending an empty one', async () => {
    const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
    const error = nextEvent<ErrorEvent>(el, 'passkey-register-error');
    button(el).click();
    expect((await error).detail.error.code).to.equal('username-required');
    await messageSays(el, 'Enter a username first.');
  });

  it('runs on Enter in the field without submitting a surrounding form', async () => {
    let submitted = false;
    const form = await fixture<HTMLFormElement>(
      html`<form @submit=${(e: Event) => ((submitted = true), e.preventDefault())}><passkey-register></passkey-register></form>`,
    );
    const el = form.querySelector('passkey-register')!;
    await type(el, uniqueName());
    const success = nextEvent(el, 'passkey-register-success');
    input(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await success;
    expect(submitted).to.be.false;
  });

  it('runs one ceremony for a triple click', async () => {
    const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
    await type(el, uniqueName());
    const log = recordEvents(el, ['passkey-register-success', 'passkey-register-error']);
    button(el).click();
    button(el).click();
    button(el).click();
    await nextEvent(el, 'passkey-register-success');
    await sleep(300);
    expect(log.types()).to.deep.equal(['passkey-register-success']);
    expect(await authenticator.credentials()).to.have.length(1);
  });

  it('shows the busy state once the dialog has been open a moment', async () => {
    await authenticator.presence(false); // the dialog waits for a touch
    const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
    await type(el, uniqueName());
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-disabled'), 'not yet: no flicker for fast ceremonies').to.equal('false');
    await messageSays(el, 'Waiting for your passkey…');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('shows a server error message as text, never as HTML', async () => {
    const el = await fixture<PasskeyRegister>(html`<passkey-register base-url="/faults/500-message"></passkey-register>`);
    await type(el, uniqueName());
    const error = nextEvent<ErrorEvent>(el, 'passkey-register-error');
    button(el).click();
    expect((await error).detail.error.code).to.equal('server-error');
    await messageSays(el, '<img src=x onerror="window.__xss=1"> Database is down');
    expect(message(el).querySelector('img')).to.be.null;
    expect((window as { __xss?: number }).__xss).to.be.undefined;
  });

  it('says the server is unreachable, and works once it is back', async () => {
    const el = await fixture<PasskeyRegister>(
      html`<passkey-register base-url="http://localhost:9/passkeys"></passkey-register>`,
    );
    await type(el, uniqueName());
    const error = nextEvent<ErrorEvent>(el, 'passkey-register-error');
    button(el).click();
    expect((await error).detail.error.code).to.equal('network-error');
    await messageSays(el, /Could not reach the server/);
    el.baseUrl = '/passkeys';
    const success = nextEvent(el, 'passkey-register-success');
    button(el).click();
    await success;
  });

  it('aborts quietly when removed mid-ceremony, and works when added again', async () => {
    const el = await fixture<PasskeyRegister>(html`<passkey-register base-url="/faults/hang"></passkey-register>`);
    await type(el, uniqueName());
    const log = recordEvents(el, ['passkey-register-success', 'passkey-register-error']);
    const parent = el.parentElement!;
    button(el).click();
    await sleep(100);
    el.remove();
    await sleep(200);
    expect(log.types()).to.deep.equal([]);
    el.baseUrl = '/passkeys';
    parent.append(el);
    await el.updateComplete;
    expect(message(el).textContent!.trim()).to.equal('');
    const success = nextEvent(el, 'passkey-register-success');
    button(el).click();
    await success;
  });

  it('registers under another tag name too, and defining twice is harmless', async () => {
    PasskeyRegister.define('my-signup');
    PasskeyRegister.define('my-signup');
    PasskeyRegister.define();
    const el = await fixture<PasskeyRegister>(html`<my-signup></my-signup>`);
    expect(el).to.be.instanceOf(PasskeyRegister);
    expect(button(el).textContent!.trim()).to.equal('Create a passkey');
  });

  it('shows its unsupported slot where WebAuthn is missing', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential')!;
    // Chromium always has WebAuthn: removing the global is how an old browser looks.
    delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    try {
      const el = await fixture<PasskeyRegister>(
        html`<passkey-register><a slot="unsupported" href="/signup">Sign up with email</a></passkey-register>`,
      );
      expect(el.shadowRoot!.querySelector('button')).to.be.null;
      expect(el.querySelector('input')).to.be.null;
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="unsupported"]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Sign up with email');
    } finally {
      Object.defineProperty(window, 'PublicKeyCredential', original);
    }
  });
});
