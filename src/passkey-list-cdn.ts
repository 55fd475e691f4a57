// The list's drop-in file (dist/cdn/passkey-list.min.js): registers <passkey-list>, apart from
// the sign-in file, which stays small. Self-contained: it works with or without the other file.
import { loadLocale } from './i18n/autoload.js';
import { loadListLocale } from './i18n/list-autoload.js';
import { missing } from './elements/strings.js';

// Zero configuration: a page's lang="fr" loads locales/list/fr.js (and locales/fr.js, for the
// error messages) from beside this file.
missing.locale = (lang) => {
  loadLocale(lang);
  loadListLocale(lang);
};

export * from './passkey-list.js';
export { signalAllAcceptedCredentials, signalCurrentUserDetails, signalUnknownCredential } from './core/signals.js';
