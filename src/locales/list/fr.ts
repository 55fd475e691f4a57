// French strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const frList: ListMessages = {
  listLabel: 'Vos clés d’accès',
  loading: 'Chargement de vos clés d’accès…',
  empty: 'Vous n’avez pas encore de clé d’accès. Une clé d’accès vous permet de vous connecter avec votre empreinte, votre visage ou le verrouillage de l’écran au lieu d’un mot de passe, et elle ne peut pas être hameçonnée.',
  createFirst: 'Créer une clé d’accès',
  add: 'Ajouter une clé d’accès',
  adding: 'En attente de votre nouvelle clé d’accès…',
  added: 'Clé d’accès ajoutée.',
  alreadyRegistered: 'Cet appareil ou ce gestionnaire de mots de passe a déjà une clé d’accès pour ce compte. Ajoutez-en une sur un autre appareil ou une clé de sécurité.',
  fallbackName: 'Clé d’accès',
  securityKeyName: 'Clé de sécurité',
  created: 'Créée le {date}',
  lastUsed: 'Utilisée le {date}',
  neverUsed: 'Jamais utilisée',
  synced: 'Synchronisée sur vos appareils',
  deviceOnly: 'Sur cet appareil uniquement',
  securityKey: 'Sur cette clé de sécurité',
  rename: 'Renommer',
  nameLabel: 'Nom de la clé d’accès',
  save: 'Enregistrer',
  cancel: 'Annuler',
  renamed: 'Clé d’accès renommée.',
  remove: 'Supprimer',
  confirmRemove: 'Supprimer « {name} » ? Vous ne pourrez plus vous connecter à ce site avec elle. Supprimez-la aussi de votre gestionnaire de mots de passe ou des réglages de votre appareil.',
  lastPasskey: 'C’est votre seule clé d’accès. Sans elle, vous vous connecterez autrement :',
  confirm: 'Supprimer la clé d’accès',
  keep: 'La garder',
  removed: 'Clé d’accès supprimée. Pensez à la supprimer aussi de votre gestionnaire de mots de passe.',
  offline: 'Vous êtes hors ligne. Vos clés d’accès s’afficheront quand vous serez de nouveau en ligne.',
  retry: 'Réessayer',
};

registerListLocale('fr', frList);
