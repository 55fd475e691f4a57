// Sign-up as a developer writes it by hand with @simplewebauthn/browser alone.
import { startRegistration } from '@simplewebauthn/browser';
import { postJson } from './post-json.js';

const input = document.querySelector('#username');

async function signUp() {
  const username = input.value.trim();
  const optionsJSON = await postJson('/passkeys/register/options', { username });
  const credential = await startRegistration({ optionsJSON });
  const response = await postJson('/passkeys/register/verify', credential);
  document.dispatchEvent(new CustomEvent('passkey-register-success', { bubbles: true, detail: { response, credential } }));
}

document.querySelector('#sign-up').addEventListener('click', () =>
  signUp().catch((error) => {
    document.dispatchEvent(new CustomEvent('passkey-register-error', { bubbles: true, detail: { error } }));
  }),
);
