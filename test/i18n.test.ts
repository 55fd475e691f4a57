import { expect, fixture, html } from '@open-wc/testing';
import '../src/locales/de.js';
import '../src/locales/es.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import { en } from '../src/i18n/en.js';
import { de } from '../src/locales/de.js';
import { es } from '../src/locales/es.js';
import { button, messageSays } from './elements.js';
import { nextEvent } from './helpers.js';

const label = (el: Element) => el.querySelector('label')!.textContent;
const buttonText = (el: Element) => button(el).textContent!.trim();

describe('localization', () => {
  it('every locale has every string', () => {
    for (const locale of [de, es]) {
      expect(Object.keys(locale).sort()).to.deep.equal(Object.keys(en).sort());
      expect(Object.keys(locale.errors).sort()).to.deep.equal(Object.keys(en.errors).sort());
    }
  });

  for (const [lang, strings] of [
    ['en', en],
    ['de', de],
    ['es', es],
    ['de-AT', de], // a region falls back to its language
    ['es-MX', es],
    ['fr', en], // no French registered: English
  ] as const) {
    it(`speaks the nearest lang="${lang}"`, async () => {
      const wrapper = await fixture(
        html`<section lang=${lang}><passkey-register></passkey-register><passkey-login></passkey-login></section>`,
      );
      const register = wrapper.querySelector<PasskeyRegister>('passkey-register')!;
      const login = wrapper.querySelector<PasskeyLogin>('passkey-login')!;
      await register.updateComplete;
      await login.updateComplete;
      expect(buttonText(register)).to.equal(strings.registerButton);
      expect(buttonText(login)).to.equal(strings.loginButton);
      expect(label(login)).to.equal(strings.usernameLabel);
      // An error code is the key of its sentence.
      const error = nextEvent(register, 'passkey-register-error');
      button(register).click();
      await error;
      await messageSays(register, strings.errors['username-required']);
    });
  }

  it('finds the nearest lang across shadow roots', async () => {
    // A page's own element that renders ours inside its shadow root, inside lang="de".
    const wrapper = await fixture(html`<div lang="de"><section></section></div>`);
    const outer = wrapper.querySelector('section')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<div><passkey-login></passkey-login></div>';
    const login = outer.querySelector<PasskeyLogin>('passkey-login')!;
    await login.updateComplete;
    expect(buttonText(login)).to.equal(de.loginButton);
    expect(label(login)).to.equal(de.usernameLabel);
    // A lang inside the shadow root is nearer.
    outer.firstElementChild!.setAttribute('lang', 'es');
    login.requestUpdate();
    await login.updateComplete;
    expect(buttonText(login)).to.equal(es.loginButton);
  });

  it('takes overrides string by string, and button labels from attributes', async () => {
    const el = await fixture<PasskeyRegister>(html`<passkey-register lang="de" button-label="Konto anlegen"></passkey-register>`);
    el.messages = { errors: { 'username-required': 'Name fehlt.' } };
    await el.updateComplete;
    expect(buttonText(el)).to.equal('Konto anlegen');
    const error = nextEvent(el, 'passkey-register-error');
    button(el).click();
    await error;
    await messageSays(el, 'Name fehlt.');
    el.messages = { registerButton: 'Los' };
    el.buttonLabel = undefined;
    await el.updateComplete;
    expect(buttonText(el)).to.equal('Los');
  });
});
