// Registers <passkey-list> (idempotent) and exports its class.
import type { PasskeyErrorEvent } from './element-types.js';
import { PasskeyList, type PasskeyListChange } from './elements/passkey-list.js';

PasskeyList.define();

export { PasskeyList, type PasskeyListChange };
export { registerListLocale } from './i18n/list-locales.js';
export { listEn, type ListMessages } from './i18n/list-en.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'passkey-list-change': CustomEvent<PasskeyListChange>;
    'passkey-list-error': PasskeyErrorEvent;
  }
}
