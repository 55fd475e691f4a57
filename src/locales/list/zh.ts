// Simplified Chinese strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const zhList: ListMessages = {
  listLabel: '您的通行密钥',
  loading: '正在加载您的通行密钥…',
  empty: '您还没有通行密钥。通行密钥让您用指纹、面容或屏幕锁代替密码登录，而且无法被钓鱼窃取。',
  createFirst: '创建通行密钥',
  add: '添加通行密钥',
  adding: '正在等待您的新通行密钥…',
  added: '已添加通行密钥。',
  alreadyRegistered: '此设备或密码管理器已有此账号的通行密钥。请在其他设备或安全密钥上添加。',
  fallbackName: '通行密钥',
  securityKeyName: '安全密钥',
  created: '创建于 {date}',
  lastUsed: '上次使用于 {date}',
  neverUsed: '从未使用',
  synced: '已同步到您的设备',
  deviceOnly: '仅在此设备上',
  securityKey: '在此安全密钥上',
  rename: '重命名',
  nameLabel: '通行密钥名称',
  save: '保存',
  cancel: '取消',
  renamed: '已重命名通行密钥。',
  remove: '移除',
  confirmRemove: '移除“{name}”？您将无法再用它登录本网站。请同时从密码管理器或设备设置中删除它。',
  lastPasskey: '这是您唯一的通行密钥。移除后，您将通过其他方式登录：',
  confirm: '移除通行密钥',
  keep: '保留',
  removed: '已移除通行密钥。记得也从密码管理器中删除它。',
  offline: '您已离线。恢复联网后将显示您的通行密钥。',
  retry: '重试',
};

registerListLocale('zh', zhList);
