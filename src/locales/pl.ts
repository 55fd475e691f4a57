// Polish. Importing this file registers it: elements inside lang="pl" then speak Polish.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const pl: Messages = {
  usernameLabel: 'Nazwa użytkownika',
  registerButton: 'Utwórz klucz dostępu',
  registerWithPhoneOrKey: 'Użyj telefonu lub klucza bezpieczeństwa',
  loginButton: 'Zaloguj się kluczem dostępu',
  signInInstead: 'Zamiast tego zaloguj się',
  waiting: 'Oczekiwanie na klucz dostępu…',
  registered: 'Twój klucz dostępu jest gotowy.',
  signedIn: 'Zalogowano.',
  errors: {
    cancelled: 'Żądanie klucza dostępu zostało anulowane lub wygasło. Możesz spróbować ponownie.',
    aborted: 'Zatrzymano.',
    'already-registered': 'To urządzenie ma już klucz dostępu do tego konta. Zaloguj się za jego pomocą.',
    'username-required': 'Najpierw wpisz nazwę użytkownika.',
    security: 'Klucze dostępu nie są poprawnie skonfigurowane dla tej witryny.',
    'frame-not-allowed': 'Klucze dostępu są niedozwolone na tej osadzonej stronie. Otwórz witrynę w osobnej karcie.',
    unsupported: 'Ta przeglądarka lub to urządzenie nie obsługuje kluczy dostępu.',
    'server-error': 'Wystąpił problem z serwerem. Spróbuj ponownie.',
    'network-error': 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
    timeout: 'Serwer zbyt długo nie odpowiadał. Spróbuj ponownie.',
    'invalid-response': 'Serwer wysłał odpowiedź, której ta strona nie może użyć. Spróbuj ponownie.',
    'verification-failed': 'Serwer nie mógł zweryfikować Twojego klucza dostępu. Spróbuj ponownie.',
    'too-many-credentials': 'To konto ma zbyt wiele kluczy dostępu dla tej przeglądarki. Zaloguj się bez nazwy użytkownika lub usuń niektóre z nich.',
    'unknown-credential': 'Ten klucz dostępu nie jest już zarejestrowany w tej witrynie. Usuń go z menedżera haseł i zaloguj się w inny sposób.',
    unknown: 'Coś poszło nie tak z kluczem dostępu. Spróbuj ponownie.',
  },
};

registerLocale('pl', pl);
