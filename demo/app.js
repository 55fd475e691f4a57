// @ts-check
/** The demo page: shows who is signed in, and switches views on the elements' success events. */

/**
 * @typedef {{id: string, username: string, displayName: string}} User
 */

const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const signedOut = byId('signed-out');
const account = byId('account');
const status = byId('status');
const passkeyList = /** @type {HTMLTemplateElement} */ (byId('passkey-list-template'));
const displayNameForm = /** @type {HTMLFormElement} */ (byId('display-name-form'));
const displayNameInput = /** @type {HTMLInputElement} */ (byId('display-name-input'));

// Only the newest session request may render: a slow reply from page load must not
// overwrite the sign-in that happened meanwhile.
let latest = 0;

/** @param {{focus?: boolean}} [opts] focus the new view (after a user action, not on load) */
async function showSession({ focus = false } = {}) {
  const ticket = ++latest;
  try {
    const reply = await fetch('/passkeys/session', { headers: { Accept: 'application/json' } });
    if (!reply.ok) throw new Error(`HTTP ${reply.status}`);
    const { user } = /** @type {{user: User | null}} */ (await reply.json());
    if (ticket !== latest) return;
    render(user);
    status.textContent = '';
    if (focus) byId(user ? 'account-title' : 'login-title').focus();
  } catch {
    if (ticket === latest) status.textContent = 'Could not reach the server. Reload to try again.';
  }
}

/** @param {User | null} user */
function render(user) {
  signedOut.hidden = Boolean(user);
  account.hidden = !user;
  // A fresh <passkey-list> for each signed-in user: it loads their passkeys when it connects.
  const shown = /** @type {HTMLElement | null} */ (byId('account-passkeys').firstElementChild);
  if (!user) return void shown?.remove();
  byId('account-username').textContent = user.username;
  byId('account-display-name').textContent = user.displayName;
  byId('account-id').textContent = user.id;
  displayNameInput.value = user.displayName;
  // The same user: their passkeys may have changed (an automatic upgrade made one): load again.
  if (shown?.getAttribute('user-id') === user.id) return void (/** @type {any} */ (shown).reload?.());
  const list = /** @type {HTMLElement} */ (/** @type {DocumentFragment} */ (passkeyList.content.cloneNode(true)).firstElementChild);
  // The user handle: after a removal the list tells the password manager which passkeys remain.
  list.setAttribute('user-id', user.id);
  byId('account-passkeys').replaceChildren(list);
}

/** Saves the display name, and tells the password manager (Signal API, where the browser has it). */
async function saveDisplayName() {
  try {
    const reply = await fetch('/passkeys/user', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ displayName: displayNameInput.value }),
    });
    const body = await reply.json().catch(() => ({}));
    if (!reply.ok) throw new Error(body.error || `HTTP ${reply.status}`);
    const user = /** @type {User} */ (body.user);
    byId('account-display-name').textContent = user.displayName;
    // The list's file (already on the page) exports the Signal API helpers.
    const { signalCurrentUserDetails } = await import('/cdn/passkey-list.min.js');
    signalCurrentUserDetails({ userId: user.id, name: user.username, displayName: user.displayName });
    status.textContent = 'Display name saved.';
  } catch (error) {
    status.textContent = `Could not save the display name: ${/** @type {Error} */ (error).message}`;
  }
}

/**
 * DEMO ONLY: the password sign-in most sites start from (the demo server's /password routes).
 * After it, <passkey-register upgrade> asks the browser for a passkey without any dialog.
 * @param {SubmitEvent} event
 */
async function passwordSignIn(event) {
  event.preventDefault();
  const form = /** @type {HTMLFormElement} */ (event.target);
  const action = /** @type {HTMLButtonElement | null} */ (event.submitter)?.value === 'register' ? 'register' : 'login';
  const data = new FormData(form);
  const username = String(data.get('username') ?? '').trim();
  const passwordStatus = byId('password-status');
  passwordStatus.textContent = '';
  try {
    const reply = await fetch(`/passkeys/password/${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username, password: data.get('password') }),
    });
    if (!reply.ok) {
      const { error } = await reply.json().catch(() => ({}));
      passwordStatus.textContent = error ?? `The server said HTTP ${reply.status}.`;
      return;
    }
  } catch {
    passwordStatus.textContent = 'Could not reach the server. Please try again.';
    return;
  }
  form.reset();
  startUpgrade(username);
  await showSession({ focus: true });
}

/** @param {string} username the user who just signed in with a password */
function startUpgrade(username) {
  const upgrade = document.createElement('passkey-register');
  upgrade.setAttribute('upgrade', '');
  upgrade.setAttribute('username', username);
  byId('upgrade-status').textContent = '';
  byId('upgrade').replaceChildren(upgrade);
}

/** What the automatic upgrade did, in words. */
const upgradeOutcomes = {
  created: 'Your browser made a passkey for this account: next time, sign in with it.',
  declined: 'Your browser made no passkey this time. You can still sign in with your password.',
  unsupported: 'This browser cannot make a passkey without asking.',
  failed: 'The server could not make a passkey for this account.',
};

async function logOut() {
  try {
    // JSON content type: the server refuses other POSTs (a cheap CSRF guard).
    const reply = await fetch('/passkeys/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    if (!reply.ok) throw new Error(`HTTP ${reply.status}`);
  } catch {
    status.textContent = 'Could not log out. Please try again.';
    return;
  }
  // Removing the upgrade element cancels a request still pending.
  byId('upgrade').replaceChildren();
  byId('upgrade-status').textContent = '';
  await showSession({ focus: true });
}

// The elements' events bubble and cross shadow roots, so the document hears them all.
document.addEventListener('passkey-register-success', () => showSession({ focus: true }));
document.addEventListener('passkey-login-success', () => showSession({ focus: true }));
document.addEventListener('passkey-register-upgrade', (event) => {
  byId('upgrade-status').textContent = upgradeOutcomes[event.detail.outcome] ?? '';
});
// <passkey-login immediate> found no passkey on this device: straight to the password form.
document.addEventListener('passkey-login-no-passkey', () => {
  byId('password-status').textContent = 'No passkey on this device: use your password, or the passkey button again for a phone or security key.';
  byId('password-username').focus();
});
byId('password-form').addEventListener('submit', passwordSignIn);
byId('logout').addEventListener('click', logOut);
displayNameForm.addEventListener('submit', (event) => {
  event.preventDefault();
  saveDisplayName();
});
showSession();
