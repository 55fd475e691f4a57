// German. Importing this file registers it: elements inside lang="de" then speak German.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const de: Messages = {
  usernameLabel: 'Benutzername',
  registerButton: 'Passkey erstellen',
  registerWithPhoneOrKey: 'Handy oder Sicherheitsschlüssel verwenden',
  loginButton: 'Mit Passkey anmelden',
  signInInstead: 'Stattdessen anmelden',
  waiting: 'Warte auf deinen Passkey …',
  registered: 'Dein Passkey ist eingerichtet.',
  signedIn: 'Angemeldet.',
  errors: {
    cancelled: 'Die Passkey-Anfrage wurde abgebrochen oder ist abgelaufen. Du kannst es erneut versuchen.',
    aborted: 'Abgebrochen.',
    'already-registered': 'Dieses Gerät hat schon einen Passkey für dieses Konto. Melde dich damit an.',
    'username-required': 'Gib zuerst einen Benutzernamen ein.',
    security: 'Passkeys sind für diese Website nicht richtig eingerichtet.',
    'frame-not-allowed': 'Passkeys sind in dieser eingebetteten Seite nicht erlaubt. Öffne die Website in einem eigenen Tab.',
    unsupported: 'Dieser Browser oder dieses Gerät kann keine Passkeys verwenden.',
    'server-error': 'Der Server hatte ein Problem. Bitte versuche es erneut.',
    'network-error': 'Der Server ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
    timeout: 'Der Server hat zu lange gebraucht. Bitte versuche es erneut.',
    'invalid-response': 'Die Antwort des Servers war unbrauchbar. Bitte versuche es erneut.',
    'verification-failed': 'Der Server konnte deinen Passkey nicht prüfen. Bitte versuche es erneut.',
    'too-many-credentials': 'Dieses Konto hat zu viele Passkeys für diesen Browser. Melde dich ohne Benutzernamen an oder entferne einige.',
    'unknown-credential': 'Dieser Passkey ist auf dieser Website nicht mehr registriert. Entfernen Sie ihn aus Ihrem Passwortmanager und melden Sie sich anders an.',
    unknown: 'Mit dem Passkey ist etwas schiefgegangen. Bitte versuche es erneut.',
  },
};

registerLocale('de', de);
