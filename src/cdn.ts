// The drop-in file's entry: registers both elements and exports their classes (for another tag
// name). The headless core is in the npm package (`passkey-elements/core`), not in this file,
// which stays small.
import './define.js';
import { loadLocale } from './i18n/autoload.js';
import { missing } from './elements/strings.js';

// Zero configuration: a page's lang="fr" loads locales/fr.js from beside this file. Bundler
// users import their locales instead (no file layout to rely on).
missing.locale = loadLocale;

export { PasskeyLogin } from './elements/passkey-login.js';
export { PasskeyRegister } from './elements/passkey-register.js';
export { registerLocale } from './i18n/locales.js';
