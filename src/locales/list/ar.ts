// Arabic strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const arList: ListMessages = {
  listLabel: 'مفاتيح المرور الخاصة بك',
  loading: 'جارٍ تحميل مفاتيح المرور…',
  empty: 'ليس لديك مفاتيح مرور بعد. يتيح لك مفتاح المرور تسجيل الدخول ببصمتك أو وجهك أو قفل الشاشة بدلًا من كلمة المرور، ولا يمكن سرقته بالتصيّد.',
  createFirst: 'إنشاء مفتاح مرور',
  add: 'إضافة مفتاح مرور',
  adding: 'في انتظار مفتاح المرور الجديد…',
  added: 'تمت إضافة مفتاح المرور.',
  alreadyRegistered: 'يحتوي هذا الجهاز أو مدير كلمات المرور بالفعل على مفتاح مرور لهذا الحساب. أضف مفتاحًا على جهاز آخر أو على مفتاح أمان.',
  fallbackName: 'مفتاح مرور',
  securityKeyName: 'مفتاح أمان',
  created: 'أُنشئ في {date}',
  lastUsed: 'آخر استخدام في {date}',
  neverUsed: 'لم يُستخدم قط',
  synced: 'متزامن مع أجهزتك',
  deviceOnly: 'على هذا الجهاز فقط',
  securityKey: 'على مفتاح الأمان هذا',
  rename: 'إعادة تسمية',
  nameLabel: 'اسم مفتاح المرور',
  save: 'حفظ',
  cancel: 'إلغاء',
  renamed: 'تمت إعادة تسمية مفتاح المرور.',
  remove: 'إزالة',
  confirmRemove: 'هل تريد إزالة «{name}»؟ لن تتمكن بعد الآن من تسجيل الدخول به إلى هذا الموقع. احذفه أيضًا من مدير كلمات المرور أو من إعدادات الجهاز.',
  lastPasskey: 'هذا مفتاح المرور الوحيد لديك. بدونه ستسجّل الدخول بطريقة أخرى:',
  confirm: 'إزالة مفتاح المرور',
  keep: 'الاحتفاظ به',
  removed: 'تمت إزالة مفتاح المرور. تذكّر أن تحذفه أيضًا من مدير كلمات المرور.',
  offline: 'أنت غير متصل. ستظهر مفاتيح المرور عند عودة الاتصال.',
  retry: 'إعادة المحاولة',
};

registerListLocale('ar', arList);
