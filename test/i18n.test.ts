import { expect, fixture, html } from '@open-wc/testing';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import { en, type Messages } from '../src/i18n/en.js';
import { locales } from '../src/i18n/locales.js';
// Each import registers its locale.
import { ar } from '../src/locales/ar.js';
import { de } from '../src/locales/de.js';
import { es } from '../src/locales/es.js';
import { fr } from '../src/locales/fr.js';
import { hi } from '../src/locales/hi.js';
import { it as italian } from '../src/locales/it.js';
import { ja } from '../src/locales/ja.js';
import { ko } from '../src/locales/ko.js';
import { nl } from '../src/locales/nl.js';
import { pl } from '../src/locales/pl.js';
import { pt } from '../src/locales/pt.js';
import { sv } from '../src/locales/sv.js';
import { tr } from '../src/locales/tr.js';
import { zh } from '../src/locales/zh.js';
import { button, messageSays } from './elements.js';
import { nextEvent } from './helpers.js';

const label = (el: Element) => el.querySelector('label')!.textContent;
const buttonText = (el: Element) => button(el).textContent!.trim();

const shipped: Record<string, Messages> = { ar, de, es, fr, hi, it: italian, ja, ko, nl, pl, pt, sv, tr, zh };

/** Every string of `messages` by its path (`errors.cancelled`…), however deep the nesting. */
function leaves(messages: object, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      value && typeof value === 'object' ? Object.entries(leaves(value, `${prefix}${key}.`)) : [[prefix + key, value]],
    ),
  );
}

// German and Italian platforms (Apple's, Google's) call it "Passkey" too: the one English word
// allowed in a translation. Every other language has its own word.
const saysPasskey = new Set(['de', 'it']);

describe('localization', () => {
  it('ships the locales it tests, each registered under its code', () => {
    expect(Object.keys(locales).sort()).to.deep.equal(Object.keys(shipped).sort());
    for (const [lang, messages] of Object.entries(shipped)) expect(locales[lang], lang).to.equal(messages);
  });

  for (const [lang, messages] of Object.entries(shipped)) {
    it(`${lang} has exactly the strings of en, each translated`, () => {
      const english = leaves(en);
      const strings = leaves(messages);
      expect(Object.keys(strings).sort(), lang).to.deep.equal(Object.keys(english).sort());
      for (const [path, value] of Object.entries(strings)) {
        expect(value, `${lang} ${path}`).to.be.a('string');
        expect((value as string).trim(), `${lang} ${path} is empty`).not.to.equal('');
        expect(value, `${lang} ${path} is still English`).not.to.equal(english[path]);
        if (!saysPasskey.has(lang)) expect(value, `${lang} ${path} says "passkey"`).not.to.match(/passkey/i);
      }
    });
  }

  for (const [lang, strings] of [
    ['en', en],
    ...Object.entries(shipped),
    ['de-AT', de], // a region falls back to its language
    ['es-MX', es],
    ['pt-BR', pt], // pt is Brazilian Portuguese
    ['zh-CN', zh], // zh is Simplified Chinese
    ['fi', en], // no Finnish registered: English
  ] as [string, Messages][]) {
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

  it('reads right to left in Arabic under <html dir="rtl" lang="ar">', async () => {
    const root = document.documentElement;
    const before = { dir: root.getAttribute('dir'), lang: root.getAttribute('lang') };
    root.setAttribute('dir', 'rtl');
    root.setAttribute('lang', 'ar');
    try {
      const login = await fixture<PasskeyLogin>(html`<passkey-login></passkey-login>`);
      await login.updateComplete;
      expect(getComputedStyle(login).direction).to.equal('rtl');
      expect(getComputedStyle(button(login)).direction).to.equal('rtl');
      expect(buttonText(login)).to.equal(ar.loginButton);
      expect(label(login)).to.equal(ar.usernameLabel);
    } finally {
      for (const [name, value] of Object.entries(before)) {
        if (value === null) root.removeAttribute(name);
        else root.setAttribute(name, value);
      }
    }
  });

  it('reads right to left in Arabic inside a dir="rtl" container', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar"><passkey-register></passkey-register></div>`);
    const register = wrapper.querySelector<PasskeyRegister>('passkey-register')!;
    await register.updateComplete;
    expect(getComputedStyle(register).direction).to.equal('rtl');
    expect(getComputedStyle(button(register)).direction).to.equal('rtl');
    expect(buttonText(register)).to.equal(ar.registerButton);
  });

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
