// Portuguese (Brazil). Importing this file registers it: elements inside lang="pt" or lang="pt-BR" then speak Portuguese.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const pt: Messages = {
  usernameLabel: 'Nome de usuário',
  registerButton: 'Criar uma chave de acesso',
  registerWithPhoneOrKey: 'Usar o celular ou uma chave de segurança',
  loginButton: 'Fazer login com uma chave de acesso',
  signInInstead: 'Fazer login em vez disso',
  waiting: 'Aguardando sua chave de acesso…',
  registered: 'Sua chave de acesso está pronta.',
  signedIn: 'Você fez login.',
  errors: {
    cancelled: 'A solicitação da chave de acesso foi cancelada ou expirou. Você pode tentar de novo.',
    aborted: 'Interrompido.',
    'already-registered': 'Este dispositivo já tem uma chave de acesso para esta conta. Faça login com ela.',
    'username-required': 'Digite um nome de usuário primeiro.',
    security: 'As chaves de acesso não estão configuradas corretamente neste site.',
    'frame-not-allowed': 'As chaves de acesso não são permitidas nesta página incorporada. Abra o site em uma guia própria.',
    unsupported: 'Este navegador ou dispositivo não pode usar chaves de acesso.',
    'server-error': 'O servidor teve um problema. Tente de novo.',
    'network-error': 'Não foi possível acessar o servidor. Verifique sua conexão e tente de novo.',
    timeout: 'O servidor demorou demais para responder. Tente de novo.',
    'invalid-response': 'O servidor enviou uma resposta que esta página não consegue usar. Tente de novo.',
    'verification-failed': 'O servidor não conseguiu verificar sua chave de acesso. Tente de novo.',
    'too-many-credentials': 'Esta conta tem chaves de acesso demais para este navegador. Faça login sem nome de usuário ou remova algumas.',
    'unknown-credential': 'Esta chave de acesso não está mais registrada neste site. Remova-a do seu gerenciador de senhas e entre de outra forma.',
    unknown: 'Algo deu errado com a chave de acesso. Tente de novo.',
  },
};

registerLocale('pt', pt);
