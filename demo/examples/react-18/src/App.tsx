import { useCallback, useEffect, useState } from 'react';
// React 18 sets no properties and adds no listeners on custom elements: use the wrappers.
// Importing them also registers both elements.
import { PasskeyLogin, PasskeyRegister, type PasskeyErrorEvent } from 'passkey-elements/react';

type User = { username: string };

async function fetchUser(): Promise<User | null> {
  const reply = await fetch('/passkeys/session');
  return ((await reply.json()) as { user: User | null }).user;
}

export function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const refresh = useCallback(() => {
    fetchUser().then(setUser, () => setProblem('Could not reach the server.'));
  }, []);
  useEffect(refresh, [refresh]);
  const logError = (event: PasskeyErrorEvent) => console.info('passkey error:', event.detail.error.code);

  const logOut = async () => {
    await fetch('/passkeys/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    refresh();
  };

  if (user === undefined) return <p>{problem || 'Loading…'}</p>;
  if (user) {
    return (
      <main id="signed-in">
        <h1>
          Signed in as <span id="username">{user.username}</span>
        </h1>
        <button id="logout" type="button" onClick={logOut}>
          Log out
        </button>
      </main>
    );
  }
  return (
    <main id="signed-out">
      <h1>passkey-elements with React 18</h1>
      <section>
        <h2>Create an account</h2>
        <PasskeyRegister
          baseUrl="/passkeys"
          onPasskeyRegisterSuccess={refresh}
          onPasskeyLoginSuccess={refresh}
          onPasskeyRegisterError={logError}
        />
      </section>
      <section>
        <h2>Sign in</h2>
        <PasskeyLogin baseUrl="/passkeys" onPasskeyLoginSuccess={refresh} onPasskeyLoginError={logError}>
          <p slot="unsupported">This browser can't use passkeys.</p>
        </PasskeyLogin>
      </section>
    </main>
  );
}
