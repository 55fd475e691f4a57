// Dutch strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const nlList: ListMessages = {
  listLabel: 'Je toegangssleutels',
  loading: 'Je toegangssleutels laden…',
  empty: 'Je hebt nog geen toegangssleutel. Met een toegangssleutel log je in met je vingerafdruk, gezicht of schermvergrendeling in plaats van een wachtwoord, en hij kan niet worden gephisht.',
  createFirst: 'Toegangssleutel maken',
  add: 'Toegangssleutel toevoegen',
  adding: 'Wachten op je nieuwe toegangssleutel…',
  added: 'Toegangssleutel toegevoegd.',
  alreadyRegistered: 'Dit apparaat of deze wachtwoordbeheerder heeft al een toegangssleutel voor dit account. Voeg er een toe op een ander apparaat of een beveiligingssleutel.',
  fallbackName: 'Toegangssleutel',
  securityKeyName: 'Beveiligingssleutel',
  created: 'Gemaakt op {date}',
  lastUsed: 'Laatst gebruikt op {date}',
  neverUsed: 'Nooit gebruikt',
  synced: 'Gesynchroniseerd met je apparaten',
  deviceOnly: 'Alleen op dit apparaat',
  securityKey: 'Op deze beveiligingssleutel',
  rename: 'Naam wijzigen',
  nameLabel: 'Naam van de toegangssleutel',
  save: 'Opslaan',
  cancel: 'Annuleren',
  renamed: 'Naam gewijzigd.',
  remove: 'Verwijderen',
  confirmRemove: '“{name}” verwijderen? Je kunt er dan niet meer mee inloggen op deze site. Verwijder hem ook uit je wachtwoordbeheerder of de instellingen van je apparaat.',
  lastPasskey: 'Dit is je enige toegangssleutel. Zonder log je op een andere manier in:',
  confirm: 'Toegangssleutel verwijderen',
  keep: 'Behouden',
  removed: 'Toegangssleutel verwijderd. Vergeet niet hem ook uit je wachtwoordbeheerder te verwijderen.',
  offline: 'Je bent offline. Je toegangssleutels verschijnen zodra je weer online bent.',
  retry: 'Opnieuw proberen',
};

registerListLocale('nl', nlList);
