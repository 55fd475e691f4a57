// Japanese strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const jaList: ListMessages = {
  listLabel: 'パスキー一覧',
  loading: 'パスキーを読み込んでいます…',
  empty: 'パスキーはまだありません。パスキーを使うと、パスワードの代わりに指紋、顔、画面ロックでサインインでき、フィッシングで盗まれることもありません。',
  createFirst: 'パスキーを作成',
  add: 'パスキーを追加',
  adding: '新しいパスキーを待っています…',
  added: 'パスキーを追加しました。',
  alreadyRegistered: 'このデバイスまたはパスワード マネージャーには、このアカウントのパスキーがすでにあります。別のデバイスかセキュリティ キーに追加してください。',
  fallbackName: '名前のないパスキー',
  securityKeyName: 'セキュリティ キー',
  created: '作成日: {date}',
  lastUsed: '最終使用日: {date}',
  neverUsed: '未使用',
  synced: 'お使いのデバイス間で同期',
  deviceOnly: 'このデバイスのみ',
  securityKey: 'このセキュリティ キー上',
  rename: '名前を変更',
  nameLabel: 'パスキーの名前',
  save: '保存',
  cancel: 'キャンセル',
  renamed: 'パスキーの名前を変更しました。',
  remove: '削除',
  confirmRemove: '「{name}」を削除しますか？このサイトにこのパスキーでサインインできなくなります。パスワード マネージャーやデバイスの設定からも削除してください。',
  lastPasskey: 'これが唯一のパスキーです。削除後は別の方法でサインインします:',
  confirm: 'パスキーを削除',
  keep: '残す',
  removed: 'パスキーを削除しました。パスワード マネージャーからも削除してください。',
  offline: 'オフラインです。オンラインに戻るとパスキーが表示されます。',
  retry: '再試行',
};

registerListLocale('ja', jaList);
