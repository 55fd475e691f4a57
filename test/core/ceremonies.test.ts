import { expect } from '@open-wc/testing';
import { login, register, startAutofill, type LoginResult } from '../../src/core/index.js';
import type { PasskeyError } from '../../src/core/errors.js';
import { logout, uniqueName, VirtualAuthenticator } from '../helpers.js';

type Verified = { verified: boolean; user: { username: string } };

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('did not fail'),
    (error: PasskeyError) => error,
  );

describe('headless register() and login() against the real relying party', () => {
  let authenticator: VirtualAuthenticator;
  beforeEach(async () => {
    await logout();
    authenticator = await VirtualAuthenticator.add();
  });
  afterEach(() => VirtualAuthenticator.reset());

  it('registers, then signs in usernameless and by username', async () => {
    const username = uniqueName();
    const registered = await register({ username });
    expect((registered.response as Verified).verified).to.be.true;
    expect(registered.credential.id).to.be.a('string');
    const [stored] = await authenticator.credentials();
    expect(stored.isResidentCredential).to.be.true;
    const countAfterRegister = stored.signCount;

    await logout();
    const usernameless = await login();
    expect((usernameless.response as Verified).user.username).to.equal(username);
    expect(usernameless.credential.id).to.equal(registered.credential.id);

    await logout();
    const byName = await login({ username });
    expect((byName.response as Verified).user.username).to.equal(username);
    expect((await authenticator.credentials())[0].signCount).to.equal(countAfterRegister + 2);
  });

  it('says already-registered when this authenticator has a passkey for the account', async () => {
    const username = uniqueName();
    await register({ username });
    const error = await failure(register({ username }));
    expect(error.code).to.equal('already-registered');
    expect(await authenticator.credentials()).to.have.length(1);
  });

  it('says cancelled when the user refuses verification, and works on retry', async () => {
    const username = uniqueName();
    await register({ username });
    await authenticator.userVerified(false);
    expect((await failure(login())).code).to.equal('cancelled');
    await authenticator.userVerified(true);
    expect(((await login()).response as Verified).verified).to.be.true;
  });

  it('refuses an empty username before any request', async () => {
    expect((await failure(register({ username: '  ' }))).code).to.equal('username-required');
  });

  it('fails with verification-failed when the server says {verified: false}', async () => {
    const error = await failure(
      register({ username: uniqueName(), optionsUrl: '/passkeys/register/options', verifyUrl: '/faults/verified-false' }),
    );
    expect(error.code).to.equal('verification-failed');
    expect(error.message).to.equal('Signature did not match.');
  });

  it('fails with invalid-response on options without a challenge', async () => {
    expect((await failure(register({ username: uniqueName(), baseUrl: '/faults/no-challenge' }))).code).to.equal(
      'invalid-response',
    );
  });

  it('aborts when its signal aborts during the WebAuthn request', async () => {
    await authenticator.presence(false);
    const controller = new AbortController();
    const pending = failure(register({ username: uniqueName(), signal: controller.signal }));
    setTimeout(() => controller.abort(), 300);
    expect((await pending).code).to.equal('aborted');
  });

  it('signs in through autofill by itself when a discoverable passkey is there', async () => {
    const username = uniqueName();
    await register({ username });
    await logout();
    const result = await new Promise<LoginResult>((resolve, reject) => {
      const handle = startAutofill({}, { onSuccess: resolve, onError: reject });
      setTimeout(() => (handle.release(), reject(new Error('autofill did not sign in'))), 10_000);
    });
    expect((result.response as Verified).user.username).to.equal(username);
  });
});
