import { expect } from '@open-wc/testing';
import { listEn, type ListMessages } from '../src/i18n/list-en.js';
import { listLocales } from '../src/i18n/list-locales.js';
import { locales } from '../src/i18n/locales.js';
// Each import registers the list strings of its language.
import { arList } from '../src/locales/list/ar.js';
import { deList } from '../src/locales/list/de.js';
import { esList } from '../src/locales/list/es.js';
import { frList } from '../src/locales/list/fr.js';
import { hiList } from '../src/locales/list/hi.js';
import { itList } from '../src/locales/list/it.js';
import { jaList } from '../src/locales/list/ja.js';
import { koList } from '../src/locales/list/ko.js';
import { nlList } from '../src/locales/list/nl.js';
import { plList } from '../src/locales/list/pl.js';
import { ptList } from '../src/locales/list/pt.js';
import { svList } from '../src/locales/list/sv.js';
import { trList } from '../src/locales/list/tr.js';
import { zhList } from '../src/locales/list/zh.js';

// The strings of <passkey-list>, apart from the sign-in elements' (test/i18n.test.ts): the same
// languages, every key, each translated, the placeholders kept.

const shipped: Record<string, ListMessages> = { ar: arList, de: deList, es: esList, fr: frList, hi: hiList, it: itList, ja: jaList, ko: koList, nl: nlList, pl: plList, pt: ptList, sv: svList, tr: trList, zh: zhList };

// As in test/i18n.test.ts: German and Italian platforms say "Passkey" too.
const saysPasskey = new Set(['de', 'it']);
const placeholders = (text: string) => text.match(/\{\w+\}/g) ?? [];

describe('localization of <passkey-list>', () => {
  it('ships the list in every language the elements speak, each registered under its code', async () => {
    // The elements' locales register themselves on import.
    await Promise.all(Object.keys(shipped).map((lang) => import(`../src/locales/${lang}.ts`)));
    expect(Object.keys(shipped).sort()).to.deep.equal(Object.keys(locales).sort());
    expect(Object.keys(listLocales).sort()).to.deep.equal(Object.keys(shipped).sort());
    for (const [lang, messages] of Object.entries(shipped)) expect(listLocales[lang], lang).to.equal(messages);
  });

  for (const [lang, messages] of Object.entries(shipped)) {
    it(`${lang} has exactly the list strings of en, each translated, placeholders kept`, () => {
      expect(Object.keys(messages).sort(), lang).to.deep.equal(Object.keys(listEn).sort());
      for (const [key, english] of Object.entries(listEn) as [keyof ListMessages, string][]) {
        const value = messages[key];
        expect(value, `${lang} ${key}`).to.be.a('string');
        expect(value.trim(), `${lang} ${key} is empty`).not.to.equal('');
        expect(value, `${lang} ${key} is still English`).not.to.equal(english);
        expect(placeholders(value).sort(), `${lang} ${key} placeholders`).to.deep.equal(placeholders(english).sort());
        if (!saysPasskey.has(lang)) expect(value, `${lang} ${key} says "passkey"`).not.to.match(/passkey/i);
      }
    });
  }
});
