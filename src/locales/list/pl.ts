// Polish strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const plList: ListMessages = {
  listLabel: 'Twoje klucze dostępu',
  loading: 'Wczytywanie kluczy dostępu…',
  empty: 'Nie masz jeszcze klucza dostępu. Klucz dostępu pozwala logować się odciskiem palca, twarzą lub blokadą ekranu zamiast hasłem i nie da się go wyłudzić.',
  createFirst: 'Utwórz klucz dostępu',
  add: 'Dodaj klucz dostępu',
  adding: 'Czekam na nowy klucz dostępu…',
  added: 'Dodano klucz dostępu.',
  alreadyRegistered: 'To urządzenie lub menedżer haseł ma już klucz dostępu do tego konta. Dodaj klucz na innym urządzeniu lub kluczu zabezpieczającym.',
  fallbackName: 'Klucz dostępu',
  securityKeyName: 'Klucz zabezpieczający',
  created: 'Utworzono {date}',
  lastUsed: 'Ostatnio użyto {date}',
  neverUsed: 'Nigdy nie użyto',
  synced: 'Synchronizowany z Twoimi urządzeniami',
  deviceOnly: 'Tylko na tym urządzeniu',
  securityKey: 'Na tym kluczu zabezpieczającym',
  rename: 'Zmień nazwę',
  nameLabel: 'Nazwa klucza dostępu',
  save: 'Zapisz',
  cancel: 'Anuluj',
  renamed: 'Zmieniono nazwę.',
  remove: 'Usuń',
  confirmRemove: 'Usunąć „{name}”? Nie zalogujesz się nim już w tej witrynie. Usuń go też z menedżera haseł lub z ustawień urządzenia.',
  lastPasskey: 'To Twój jedyny klucz dostępu. Bez niego zalogujesz się w inny sposób:',
  confirm: 'Usuń klucz dostępu',
  keep: 'Zachowaj',
  removed: 'Usunięto klucz dostępu. Pamiętaj, aby usunąć go też z menedżera haseł.',
  offline: 'Jesteś offline. Klucze dostępu pojawią się, gdy wrócisz do sieci.',
  retry: 'Spróbuj ponownie',
};

registerListLocale('pl', plList);
