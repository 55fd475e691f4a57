// Arabic (right-to-left: give the page or a container dir="rtl"). Importing this file registers it: elements inside lang="ar" then speak Arabic.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const ar: Messages = {
  usernameLabel: 'اسم المستخدم',
  registerButton: 'إنشاء مفتاح مرور',
  registerWithPhoneOrKey: 'استخدام هاتفك أو مفتاح أمان',
  loginButton: 'تسجيل الدخول باستخدام مفتاح مرور',
  signInInstead: 'تسجيل الدخول بدلاً من ذلك',
  waiting: 'في انتظار مفتاح المرور…',
  registered: 'مفتاح المرور جاهز.',
  signedIn: 'تم تسجيل الدخول.',
  errors: {
    cancelled: 'تم إلغاء طلب مفتاح المرور أو انتهت مهلته. يمكنك المحاولة مرة أخرى.',
    aborted: 'تم الإيقاف.',
    'already-registered': 'يحتوي هذا الجهاز بالفعل على مفتاح مرور لهذا الحساب. سجِّل الدخول باستخدامه.',
    'username-required': 'أدخِل اسم المستخدم أولاً.',
    security: 'لم يتم إعداد مفاتيح المرور بشكل صحيح لهذا الموقع.',
    'frame-not-allowed': 'لا يُسمح باستخدام مفاتيح المرور في هذه الصفحة المضمّنة. افتح الموقع في علامة تبويب مستقلة.',
    unsupported: 'لا يمكن استخدام مفاتيح المرور على هذا المتصفّح أو الجهاز.',
    'server-error': 'حدثت مشكلة في الخادم. يُرجى المحاولة مرة أخرى.',
    'network-error': 'تعذّر الوصول إلى الخادم. تحقَّق من اتصالك وحاول مرة أخرى.',
    timeout: 'استغرق الخادم وقتًا طويلاً للرد. يُرجى المحاولة مرة أخرى.',
    'invalid-response': 'أرسل الخادم ردًا لا يمكن لهذه الصفحة استخدامه. يُرجى المحاولة مرة أخرى.',
    'verification-failed': 'تعذّر على الخادم التحقّق من مفتاح المرور. يُرجى المحاولة مرة أخرى.',
    'too-many-credentials': 'يحتوي هذا الحساب على عدد كبير جدًا من مفاتيح المرور لهذا المتصفّح. سجِّل الدخول بدون اسم مستخدم أو أزِل بعضها.',
    'unknown-credential': 'لم يعد مفتاح المرور هذا مسجّلًا في هذا الموقع. احذفه من مدير كلمات المرور وسجّل الدخول بطريقة أخرى.',
    unknown: 'حدث خطأ في مفتاح المرور. يُرجى المحاولة مرة أخرى.',
  },
};

registerLocale('ar', ar);
