// Italian. Importing this file registers it: elements inside lang="it" then speak Italian.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const it: Messages = {
  usernameLabel: 'Nome utente',
  registerButton: 'Crea una passkey',
  registerWithPhoneOrKey: 'Usa il telefono o una chiave di sicurezza',
  loginButton: 'Accedi con una passkey',
  signInInstead: 'Accedi invece',
  waiting: 'In attesa della tua passkey…',
  registered: 'La tua passkey è pronta.',
  signedIn: 'Accesso eseguito.',
  errors: {
    cancelled: 'La richiesta della passkey è stata annullata o è scaduta. Puoi riprovare.',
    aborted: 'Interrotto.',
    'already-registered': 'Questo dispositivo ha già una passkey per questo account. Accedi con quella.',
    'username-required': 'Inserisci prima un nome utente.',
    security: 'Le passkey non sono configurate correttamente per questo sito.',
    'frame-not-allowed': 'Le passkey non sono consentite in questa pagina incorporata. Apri il sito in una scheda a parte.',
    unsupported: 'Questo browser o dispositivo non può usare le passkey.',
    'server-error': 'Il server ha avuto un problema. Riprova.',
    'network-error': 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
    timeout: 'Il server ha impiegato troppo tempo a rispondere. Riprova.',
    'invalid-response': 'Il server ha inviato una risposta che questa pagina non può usare. Riprova.',
    'verification-failed': 'Il server non è riuscito a verificare la tua passkey. Riprova.',
    'too-many-credentials': 'Questo account ha troppe passkey per questo browser. Accedi senza nome utente o rimuovine alcune.',
    'unknown-credential': 'Questa passkey non è più registrata su questo sito. Rimuovila dal tuo gestore di password e accedi in un altro modo.',
    unknown: 'Si è verificato un problema con la passkey. Riprova.',
  },
};

registerLocale('it', it);
