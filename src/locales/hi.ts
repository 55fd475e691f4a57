// Hindi. Importing this file registers it: elements inside lang="hi" then speak Hindi.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const hi: Messages = {
  usernameLabel: 'उपयोगकर्ता नाम',
  registerButton: 'पासकी बनाएं',
  registerWithPhoneOrKey: 'फ़ोन या सुरक्षा कुंजी इस्तेमाल करें',
  loginButton: 'पासकी से साइन इन करें',
  signInInstead: 'इसके बजाय साइन इन करें',
  waiting: 'आपकी पासकी का इंतज़ार है…',
  registered: 'आपकी पासकी तैयार है.',
  signedIn: 'साइन इन हो गया.',
  errors: {
    cancelled: 'पासकी का अनुरोध रद्द कर दिया गया या उसका समय खत्म हो गया. फिर से कोशिश करें.',
    aborted: 'रोक दिया गया.',
    'already-registered': 'इस डिवाइस पर इस खाते के लिए पहले से एक पासकी है. उसी से साइन इन करें.',
    'username-required': 'पहले उपयोगकर्ता नाम डालें.',
    security: 'इस साइट के लिए पासकी ठीक से सेट अप नहीं की गई हैं.',
    'frame-not-allowed': 'इस एम्बेड किए गए पेज में पासकी की अनुमति नहीं है. साइट को उसके अपने टैब में खोलें.',
    unsupported: 'इस ब्राउज़र या डिवाइस पर पासकी का इस्तेमाल नहीं किया जा सकता.',
    'server-error': 'सर्वर में कोई समस्या हुई. कृपया फिर से कोशिश करें.',
    'network-error': 'सर्वर से कनेक्ट नहीं हो सका. अपना कनेक्शन जांचें और फिर से कोशिश करें.',
    timeout: 'सर्वर ने जवाब देने में बहुत ज़्यादा समय लिया. कृपया फिर से कोशिश करें.',
    'invalid-response': 'सर्वर ने ऐसा जवाब भेजा जिसका इस्तेमाल यह पेज नहीं कर सकता. कृपया फिर से कोशिश करें.',
    'verification-failed': 'सर्वर आपकी पासकी की पुष्टि नहीं कर सका. कृपया फिर से कोशिश करें.',
    'too-many-credentials': 'इस खाते में इस ब्राउज़र के लिए बहुत ज़्यादा पासकी हैं. उपयोगकर्ता नाम के बिना साइन इन करें या कुछ पासकी हटाएं.',
    unknown: 'पासकी में कुछ गड़बड़ी हुई. कृपया फिर से कोशिश करें.',
  },
};

registerLocale('hi', hi);
