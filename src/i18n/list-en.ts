/**
 * Every string `<passkey-list>` shows, in English. Apart from the sign-in elements' strings
 * (en.ts): the drop-in file does not carry them. `{name}` and `{date}` are filled in.
 */
export const listEn: ListMessages = {
  listLabel: 'Your passkeys',
  loading: 'Loading your passkeys…',
  empty: 'You have no passkeys yet. A passkey lets you sign in with your fingerprint, face or screen lock instead of a password, and it cannot be phished.',
  createFirst: 'Create a passkey',
  add: 'Add a passkey',
  adding: 'Waiting for your new passkey…',
  added: 'Passkey added.',
  alreadyRegistered: 'This device or password manager already has a passkey for this account. Add one on another device or a security key.',
  fallbackName: 'Passkey',
  securityKeyName: 'Security key',
  created: 'Created {date}',
  lastUsed: 'Last used {date}',
  neverUsed: 'Never used',
  synced: 'Synced to your devices',
  deviceOnly: 'On this device only',
  securityKey: 'On this security key',
  rename: 'Rename',
  nameLabel: 'Passkey name',
  save: 'Save',
  cancel: 'Cancel',
  renamed: 'Passkey renamed.',
  remove: 'Remove',
  confirmRemove: 'Remove “{name}”? You will no longer be able to sign in with it on this site. Also delete it from your password manager or device settings.',
  lastPasskey: 'This is your only passkey. Without it, you will sign in another way:',
  confirm: 'Remove passkey',
  keep: 'Keep it',
  removed: 'Passkey removed. Remember to also delete it from your password manager.',
  offline: 'You are offline. Your passkeys will show when you are back online.',
  retry: 'Try again',
};

/** The strings of `<passkey-list>` in one language. */
export interface ListMessages {
  /** The list's accessible name. */
  listLabel: string;
  loading: string;
  /** The "no passkeys yet" state: one or two plain sentences about passkeys. */
  empty: string;
  /** The button of the empty state. */
  createFirst: string;
  add: string;
  /** While the browser's dialog for the new passkey is open. */
  adding: string;
  added: string;
  /** The authenticator already holds a passkey of this account (`already-registered`). */
  alreadyRegistered: string;
  /** A passkey with no name and no known provider. */
  fallbackName: string;
  /** The same, for one that lives on a security key (USB, NFC, Bluetooth). */
  securityKeyName: string;
  created: string;
  lastUsed: string;
  neverUsed: string;
  /** Backed up: the password manager syncs it to the user's devices. */
  synced: string;
  /** Not backed up, on a phone or computer. */
  deviceOnly: string;
  /** Not backed up, on a security key. */
  securityKey: string;
  rename: string;
  /** The label of the name field while renaming. */
  nameLabel: string;
  save: string;
  cancel: string;
  renamed: string;
  remove: string;
  /** The confirmation: what removing does, and the password manager. */
  confirmRemove: string;
  /** Before removing the last passkey; the page's `fallback` slot follows. */
  lastPasskey: string;
  /** The button that removes, in the confirmation. */
  confirm: string;
  keep: string;
  removed: string;
  offline: string;
  retry: string;
}
