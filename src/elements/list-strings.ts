import type { Messages } from '../i18n/en.js';
import { listEn, type ListMessages } from '../i18n/list-en.js';
import { listLocales } from '../i18n/list-locales.js';
import { langOf, missing, stringsFor } from './strings.js';

/** The list's strings, with the error messages of the sign-in elements' locale. */
export type ListStrings = ListMessages & { errors: Messages['errors'] };

/** Some of the list's strings, to override a locale's from JS. */
export type ListMessageOverrides = Partial<ListMessages> & { errors?: Partial<Messages['errors']> };

/** The language `element` speaks: its nearest `lang`, across shadow roots; '' when none. */
export const languageOf = (element: Element): string => langOf(element).toLowerCase();

/**
 * The strings for `element`: the registered list locale of the nearest `lang` (a region falls
 * back to its language, anything unknown to English), the errors from the elements' locale, and
 * the page's overrides on top.
 */
export function listStringsFor(element: Element, overrides: ListMessageOverrides = {}): ListStrings {
  const lang = languageOf(element) || 'en';
  const primary = lang.split('-')[0];
  const base = listLocales[lang] ?? listLocales[primary] ?? (primary != 'en' && missing.locale?.(primary), listEn);
  const { errors } = stringsFor(element, { errors: overrides.errors });
  return { ...base, ...overrides, errors };
}
