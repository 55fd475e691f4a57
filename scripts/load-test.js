// @ts-check
/**
 * A bounded load test of the demo's relying party, localhost only: `node scripts/load-test.js`.
 * The relying party runs in a child process (its own event loop, so client-side crypto does not
 * slow it); CLIENTS concurrent clients each take the next of USERS fresh users, sign up with a
 * software authenticator, sign out and sign in (USERS * 2 ceremonies). Then every registered
 * credential signs in once more: nothing may be lost. Gives up after DEADLINE_S seconds.
 * Env: CLIENTS (200), USERS (500), DEADLINE_S (120), STORE ('memory', or 'file': accounts in a
 * SQLite file in a temporary folder, as `npm start` keeps them). Exit code 0 only when every
 * ceremony passed.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRelyingParty } from '../demo/server/relying-party.js';
import { createStore } from '../demo/server/store.js';
import { createSoftAuthenticator } from '../test/fixtures/soft-authenticator.js';
import { createClient } from '../test/server/harness.js';

const CLIENTS = Number(process.env.CLIENTS || 200);
const USERS = Number(process.env.USERS || 500);
const DEADLINE_S = Number(process.env.DEADLINE_S || 120);
const STORE = process.env.STORE === 'file' ? 'file' : 'memory';
const ENDPOINTS = ['register/options', 'register/verify', 'login/options', 'login/verify'];

if (process.argv[2] === '--serve') await serve();
else await main();

/**
 * The child: the relying party as the demo has it, minus the rate limit (all clients share one
 * IP), timing each request from arrival to the end of its reply (the server's own share).
 */
async function serve() {
  const logged = { warn: 0, error: 0 };
  const dir = STORE === 'file' ? mkdtempSync(path.join(os.tmpdir(), 'pk-load-')) : undefined;
  const store = createStore(dir ? { file: path.join(dir, 'accounts.sqlite') } : {});
  if (dir) process.on('exit', () => (store.close(), rmSync(dir, { recursive: true, force: true })));
  const rp = createRelyingParty({
    store,
    rateLimit: false,
    logger: { warn: () => logged.warn++, error: (...args) => (logged.error++, console.error(...args)) },
  });
  /** @type {Record<string, number[]>} */
  const serverMs = Object.fromEntries(ENDPOINTS.map((e) => [e, []]));
  const server = http.createServer(async (req, res) => {
    const start = performance.now();
    res.on('finish', () => serverMs[String(req.url).replace('/passkeys/', '')]?.push(performance.now() - start));
    if (!(await rp.handle(req, res))) res.writeHead(404).end();
  });
  // Idle keep-alive sockets stay open for the whole run: with the default 5 s, a client process
  // starved of CPU reuses a socket the server has just closed and its request fails (UND_ERR_SOCKET).
  server.keepAliveTimeout = DEADLINE_S * 1000;
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  // Each 'stats' message gets the figures so far and starts the timings afresh.
  process.on('message', () => {
    const rssMB = Math.round(process.memoryUsage().rss / 2 ** 20);
    process.send?.({ stats: rp.store.stats(), logged, rssMB, serverMs });
    for (const ms of Object.values(serverMs)) ms.length = 0;
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ base: `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}` });
}

async function main() {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const counts = { signUps: 0, signIns: 0 };
  const deadline = setTimeout(() => {
    console.error(`Aborted: not done after ${DEADLINE_S} s (${counts.signUps} sign-ups, ${counts.signIns} sign-ins so far).`);
    child.kill();
    process.exit(2);
  }, DEADLINE_S * 1000);
  const base = (await nextMessage(child)).base;

  /** @type {Record<string, {ms: number[], errors: number}>} */
  const timings = Object.fromEntries(ENDPOINTS.map((e) => [e, { ms: [], errors: 0 }]));
  /** @type {Map<string, number>} failure → count */
  const failures = new Map();
  /** @type {{username: string, userId: string, auth: ReturnType<typeof createSoftAuthenticator>}[]} */
  const registered = [];

  /**
   * @param {ReturnType<typeof createClient>} client
   * @param {string} endpoint
   * @param {unknown} body
   */
  async function timed(client, endpoint, body) {
    const start = performance.now();
    const reply = await client.post(`/passkeys/${endpoint}`, body);
    const t = timings[endpoint];
    t.ms.push(performance.now() - start);
    if (reply.status !== 200) {
      t.errors++;
      throw new Error(`${endpoint}: ${reply.status} ${reply.body?.error ?? ''}`);
    }
    return reply.body;
  }

  /** @param {number} i */
  async function ceremonies(i) {
    const username = `load-${i}`;
    const client = createClient(base);
    const auth = createSoftAuthenticator({ origin: base });
    const created = await timed(client, 'register/verify', await auth.register(await timed(client, 'register/options', { username })));
    registered.push({ username, userId: created.user.id, auth });
    counts.signUps++;
    await client.post('/passkeys/logout');
    // Half by username, half usernameless (autofill), as the elements do both.
    const options = await timed(client, 'login/options', i % 2 ? { username } : {});
    const signedIn = await timed(client, 'login/verify', await auth.authenticate(options));
    if (signedIn.user.id !== created.user.id) throw new Error('signed in as another user');
    counts.signIns++;
  }

  const started = performance.now();
  await pool(USERS, CLIENTS, ceremonies, failures);
  const seconds = (performance.now() - started) / 1000;
  child.send('stats');
  const { serverMs } = await nextMessage(child);

  // Nothing lost: every credential registered above signs in again, each on a fresh client.
  /** @type {Map<string, number>} */
  const lost = new Map();
  await pool(registered.length, CLIENTS, async (i) => {
    const { username, userId, auth } = registered[i];
    const client = createClient(base);
    const options = await client.post('/passkeys/login/options', { username });
    const reply = await client.post('/passkeys/login/verify', await auth.authenticate(options.body));
    if (reply.status !== 200 || reply.body.user.id !== userId) throw new Error(`${reply.status} ${reply.body?.error ?? ''}`);
  }, lost);

  child.send('stats');
  const server = await nextMessage(child);
  child.disconnect();
  clearTimeout(deadline);

  const ceremoniesDone = counts.signUps + counts.signIns;
  const failed = USERS * 2 - ceremoniesDone;
  const lostCount = [...lost.values()].reduce((a, b) => a + b, 0);
  const cpu = os.cpus();
  console.log(`relying party load test: ${cpu.length} cores (${cpu[0]?.model.trim()}), Node ${process.version}, ${os.platform()}`);
  console.log(`${CLIENTS} concurrent clients, ${USERS} users: ${USERS * 2} ceremonies (${USERS} sign-ups, ${USERS} sign-ins), localhost, accounts in ${STORE === 'file' ? 'a SQLite file' : 'in-memory SQLite'}`);
  console.log(`ceremonies: ${ceremoniesDone} succeeded, ${failed} failed in ${seconds.toFixed(1)} s = ${(ceremoniesDone / seconds).toFixed(0)} ceremonies/s`);
  for (const [failure, n] of failures) console.log(`  failure ×${n}: ${failure}`);
  const { stats, logged, rssMB } = server;
  console.log('\n                             as the clients saw it (ms)        in the server (ms)');
  console.log('endpoint          requests errors    p50    p95    p99    max      p50    p95    p99');
  for (const endpoint of ENDPOINTS) {
    const { ms, errors } = timings[endpoint];
    const seen = [0.5, 0.95, 0.99, 1].map((q) => percentile(ms, q).toFixed(0).padStart(6));
    const own = [0.5, 0.95, 0.99].map((q) => percentile(serverMs[endpoint], q).toFixed(1).padStart(6));
    console.log(`${endpoint.padEnd(17)} ${String(ms.length).padStart(8)} ${String(errors).padStart(6)} ${seen.join(' ')}   ${own.join(' ')}`);
  }
  console.log(`\nafterwards: ${registered.length - lostCount}/${registered.length} registered credentials signed in again (${lostCount} lost)`);
  for (const [failure, n] of lost) console.log(`  lost ×${n}: ${failure}`);
  console.log(`server: ${stats.users} users, ${stats.credentials} credentials, ${stats.sessions} sessions, ${stats.challenges} pending challenges, ${rssMB} MB RSS; ${logged.warn} refusals and ${logged.error} errors logged`);
  process.exitCode = failed || lostCount || registered.length !== USERS || logged.error ? 1 : 0;
}

/**
 * Runs `task(0..count-1)` with at most `concurrency` at once; failures are counted by message.
 * @param {number} count
 * @param {number} concurrency
 * @param {(i: number) => Promise<void>} task
 * @param {Map<string, number>} failures
 */
async function pool(count, concurrency, task, failures) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      try {
        await task(i);
      } catch (error) {
        // fetch says only "fetch failed": the cause has the code (ECONNRESET, a timeout...).
        const { message, cause } = /** @type {Error & {cause?: {code?: string, message?: string}}} */ (error);
        const key = cause ? `${message}: ${cause.code ?? cause.message}` : String(message ?? error);
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** @param {number[]} values @param {number} q nearest rank */
function percentile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** @param {import('node:child_process').ChildProcess} child */
function nextMessage(child) {
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the relying party exited (${code})`)));
  });
}
