import { en, type Messages } from '../i18n/en.js';
import { locales } from '../i18n/locales.js';

/** Some of the strings, to override a locale's from JS. */
export type MessageOverrides = Partial<Omit<Messages, 'errors'>> & { errors?: Partial<Messages['errors']> };

/** Asked for a language that has no registered locale; the drop-in file sets one (see cdn.ts). */
export const missing: { locale?: (lang: string) => void } = {};

/** The nearest `lang`, also across shadow roots: closest() stops at one, so go on from its host. */
export const langOf = (element?: Element): string =>
  element ? (element.closest('[lang]')?.getAttribute('lang') ?? langOf((element.getRootNode() as ShadowRoot).host)) : '';

/**
 * The strings for `element`: the registered locale of the nearest `lang` (`de-AT` falls back to
 * `de`, anything unknown to English), with the page's overrides on top.
 */
export function stringsFor(element: Element, overrides: MessageOverrides = {}): Messages {
  const lang = (langOf(element) || 'en').toLowerCase();
  const primary = lang.split('-')[0];
  const base = locales[lang] ?? locales[primary] ?? (primary != 'en' && missing.locale?.(primary), en);
  return { ...base, ...overrides, errors: { ...base.errors, ...overrides.errors } };
}
