// German strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const deList: ListMessages = {
  listLabel: 'Ihre Passkeys',
  loading: 'Ihre Passkeys werden geladen…',
  empty: 'Sie haben noch keinen Passkey. Mit einem Passkey melden Sie sich per Fingerabdruck, Gesicht oder Bildschirmsperre statt mit einem Passwort an, und er kann nicht gephisht werden.',
  createFirst: 'Passkey erstellen',
  add: 'Passkey hinzufügen',
  adding: 'Warten auf Ihren neuen Passkey…',
  added: 'Passkey hinzugefügt.',
  alreadyRegistered: 'Dieses Gerät oder dieser Passwortmanager hat schon einen Passkey für dieses Konto. Fügen Sie einen auf einem anderen Gerät oder einem Sicherheitsschlüssel hinzu.',
  fallbackName: 'Passkey ohne Namen',
  securityKeyName: 'Sicherheitsschlüssel',
  created: 'Erstellt am {date}',
  lastUsed: 'Zuletzt verwendet am {date}',
  neverUsed: 'Noch nie verwendet',
  synced: 'Mit Ihren Geräten synchronisiert',
  deviceOnly: 'Nur auf diesem Gerät',
  securityKey: 'Auf diesem Sicherheitsschlüssel',
  rename: 'Umbenennen',
  nameLabel: 'Name des Passkeys',
  save: 'Speichern',
  cancel: 'Abbrechen',
  renamed: 'Passkey umbenannt.',
  remove: 'Entfernen',
  confirmRemove: '„{name}“ entfernen? Sie können sich damit nicht mehr auf dieser Website anmelden. Löschen Sie ihn auch in Ihrem Passwortmanager oder in den Geräteeinstellungen.',
  lastPasskey: 'Das ist Ihr einziger Passkey. Ohne ihn melden Sie sich anders an:',
  confirm: 'Passkey entfernen',
  keep: 'Behalten',
  removed: 'Passkey entfernt. Denken Sie daran, ihn auch in Ihrem Passwortmanager zu löschen.',
  offline: 'Sie sind offline. Ihre Passkeys erscheinen, sobald Sie wieder online sind.',
  retry: 'Erneut versuchen',
};

registerListLocale('de', deList);
