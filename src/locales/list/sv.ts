// Swedish strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const svList: ListMessages = {
  listLabel: 'Dina nycklar',
  loading: 'Läser in dina nycklar…',
  empty: 'Du har inga nycklar än. Med en nyckel loggar du in med fingeravtryck, ansikte eller skärmlås i stället för ett lösenord, och den kan inte nätfiskas.',
  createFirst: 'Skapa en nyckel',
  add: 'Lägg till en nyckel',
  adding: 'Väntar på din nya nyckel…',
  added: 'Nyckeln har lagts till.',
  alreadyRegistered: 'Den här enheten eller lösenordshanteraren har redan en nyckel för det här kontot. Lägg till en på en annan enhet eller en säkerhetsnyckel.',
  fallbackName: 'Nyckel',
  securityKeyName: 'Säkerhetsnyckel',
  created: 'Skapad {date}',
  lastUsed: 'Senast använd {date}',
  neverUsed: 'Aldrig använd',
  synced: 'Synkad till dina enheter',
  deviceOnly: 'Bara på den här enheten',
  securityKey: 'På den här säkerhetsnyckeln',
  rename: 'Byt namn',
  nameLabel: 'Nyckelns namn',
  save: 'Spara',
  cancel: 'Avbryt',
  renamed: 'Nyckeln har bytt namn.',
  remove: 'Ta bort',
  confirmRemove: 'Ta bort ”{name}”? Du kan inte längre logga in med den på den här webbplatsen. Ta också bort den från din lösenordshanterare eller enhetens inställningar.',
  lastPasskey: 'Det här är din enda nyckel. Utan den loggar du in på ett annat sätt:',
  confirm: 'Ta bort nyckeln',
  keep: 'Behåll den',
  removed: 'Nyckeln har tagits bort. Kom ihåg att också ta bort den från din lösenordshanterare.',
  offline: 'Du är offline. Dina nycklar visas när du är online igen.',
  retry: 'Försök igen',
};

registerListLocale('sv', svList);
