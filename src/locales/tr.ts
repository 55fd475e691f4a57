// Turkish. Importing this file registers it: elements inside lang="tr" then speak Turkish.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const tr: Messages = {
  usernameLabel: 'Kullanıcı adı',
  registerButton: 'Geçiş anahtarı oluştur',
  registerWithPhoneOrKey: 'Telefonu veya güvenlik anahtarını kullan',
  loginButton: 'Geçiş anahtarıyla oturum aç',
  signInInstead: 'Bunun yerine oturum aç',
  waiting: 'Geçiş anahtarınız bekleniyor…',
  registered: 'Geçiş anahtarınız hazır.',
  signedIn: 'Oturum açıldı.',
  errors: {
    cancelled: 'Geçiş anahtarı isteği iptal edildi veya zaman aşımına uğradı. Tekrar deneyebilirsiniz.',
    aborted: 'Durduruldu.',
    'already-registered': 'Bu cihazda bu hesap için zaten bir geçiş anahtarı var. Onunla oturum açın.',
    'username-required': 'Önce bir kullanıcı adı girin.',
    security: 'Geçiş anahtarları bu site için doğru şekilde ayarlanmamış.',
    'frame-not-allowed': 'Bu yerleştirilmiş sayfada geçiş anahtarlarına izin verilmiyor. Siteyi kendi sekmesinde açın.',
    unsupported: 'Bu tarayıcı veya cihaz geçiş anahtarlarını kullanamıyor.',
    'server-error': 'Sunucuda bir sorun oluştu. Lütfen tekrar deneyin.',
    'network-error': 'Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
    timeout: 'Sunucunun yanıt vermesi çok uzun sürdü. Lütfen tekrar deneyin.',
    'invalid-response': 'Sunucu, bu sayfanın kullanamadığı bir yanıt gönderdi. Lütfen tekrar deneyin.',
    'verification-failed': 'Sunucu geçiş anahtarınızı doğrulayamadı. Lütfen tekrar deneyin.',
    'too-many-credentials': 'Bu hesabın bu tarayıcı için çok fazla geçiş anahtarı var. Kullanıcı adı olmadan oturum açın veya bazılarını kaldırın.',
    'unknown-credential': 'Bu geçiş anahtarı artık bu sitede kayıtlı değil. Parola yöneticinizden silin ve başka bir yolla oturum açın.',
    unknown: 'Geçiş anahtarıyla ilgili bir sorun oluştu. Lütfen tekrar deneyin.',
  },
};

registerLocale('tr', tr);
