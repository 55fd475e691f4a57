// Japanese. Importing this file registers it: elements inside lang="ja" then speak Japanese.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const ja: Messages = {
  usernameLabel: 'ユーザー名',
  registerButton: 'パスキーを作成',
  registerWithPhoneOrKey: 'スマートフォンまたはセキュリティキーを使用',
  loginButton: 'パスキーでログイン',
  signInInstead: 'ログインする',
  waiting: 'パスキーを待っています…',
  registered: 'パスキーの準備ができました。',
  signedIn: 'ログインしました。',
  errors: {
    cancelled: 'パスキーのリクエストがキャンセルされたか、タイムアウトしました。もう一度お試しください。',
    aborted: '中止しました。',
    'already-registered': 'このデバイスには、このアカウントのパスキーがすでにあります。そのパスキーでログインしてください。',
    'username-required': '先にユーザー名を入力してください。',
    security: 'このサイトではパスキーが正しく設定されていません。',
    'frame-not-allowed': 'この埋め込みページではパスキーを使用できません。サイトを別のタブで開いてください。',
    unsupported: 'このブラウザまたはデバイスではパスキーを使用できません。',
    'server-error': 'サーバーで問題が発生しました。もう一度お試しください。',
    'network-error': 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
    timeout: 'サーバーの応答に時間がかかりすぎました。もう一度お試しください。',
    'invalid-response': 'サーバーから、このページで使用できない応答が返されました。もう一度お試しください。',
    'verification-failed': 'サーバーがパスキーを確認できませんでした。もう一度お試しください。',
    'too-many-credentials': 'このアカウントには、このブラウザ用のパスキーが多すぎます。ユーザー名なしでログインするか、いくつか削除してください。',
    'unknown-credential': 'このパスキーはこのサイトに登録されていません。パスワード マネージャーから削除し、別の方法でサインインしてください。',
    unknown: 'パスキーで問題が発生しました。もう一度お試しください。',
  },
};

registerLocale('ja', ja);
