import type { Passkey } from '../core/passkeys.js';

let names: Promise<Record<string, string>> | undefined;

/**
 * The passkey providers' names by AAGUID, from a file of their own (generated at build from the
 * community list, see scripts/aaguid-names.js) that only the list loads, once, when it first
 * shows a passkey with an AAGUID. `{}` when it cannot load: the list then shows plain names.
 */
export const loadProviderNames = (): Promise<Record<string, string>> =>
  (names ??= import('../providers/aaguid-names.js').then(
    (module) => module.aaguidNames,
    () => ({}),
  ));

/** Lives on a security key: reached over USB, NFC or Bluetooth only. */
export const onSecurityKey = (passkey: Passkey): boolean =>
  !!passkey.transports?.length && passkey.transports.every((transport) => /^(usb|nfc|ble)$/.test(transport));
