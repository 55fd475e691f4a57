// The element classes without registering them (side-effect free): define them yourself, e.g.
// PasskeyLogin.define('my-login').
export { PasskeyLogin } from './passkey-login.js';
export { PasskeyRegister } from './passkey-register.js';
export { PasskeyElement } from './passkey-element.js';
export type { CeremonyStatus } from './ceremony-controller.js';
export type { MessageOverrides } from './strings.js';
