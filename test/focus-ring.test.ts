import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/passkey-login.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import { button, message, type } from './elements.js';
import { logout, nextEvent, sleep, uniqueName, VirtualAuthenticator } from './helpers.js';

/**
 * After an error, focus moves to the message so a screen reader and a keyboard user land on it.
 * Its ring follows :focus-visible as the browser decides it: shown after a key press, not after
 * a mouse click (the pointer user sees the message where they clicked). Real input through the
 * browser, a real NotAllowedError: a name with no passkey on this authenticator.
 */
describe('the focus ring on the message after an error', () => {
  beforeEach(async () => {
    await logout();
    await VirtualAuthenticator.add();
  });
  afterEach(() => VirtualAuthenticator.reset());

  async function failWith(input: (el: PasskeyLogin) => Promise<void>) {
    const el = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
    await type(el, uniqueName('nobody'));
    const failed = nextEvent(el, 'passkey-login-error');
    await input(el);
    await failed;
    await sleep(50);
    const shown = message(el);
    expect(el.shadowRoot!.activeElement, 'focus on the message').to.equal(shown);
    return { el, shown, style: getComputedStyle(shown) };
  }

  it('keyboard: the message shows a 2 px ring in the accent colour, clear of the text', async () => {
    const { el, shown, style } = await failWith(async (el) => {
      button(el).focus();
      await sendKeys({ press: 'Enter' });
    });
    expect(shown.matches(':focus-visible')).to.be.true;
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('2px');
    expect(parseFloat(style.outlineOffset)).to.be.at.least(2);
    expect(style.outlineColor).to.equal(getComputedStyle(button(el)).backgroundColor);
  });

  it('mouse: the message has focus but no ring', async () => {
    const { shown, style } = await failWith(async (el) => {
      const box = button(el).getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    });
    expect(shown.matches(':focus-visible')).to.be.false;
    expect(style.outlineStyle).to.equal('none');
  });
});
