// Dutch. Importing this file registers it: elements inside lang="nl" then speak Dutch.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const nl: Messages = {
  usernameLabel: 'Gebruikersnaam',
  registerButton: 'Toegangssleutel maken',
  registerWithPhoneOrKey: 'Telefoon of beveiligingssleutel gebruiken',
  loginButton: 'Inloggen met toegangssleutel',
  signInInstead: 'In plaats daarvan inloggen',
  waiting: 'Wachten op je toegangssleutel…',
  registered: 'Je toegangssleutel is klaar.',
  signedIn: 'Ingelogd.',
  errors: {
    cancelled: 'Het verzoek voor de toegangssleutel is geannuleerd of verlopen. Je kunt het opnieuw proberen.',
    aborted: 'Gestopt.',
    'already-registered': 'Dit apparaat heeft al een toegangssleutel voor dit account. Log daarmee in.',
    'username-required': 'Vul eerst een gebruikersnaam in.',
    security: 'Toegangssleutels zijn niet goed ingesteld voor deze site.',
    'frame-not-allowed': 'Toegangssleutels zijn niet toegestaan op deze ingesloten pagina. Open de site in een eigen tabblad.',
    unsupported: 'Deze browser of dit apparaat kan geen toegangssleutels gebruiken.',
    'server-error': 'Er ging iets mis op de server. Probeer het opnieuw.',
    'network-error': 'Kan de server niet bereiken. Controleer je verbinding en probeer het opnieuw.',
    timeout: 'De server deed er te lang over om te antwoorden. Probeer het opnieuw.',
    'invalid-response': 'De server stuurde een antwoord waar deze pagina niets mee kan. Probeer het opnieuw.',
    'verification-failed': 'De server kon je toegangssleutel niet verifiëren. Probeer het opnieuw.',
    'too-many-credentials': 'Dit account heeft te veel toegangssleutels voor deze browser. Log in zonder gebruikersnaam of verwijder er een paar.',
    'unknown-credential': 'Deze toegangssleutel is niet meer geregistreerd op deze site. Verwijder hem uit je wachtwoordbeheerder en log op een andere manier in.',
    unknown: 'Er ging iets mis met de toegangssleutel. Probeer het opnieuw.',
  },
};

registerLocale('nl', nl);
