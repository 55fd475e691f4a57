import { html } from 'lit';

/**
 * The passkey symbol (a person beside a key), drawn for this project after the FIDO Alliance's
 * passkey icon, which users see in browsers and password managers. Decorative: the button's text
 * names the action. Hidden with `::part(icon) { display: none }`.
 */
export const passkeyIcon = html`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor" fill-rule="evenodd"><circle cx="8" cy="7" r="4"/><path d="M1 21a7 7 0 0 1 14 0zM18 11v10l1 1 1-1v-1h1v-2h-1v-1h1v-2h-1v-4a3 3 0 1 0-2 0zm1-4a1 1 0 1 0 0 2 1 1 0 1 0 0-2z"/></svg>`;
