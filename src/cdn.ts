// The drop-in file's entry: registers both elements and exports their classes (for another tag
// name). The headless core is in the npm package (`passkey-elements/core`), not in this file,
// which stays small.
import './define.js';

export { PasskeyLogin } from './elements/passkey-login.js';
export { PasskeyRegister } from './elements/passkey-register.js';
