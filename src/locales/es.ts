// Spanish. Importing this file registers it: elements inside lang="es" then speak Spanish.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const es: Messages = {
  usernameLabel: 'Nombre de usuario',
  registerButton: 'Crear una llave de acceso',
  registerWithPhoneOrKey: 'Usar el teléfono o una llave de seguridad',
  loginButton: 'Iniciar sesión con una llave de acceso',
  signInInstead: 'Iniciar sesión en su lugar',
  waiting: 'Esperando tu llave de acceso…',
  registered: 'Tu llave de acceso está lista.',
  signedIn: 'Sesión iniciada.',
  errors: {
    cancelled: 'La solicitud se canceló o se agotó el tiempo. Puedes intentarlo de nuevo.',
    aborted: 'Detenido.',
    'already-registered': 'Este dispositivo ya tiene una llave de acceso para esta cuenta. Inicia sesión con ella.',
    'username-required': 'Primero escribe un nombre de usuario.',
    security: 'Las llaves de acceso no están bien configuradas en este sitio.',
    'frame-not-allowed': 'Las llaves de acceso no están permitidas en esta página incrustada. Abre el sitio en su propia pestaña.',
    unsupported: 'Este navegador o dispositivo no puede usar llaves de acceso.',
    'server-error': 'El servidor tuvo un problema. Inténtalo de nuevo.',
    'network-error': 'No se pudo conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
    timeout: 'El servidor tardó demasiado en responder. Inténtalo de nuevo.',
    'invalid-response': 'El servidor envió una respuesta que esta página no puede usar. Inténtalo de nuevo.',
    'verification-failed': 'El servidor no pudo verificar tu llave de acceso. Inténtalo de nuevo.',
    'too-many-credentials': 'Esta cuenta tiene demasiadas llaves de acceso para este navegador. Inicia sesión sin nombre de usuario o elimina algunas.',
    'unknown-credential': 'Esta llave de acceso ya no está registrada en este sitio. Quítala de tu gestor de contraseñas e inicia sesión de otra forma.',
    unknown: 'Algo salió mal con la llave de acceso. Inténtalo de nuevo.',
  },
};

registerLocale('es', es);
