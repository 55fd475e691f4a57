// French. Importing this file registers it: elements inside lang="fr" then speak French.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const fr: Messages = {
  usernameLabel: 'Nom d’utilisateur',
  registerButton: 'Créer une clé d’accès',
  registerWithPhoneOrKey: 'Utiliser un téléphone ou une clé de sécurité',
  loginButton: 'Se connecter avec une clé d’accès',
  signInInstead: 'Se connecter plutôt',
  waiting: 'En attente de votre clé d’accès…',
  registered: 'Votre clé d’accès est prête.',
  signedIn: 'Connexion réussie.',
  errors: {
    cancelled: 'La demande de clé d’accès a été annulée ou a expiré. Vous pouvez réessayer.',
    aborted: 'Interrompu.',
    'already-registered': 'Cet appareil a déjà une clé d’accès pour ce compte. Connectez-vous plutôt avec elle.',
    'username-required': 'Saisissez d’abord un nom d’utilisateur.',
    security: 'Les clés d’accès ne sont pas correctement configurées pour ce site.',
    'frame-not-allowed': 'Les clés d’accès ne sont pas autorisées dans cette page intégrée. Ouvrez le site dans son propre onglet.',
    unsupported: 'Ce navigateur ou cet appareil ne peut pas utiliser de clés d’accès.',
    'server-error': 'Le serveur a rencontré un problème. Veuillez réessayer.',
    'network-error': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    timeout: 'Le serveur a mis trop de temps à répondre. Veuillez réessayer.',
    'invalid-response': 'Le serveur a envoyé une réponse que cette page ne peut pas utiliser. Veuillez réessayer.',
    'verification-failed': 'Le serveur n’a pas pu vérifier votre clé d’accès. Veuillez réessayer.',
    'too-many-credentials': 'Ce compte a trop de clés d’accès pour ce navigateur. Connectez-vous sans nom d’utilisateur ou supprimez-en quelques-unes.',
    'unknown-credential': 'Cette clé d’accès n’est plus enregistrée sur ce site. Supprimez-la de votre gestionnaire de mots de passe et connectez-vous autrement.',
    unknown: 'Un problème est survenu avec la clé d’accès. Veuillez réessayer.',
  },
};

registerLocale('fr', fr);
