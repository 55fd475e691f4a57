// Turkish strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const trList: ListMessages = {
  listLabel: 'Geçiş anahtarlarınız',
  loading: 'Geçiş anahtarlarınız yükleniyor…',
  empty: 'Henüz geçiş anahtarınız yok. Geçiş anahtarı, parola yerine parmak iziniz, yüzünüz veya ekran kilidinizle oturum açmanızı sağlar ve oltalamayla çalınamaz.',
  createFirst: 'Geçiş anahtarı oluştur',
  add: 'Geçiş anahtarı ekle',
  adding: 'Yeni geçiş anahtarınız bekleniyor…',
  added: 'Geçiş anahtarı eklendi.',
  alreadyRegistered: 'Bu cihazda veya parola yöneticisinde bu hesap için zaten bir geçiş anahtarı var. Başka bir cihaza veya güvenlik anahtarına ekleyin.',
  fallbackName: 'Geçiş anahtarı',
  securityKeyName: 'Güvenlik anahtarı',
  created: 'Oluşturulma: {date}',
  lastUsed: 'Son kullanım: {date}',
  neverUsed: 'Hiç kullanılmadı',
  synced: 'Cihazlarınızla eşitlendi',
  deviceOnly: 'Yalnızca bu cihazda',
  securityKey: 'Bu güvenlik anahtarında',
  rename: 'Yeniden adlandır',
  nameLabel: 'Geçiş anahtarının adı',
  save: 'Kaydet',
  cancel: 'İptal',
  renamed: 'Geçiş anahtarı yeniden adlandırıldı.',
  remove: 'Kaldır',
  confirmRemove: '“{name}” kaldırılsın mı? Artık bu sitede onunla oturum açamazsınız. Parola yöneticinizden veya cihaz ayarlarından da silin.',
  lastPasskey: 'Bu tek geçiş anahtarınız. Onsuz başka bir yolla oturum açacaksınız:',
  confirm: 'Geçiş anahtarını kaldır',
  keep: 'Sakla',
  removed: 'Geçiş anahtarı kaldırıldı. Parola yöneticinizden de silmeyi unutmayın.',
  offline: 'Çevrimdışısınız. Geçiş anahtarlarınız yeniden çevrimiçi olduğunuzda görünecek.',
  retry: 'Yeniden dene',
};

registerListLocale('tr', trList);
