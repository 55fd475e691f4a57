import { expect, fixture, html } from '@open-wc/testing';
import '../src/passkey-login.js';
import '../src/passkey-register.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import { button, type } from './elements.js';
import { logout, nextEvent, uniqueName, VirtualAuthenticator } from './helpers.js';

const icons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button svg')];

describe('the passkey icon', () => {
  afterEach(() => VirtualAuthenticator.reset());

  it('leads each main button, drawn and decorative: the name stays the text', async () => {
    for (const tag of ['passkey-login', 'passkey-register']) {
      const el = await fixture(`<${tag}></${tag}>`);
      const icon = button(el).querySelector('svg')!;
      expect(icon.getAttribute('part')).to.equal('icon');
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      const { width, height } = icon.getBoundingClientRect();
      expect(width).to.be.above(10);
      expect(height).to.equal(width);
      // Its colour is the button's text colour.
      expect(getComputedStyle(icon).fill).to.equal(getComputedStyle(button(el)).color);
      await expect(el).to.be.accessible();
    }
  });

  it("a page hides it with ::part(icon), and the button's height does not change", async () => {
    const box = await fixture(html`<div>
      <style>
        .plain::part(icon) {
          display: none;
        }
      </style>
      <passkey-login></passkey-login><passkey-login class="plain"></passkey-login>
    </div>`);
    const [withIcon, plain] = box.querySelectorAll('passkey-login');
    await plain.updateComplete;
    expect(icons(withIcon)[0].getClientRects()).to.have.length(1);
    expect(icons(plain)[0].getClientRects()).to.have.length(0);
    expect(button(plain).getBoundingClientRect().height).to.equal(button(withIcon).getBoundingClientRect().height);
  });

  it('leads "Sign in instead" too', async () => {
    await logout();
    await VirtualAuthenticator.add();
    const el = await fixture<PasskeyRegister>(html`<passkey-register></passkey-register>`);
    await type(el, uniqueName());
    button(el).click();
    await nextEvent(el, 'passkey-register-success');
    // Still signed in: the second try excludes the passkey just made (already-registered).
    button(el).click();
    await nextEvent(el, 'passkey-register-error');
    await el.updateComplete;
    const secondary = el.shadowRoot!.querySelector('[part~="secondary"]')!;
    expect(secondary.querySelector('svg[part="icon"]')).to.exist;
    expect(icons(el)).to.have.length(2);
  });
});
