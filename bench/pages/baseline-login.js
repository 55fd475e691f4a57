// Sign-in as a developer writes it by hand with @simplewebauthn/browser alone: autofill armed on
// load, and a button for the modal request. Success is announced with an event, like the element.
import { startAuthentication } from '@simplewebauthn/browser';
import { postJson } from './post-json.js';

const input = document.querySelector('#username');

async function signIn(useBrowserAutofill) {
  const username = useBrowserAutofill ? '' : input.value.trim();
  const optionsJSON = await postJson('/passkeys/login/options', username ? { username } : {});
  const credential = await startAuthentication({ optionsJSON, useBrowserAutofill });
  const response = await postJson('/passkeys/login/verify', credential);
  document.dispatchEvent(new CustomEvent('passkey-login-success', { bubbles: true, detail: { response, credential } }));
}

function fail(error) {
  if (error?.name === 'AbortError') return; // the modal request replaced the autofill one
  document.dispatchEvent(new CustomEvent('passkey-login-error', { bubbles: true, detail: { error } }));
}

signIn(true).catch(fail);
document.querySelector('#sign-in').addEventListener('click', () => signIn(false).catch(fail));
