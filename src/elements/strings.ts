import { en, type Messages } from '../i18n/en.js';
import { locales } from '../i18n/locales.js';

/** Some of the strings, to override a locale's from JS. */
export type MessageOverrides = Partial<Omit<Messages, 'errors'>> & { errors?: Partial<Messages['errors']> };

/**
 * The strings for `element`: the registered locale of the nearest `lang` (`de-AT` falls back to
 * `de`, anything unknown to English), with the page's overrides on top.
 */
export function stringsFor(element: Element, overrides: MessageOverrides = {}): Messages {
  const lang = (element.closest('[lang]')?.getAttribute('lang') || 'en').toLowerCase();
  const base = locales[lang] ?? locales[lang.split('-')[0]] ?? en;
  return { ...base, ...overrides, errors: { ...base.errors, ...overrides.errors } };
}
