// Registers both elements. Safe to load twice (the drop-in file and the npm package on one page).
import './passkey-login.js';
import './passkey-register.js';
