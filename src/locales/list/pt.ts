// Portuguese (Brazil) strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const ptList: ListMessages = {
  listLabel: 'Suas chaves de acesso',
  loading: 'Carregando suas chaves de acesso…',
  empty: 'Você ainda não tem chaves de acesso. Uma chave de acesso permite entrar com sua digital, seu rosto ou o bloqueio de tela em vez de uma senha, e não pode ser roubada por phishing.',
  createFirst: 'Criar uma chave de acesso',
  add: 'Adicionar uma chave de acesso',
  adding: 'Aguardando sua nova chave de acesso…',
  added: 'Chave de acesso adicionada.',
  alreadyRegistered: 'Este dispositivo ou gerenciador de senhas já tem uma chave de acesso para esta conta. Adicione uma em outro dispositivo ou em uma chave de segurança.',
  fallbackName: 'Chave de acesso',
  securityKeyName: 'Chave de segurança',
  created: 'Criada em {date}',
  lastUsed: 'Usada pela última vez em {date}',
  neverUsed: 'Nunca usada',
  synced: 'Sincronizada com seus dispositivos',
  deviceOnly: 'Somente neste dispositivo',
  securityKey: 'Nesta chave de segurança',
  rename: 'Renomear',
  nameLabel: 'Nome da chave de acesso',
  save: 'Salvar',
  cancel: 'Cancelar',
  renamed: 'Chave de acesso renomeada.',
  remove: 'Remover',
  confirmRemove: 'Remover “{name}”? Você não poderá mais entrar neste site com ela. Exclua-a também do seu gerenciador de senhas ou das configurações do dispositivo.',
  lastPasskey: 'Esta é sua única chave de acesso. Sem ela, você vai entrar de outra forma:',
  confirm: 'Remover chave de acesso',
  keep: 'Manter',
  removed: 'Chave de acesso removida. Lembre-se de excluí-la também do seu gerenciador de senhas.',
  offline: 'Você está offline. Suas chaves de acesso aparecerão quando você voltar a ficar online.',
  retry: 'Tentar novamente',
};

registerListLocale('pt', ptList);
