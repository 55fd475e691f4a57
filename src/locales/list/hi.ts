// Hindi strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const hiList: ListMessages = {
  listLabel: 'आपकी पासकी',
  loading: 'आपकी पासकी लोड हो रही हैं…',
  empty: 'आपके पास अभी कोई पासकी नहीं है। पासकी से आप पासवर्ड के बजाय अपने फ़िंगरप्रिंट, चेहरे या स्क्रीन लॉक से साइन इन करते हैं, और इसे फ़िशिंग से चुराया नहीं जा सकता।',
  createFirst: 'पासकी बनाएं',
  add: 'पासकी जोड़ें',
  adding: 'आपकी नई पासकी का इंतज़ार है…',
  added: 'पासकी जोड़ दी गई।',
  alreadyRegistered: 'इस डिवाइस या पासवर्ड मैनेजर में इस खाते के लिए पहले से एक पासकी है। किसी दूसरे डिवाइस या सुरक्षा कुंजी पर एक जोड़ें।',
  fallbackName: 'पासकी',
  securityKeyName: 'सुरक्षा कुंजी',
  created: '{date} को बनाई गई',
  lastUsed: 'आख़िरी बार {date} को इस्तेमाल हुई',
  neverUsed: 'कभी इस्तेमाल नहीं हुई',
  synced: 'आपके डिवाइसों पर सिंक की गई',
  deviceOnly: 'केवल इस डिवाइस पर',
  securityKey: 'इस सुरक्षा कुंजी पर',
  rename: 'नाम बदलें',
  nameLabel: 'पासकी का नाम',
  save: 'सहेजें',
  cancel: 'रद्द करें',
  renamed: 'पासकी का नाम बदल दिया गया।',
  remove: 'हटाएं',
  confirmRemove: '“{name}” हटाएं? आप इससे इस साइट पर फिर साइन इन नहीं कर पाएंगे। इसे अपने पासवर्ड मैनेजर या डिवाइस सेटिंग से भी मिटाएं।',
  lastPasskey: 'यह आपकी एकमात्र पासकी है। इसके बिना आप किसी दूसरे तरीके से साइन इन करेंगे:',
  confirm: 'पासकी हटाएं',
  keep: 'रखें',
  removed: 'पासकी हटा दी गई। इसे अपने पासवर्ड मैनेजर से भी मिटाना याद रखें।',
  offline: 'आप ऑफ़लाइन हैं। वापस ऑनलाइन होने पर आपकी पासकी दिखेंगी।',
  retry: 'फिर कोशिश करें',
};

registerListLocale('hi', hiList);
