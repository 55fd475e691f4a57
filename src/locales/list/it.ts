// Italian strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const itList: ListMessages = {
  listLabel: 'Le tue passkey',
  loading: 'Caricamento delle tue passkey…',
  empty: 'Non hai ancora passkey. Una passkey ti permette di accedere con l’impronta, il volto o il blocco schermo invece di una password, e non può essere rubata con il phishing.',
  createFirst: 'Crea una passkey',
  add: 'Aggiungi una passkey',
  adding: 'In attesa della nuova passkey…',
  added: 'Passkey aggiunta.',
  alreadyRegistered: 'Questo dispositivo o gestore di password ha già una passkey per questo account. Aggiungine una su un altro dispositivo o una chiave di sicurezza.',
  fallbackName: 'Passkey senza nome',
  securityKeyName: 'Chiave di sicurezza',
  created: 'Creata il {date}',
  lastUsed: 'Ultimo utilizzo il {date}',
  neverUsed: 'Mai usata',
  synced: 'Sincronizzata sui tuoi dispositivi',
  deviceOnly: 'Solo su questo dispositivo',
  securityKey: 'Su questa chiave di sicurezza',
  rename: 'Rinomina',
  nameLabel: 'Nome della passkey',
  save: 'Salva',
  cancel: 'Annulla',
  renamed: 'Passkey rinominata.',
  remove: 'Rimuovi',
  confirmRemove: 'Rimuovere «{name}»? Non potrai più usarla per accedere a questo sito. Eliminala anche dal tuo gestore di password o dalle impostazioni del dispositivo.',
  lastPasskey: 'È la tua unica passkey. Senza di essa accederai in un altro modo:',
  confirm: 'Rimuovi passkey',
  keep: 'Tienila',
  removed: 'Passkey rimossa. Ricordati di eliminarla anche dal tuo gestore di password.',
  offline: 'Sei offline. Le tue passkey appariranno quando tornerai online.',
  retry: 'Riprova',
};

registerListLocale('it', itList);
