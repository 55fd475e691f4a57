import type { ListMessages } from './list-en.js';
import { LOCALE_EVENT } from './locales.js';

const key = Symbol.for('passkey-elements.list-locales');

/** The list's translations by language tag, shared by every copy of the library on the page. */
export const listLocales: Record<string, ListMessages> = ((globalThis as { [key]?: Record<string, ListMessages> })[key] ??= {});

/** Makes `messages` the strings of `<passkey-list>` for `lang` (`de`, `pt-BR`…). */
export function registerListLocale(lang: string, messages: ListMessages): void {
  listLocales[lang.toLowerCase()] = messages;
  globalThis.document?.dispatchEvent(new Event(LOCALE_EVENT));
}
