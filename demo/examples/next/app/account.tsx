'use client';
import { useCallback, useEffect, useState } from 'react';
// The components, not the plain tags, for server rendering: they render the username label and
// input as React's own children and keep each element idle (`defer-hydration`) until React has
// hydrated and attached the event props, so no event is lost and nothing mismatches.
import { PasskeyLogin, PasskeyRegister, type PasskeyErrorEvent } from 'passkey-elements/react';
// The account page's list, from its own entry: the sign-in components above do not load it.
import { PasskeyList } from 'passkey-elements/react/list';

type User = { username: string };

async function fetchUser(): Promise<User | null> {
  const reply = await fetch('/passkeys/session');
  return ((await reply.json()) as { user: User | null }).user;
}

export function Account() {
  // Signed out until the session says otherwise: the server renders the forms. `via` tells which
  // handler signed the user in: an element's event, or the session check after a reload.
  const [session, setSession] = useState<{ user: User; via: string } | null>(null);
  const [problem, setProblem] = useState('');
  const signedIn = useCallback((via: string) => {
    fetchUser().then((user) => user && setSession({ user, via }), () => setProblem('Could not reach the server.'));
  }, []);
  useEffect(() => signedIn('session'), [signedIn]);
  const onSuccess = (event: Event) => signedIn(event.type);
  const logError = (event: PasskeyErrorEvent) => console.info('passkey error:', event.detail.error.code);

  const logOut = async () => {
    await fetch('/passkeys/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    setSession(null);
  };

  if (session) {
    return (
      <main id="signed-in">
        <h1>
          Signed in as <span id="username">{session.user.username}</span>
        </h1>
        <p>
          Told by <span id="via">{session.via}</span>
        </p>
        <button id="logout" type="button" onClick={logOut}>
          Log out
        </button>
        <h2>Your passkeys</h2>
        <PasskeyList baseUrl="/passkeys" onPasskeyListError={logError}>
          <p slot="fallback">Without a passkey, this demo account has no other way in.</p>
        </PasskeyList>
      </main>
    );
  }
  return (
    <main id="signed-out">
      <h1>passkey-elements with Next.js</h1>
      {problem && <p role="alert">{problem}</p>}
      <section>
        <h2>Create an account</h2>
        <PasskeyRegister
          baseUrl="/passkeys"
          onPasskeyRegisterSuccess={onSuccess}
          onPasskeyLoginSuccess={onSuccess}
          onPasskeyRegisterError={logError}
        />
      </section>
      <section>
        <h2>Sign in</h2>
        <PasskeyLogin baseUrl="/passkeys" onPasskeyLoginSuccess={onSuccess} onPasskeyLoginError={logError}>
          <p slot="unsupported">This browser can&apos;t use passkeys.</p>
        </PasskeyLogin>
      </section>
    </main>
  );
}
