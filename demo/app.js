// @ts-check
/** The demo page: shows who is signed in, and switches views on the elements' success events. */

/**
 * @typedef {{id: string, createdAt: string, lastUsedAt: string | null, transports: string[]}} Passkey
 * @typedef {{id: string, username: string, displayName: string, credentials: Passkey[]}} User
 */

const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const signedOut = byId('signed-out');
const account = byId('account');
const status = byId('status');
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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
  if (!user) return;
  byId('account-username').textContent = user.username;
  byId('account-display-name').textContent = user.displayName;
  byId('account-id').textContent = user.id;
  byId('account-passkeys').replaceChildren(...user.credentials.map(passkeyItem));
}

/** @param {Passkey} passkey */
function passkeyItem(passkey) {
  const item = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = `…${passkey.id.slice(-10)}`;
  name.title = passkey.id;
  const dates = document.createElement('span');
  dates.append('Created ', time(passkey.createdAt), ' · last used ', time(passkey.lastUsedAt));
  item.append(name, dates);
  return item;
}

/** @param {string | null} iso */
function time(iso) {
  if (!iso) return 'never';
  const element = document.createElement('time');
  element.dateTime = iso;
  element.textContent = when.format(new Date(iso));
  return element;
}

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
  await showSession({ focus: true });
}

// The elements' events bubble and cross shadow roots, so the document hears them all.
document.addEventListener('passkey-register-success', () => showSession({ focus: true }));
document.addEventListener('passkey-login-success', () => showSession({ focus: true }));
byId('logout').addEventListener('click', logOut);
showSession();
