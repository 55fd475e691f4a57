import { useCallback, useEffect, useState } from 'react';
// The wrappers (React 18 and 19); importing them also registers both elements.
import { PasskeyRegister, type PasskeyErrorEvent } from 'passkey-elements/react';

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
      <h1>passkey-elements with React</h1>
      <section>
        <h2>Create an account</h2>
        {/* The @lit/react wrapper: camelCase props and onPasskey… events, in React 18 and 19. */}
        <PasskeyRegister
          baseUrl="/passkeys"
          onPasskeyRegisterSuccess={refresh}
          onPasskeyLoginSuccess={refresh}
          onPasskeyRegisterError={logError}
        />
      </section>
      <section>
        <h2>Sign in</h2>
        {/* The plain tag, which React 19 handles natively: attributes, and on<event-name> listeners. */}
        <passkey-login base-url="/passkeys" onpasskey-login-success={refresh} onpasskey-login-error={logError}>
          <p slot="unsupported">This browser can't use passkeys.</p>
        </passkey-login>
      </section>
    </main>
  );
}
