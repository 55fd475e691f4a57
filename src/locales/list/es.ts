// Spanish strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const esList: ListMessages = {
  listLabel: 'Tus llaves de acceso',
  loading: 'Cargando tus llaves de acceso…',
  empty: 'Aún no tienes llaves de acceso. Una llave de acceso te permite iniciar sesión con tu huella, tu cara o el bloqueo de pantalla en lugar de una contraseña, y no se puede suplantar.',
  createFirst: 'Crear una llave de acceso',
  add: 'Añadir una llave de acceso',
  adding: 'Esperando tu nueva llave de acceso…',
  added: 'Llave de acceso añadida.',
  alreadyRegistered: 'Este dispositivo o gestor de contraseñas ya tiene una llave de acceso para esta cuenta. Añade una en otro dispositivo o en una llave de seguridad.',
  fallbackName: 'Llave de acceso',
  securityKeyName: 'Llave de seguridad',
  created: 'Creada el {date}',
  lastUsed: 'Usada por última vez el {date}',
  neverUsed: 'Nunca usada',
  synced: 'Sincronizada en tus dispositivos',
  deviceOnly: 'Solo en este dispositivo',
  securityKey: 'En esta llave de seguridad',
  rename: 'Cambiar nombre',
  nameLabel: 'Nombre de la llave de acceso',
  save: 'Guardar',
  cancel: 'Cancelar',
  renamed: 'Nombre cambiado.',
  remove: 'Quitar',
  confirmRemove: '¿Quitar «{name}»? Ya no podrás iniciar sesión con ella en este sitio. Elimínala también de tu gestor de contraseñas o de los ajustes del dispositivo.',
  lastPasskey: 'Es tu única llave de acceso. Sin ella, iniciarás sesión de otra forma:',
  confirm: 'Quitar llave de acceso',
  keep: 'Conservarla',
  removed: 'Llave de acceso quitada. Recuerda eliminarla también de tu gestor de contraseñas.',
  offline: 'No tienes conexión. Tus llaves de acceso aparecerán cuando vuelvas a estar en línea.',
  retry: 'Reintentar',
};

registerListLocale('es', esList);
