// @ts-check
/**
 * Accounts survive a restart: the demo's own entry point (demo/server/main.js, what `npm start`
 * runs) in a child process, on a SQLite file in a temporary data directory.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createSoftAuthenticator } from '../fixtures/soft-authenticator.js';
import { createClient, signIn, signUp } from './harness.js';

const MAIN = fileURLToPath(new URL('../../demo/server/main.js', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'pk-restart-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

/**
 * Starts main.js and waits for the line that names its port.
 * @param {number} port 0 for a free one
 */
async function startDemo(port) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/http:\/\/localhost:(\d+)/);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`main.js exited (${code}) before listening: ${out}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { port: /** @type {number} */ (line), stop };
}

test('a passkey made before a restart signs in after it (same data file)', { timeout: 30_000 }, async () => {
  const first = await startDemo(0);
  const base = `http://localhost:${first.port}`;
  const auth = createSoftAuthenticator({ origin: base });
  let stopped = false;
  /** @type {unknown} */
  let decoy;
  try {
    const reply = await signUp(createClient(base), auth, 'alice');
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    decoy = (await createClient(base).post('/passkeys/login/options', { username: 'nobody' })).body.allowCredentials;
  } finally {
    await first.stop();
    stopped = true;
  }
  assert.ok(stopped);

  // Same port, so the authenticator's origin (and the RP ID) are the same as before.
  const second = await startDemo(first.port);
  try {
    const named = await signIn(createClient(base), auth, 'alice');
    assert.equal(named.status, 200, JSON.stringify(named.body));
    assert.equal(named.body.user.username, 'alice');
    const usernameless = await signIn(createClient(base), auth);
    assert.equal(usernameless.status, 200, JSON.stringify(usernameless.body));
    // The name is still taken: nobody can register "alice" again after the restart.
    const again = await createClient(base).post('/passkeys/register/options', { username: 'ALICE' });
    assert.equal(again.status, 409);
    // Decoys stay what they were, as real lists do: a restart does not tell them apart.
    const after = (await createClient(base).post('/passkeys/login/options', { username: 'nobody' })).body.allowCredentials;
    assert.deepEqual(after, decoy);
  } finally {
    await second.stop();
  }
  assert.ok(existsSync(path.join(dataDir, 'accounts.sqlite')), 'the data file is where the docs say');
});
