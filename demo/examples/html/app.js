// Shows who is signed in; the elements' success events (they bubble) refresh it.
const $ = (selector) => document.querySelector(selector);

async function refresh() {
  try {
    const { user } = await (await fetch('/passkeys/session')).json();
    $('#loading').hidden = true;
    $('#signed-in').hidden = !user;
    $('#signed-out').hidden = Boolean(user);
    $('#username').textContent = user?.username ?? '';
  } catch {
    $('#loading').textContent = 'Could not reach the server.';
  }
}

for (const type of ['passkey-register-success', 'passkey-login-success']) document.addEventListener(type, refresh);
document.addEventListener('passkey-login-error', (event) => console.info('passkey error:', event.detail.error.code));
$('#logout').addEventListener('click', async () => {
  await fetch('/passkeys/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  await refresh();
});
refresh();
