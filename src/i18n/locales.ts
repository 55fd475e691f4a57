import type { Messages } from './en.js';

export type { Messages };

const key = Symbol.for('passkey-elements.locales');

/**
 * The page's translations by language tag, shared by every copy of the library: the drop-in
 * file and each locale file are separate bundles.
 */
export const locales: Record<string, Messages> = ((globalThis as { [key]?: Record<string, Messages> })[key] ??= {});

/** Makes `messages` the strings for `lang` (`de`, `pt-BR`…) in every element on the page. */
export function registerLocale(lang: string, messages: Messages): void {
  locales[lang.toLowerCase()] = messages;
  // Elements already on the page re-render: a locale file may load after them.
  globalThis.document?.dispatchEvent(new Event(LOCALE_EVENT));
}

export const LOCALE_EVENT = 'passkey-elements-locale';
