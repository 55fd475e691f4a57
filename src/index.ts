// The package's main entry: registers both elements and exports everything.
import './define.js';

export * from './core/index.js';
export { PasskeyLogin } from './elements/passkey-login.js';
export { PasskeyRegister } from './elements/passkey-register.js';
export type { CeremonyStatus } from './elements/ceremony-controller.js';
export type { MessageOverrides } from './elements/strings.js';
export { en, type Messages } from './i18n/en.js';
export { registerLocale } from './i18n/locales.js';
export type {
  PasskeyErrorEvent,
  PasskeyLoginEventMap,
  PasskeyNoPasskeyEvent,
  PasskeyLoginProps,
  PasskeyRegisterEventMap,
  PasskeyRegisterProps,
  PasskeyRegisterSuccessEvent,
  PasskeySuccessEvent,
  PasskeyUpgradeEvent,
} from './element-types.js';
