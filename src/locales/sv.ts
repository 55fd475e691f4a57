// Swedish. Importing this file registers it: elements inside lang="sv" then speak Swedish.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const sv: Messages = {
  usernameLabel: 'Användarnamn',
  registerButton: 'Skapa en nyckel',
  registerWithPhoneOrKey: 'Använd telefonen eller en säkerhetsnyckel',
  loginButton: 'Logga in med en nyckel',
  signInInstead: 'Logga in i stället',
  waiting: 'Väntar på din nyckel…',
  registered: 'Din nyckel är klar.',
  signedIn: 'Inloggad.',
  errors: {
    cancelled: 'Begäran om nyckeln avbröts eller tog för lång tid. Du kan försöka igen.',
    aborted: 'Avbrutet.',
    'already-registered': 'Den här enheten har redan en nyckel för det här kontot. Logga in med den i stället.',
    'username-required': 'Ange ett användarnamn först.',
    security: 'Nycklar är inte korrekt konfigurerade för den här webbplatsen.',
    'frame-not-allowed': 'Nycklar är inte tillåtna på den här inbäddade sidan. Öppna webbplatsen i en egen flik.',
    unsupported: 'Den här webbläsaren eller enheten kan inte använda nycklar.',
    'server-error': 'Det uppstod ett problem på servern. Försök igen.',
    'network-error': 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
    timeout: 'Servern tog för lång tid att svara. Försök igen.',
    'invalid-response': 'Servern skickade ett svar som den här sidan inte kan använda. Försök igen.',
    'verification-failed': 'Servern kunde inte verifiera din nyckel. Försök igen.',
    'too-many-credentials': 'Det här kontot har för många nycklar för den här webbläsaren. Logga in utan användarnamn eller ta bort några.',
    'unknown-credential': 'Den här nyckeln är inte längre registrerad på den här webbplatsen. Ta bort den från din lösenordshanterare och logga in på ett annat sätt.',
    unknown: 'Något gick fel med nyckeln. Försök igen.',
  },
};

registerLocale('sv', sv);
