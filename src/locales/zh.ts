// Chinese (Simplified). Importing this file registers it: elements inside lang="zh" or lang="zh-CN" then speak Chinese.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const zh: Messages = {
  usernameLabel: '用户名',
  registerButton: '创建通行密钥',
  registerWithPhoneOrKey: '使用手机或安全密钥',
  loginButton: '使用通行密钥登录',
  signInInstead: '改为登录',
  waiting: '正在等待你的通行密钥…',
  registered: '你的通行密钥已准备就绪。',
  signedIn: '已登录。',
  errors: {
    cancelled: '通行密钥请求已取消或超时。你可以重试。',
    aborted: '已停止。',
    'already-registered': '此设备已有这个账号的通行密钥。请用它登录。',
    'username-required': '请先输入用户名。',
    security: '此网站的通行密钥设置不正确。',
    'frame-not-allowed': '此嵌入页面不允许使用通行密钥。请在单独的标签页中打开网站。',
    unsupported: '此浏览器或设备无法使用通行密钥。',
    'server-error': '服务器出现问题。请重试。',
    'network-error': '无法连接服务器。请检查网络连接后重试。',
    timeout: '服务器响应时间过长。请重试。',
    'invalid-response': '服务器返回了此页面无法使用的响应。请重试。',
    'verification-failed': '服务器无法验证你的通行密钥。请重试。',
    'too-many-credentials': '此账号在这个浏览器中的通行密钥过多。请不输入用户名直接登录,或删除一些通行密钥。',
    'unknown-credential': '此通行密钥已不再在本网站注册。请从密码管理器中删除它，并改用其他方式登录。',
    unknown: '通行密钥出现问题。请重试。',
  },
};

registerLocale('zh', zh);
