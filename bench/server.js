// Mock server: full sign-up and sign-in ceremonies over HTTP against the demo's relying party
// (its own process), signed by the test suite's software authenticator, at a bounded concurrency.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createJarClient } from './jar-client.js';
import { ROOT } from './paths.js';
import { startServer } from './server-process.js';
import { ms, percentile } from './stats.js';
import { markdownTable } from './table.js';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 16);
const CEREMONIES = Number(process.env.BENCH_CEREMONIES || 300); // half sign-ups, half sign-ins
const WARMUP_USERS = 8;
const SOFT_AUTHENTICATOR = `${ROOT}/test/fixtures/soft-authenticator.js`;

export const method = `The demo's createRelyingParty() runs in a child process on http://localhost (its own event
loop); the bench process plays ${CONCURRENCY} concurrent browsers. Each client takes the next fresh
user, signs up (POST register/options → the software authenticator of test/fixtures/soft-authenticator.js
makes a real P-256 credential → POST register/verify), then signs in usernameless (login/options →
signature → login/verify), keeping its session cookie and sending the page's Origin header. A
ceremony's time runs from its options request to its verify reply, so it includes the client-side
key generation or signature (about a millisecond) as a browser's authenticator would. ${WARMUP_USERS} users
sign up and in first, uncounted. Throughput is counted ceremonies divided by the wall time of the
counted part.`;

async function ceremonies(origin, soft, user, record) {
  const post = createJarClient(origin);
  const auth = soft.createSoftAuthenticator({ origin });
  let t = performance.now();
  await post('/passkeys/register/verify', await auth.register(await post('/passkeys/register/options', { username: user })));
  record('sign-up', performance.now() - t);
  t = performance.now();
  await post('/passkeys/login/verify', await auth.authenticate(await post('/passkeys/login/options', {})));
  record('sign-in', performance.now() - t);
}

/** Runs `count` users through `task` with at most CONCURRENCY at once; failures are collected. */
async function pool(count, task) {
  const errors = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await task(i).catch((error) => errors.push(error.message));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, count) }, worker));
  return errors;
}

export async function run({ log }) {
  if (!existsSync(SOFT_AUTHENTICATOR)) {
    return { title: 'Mock server', table: 'n/a', verdicts: ['test/fixtures/soft-authenticator.js is missing: no ceremony can be signed, section skipped.'], method, ok: false };
  }
  const soft = await import(SOFT_AUTHENTICATOR);
  const server = await startServer();
  try {
    const prefix = `bench-${process.pid}-${Date.now().toString(36)}`;
    const warm = await pool(WARMUP_USERS, (i) => ceremonies(server.origin, soft, `${prefix}-warm-${i}`, () => {}));
    if (warm.length) log(`server warm-up: ${warm.length} failed, first: ${warm[0]}`);
    const times = { 'sign-up': [], 'sign-in': [] };
    const record = (kind, t) => times[kind].push(t);
    log(`server: ${CEREMONIES} ceremonies at concurrency ${CONCURRENCY} …`);
    const start = performance.now();
    const errors = await pool(Math.ceil(CEREMONIES / 2), (i) => ceremonies(server.origin, soft, `${prefix}-${i}`, record));
    const wall = (performance.now() - start) / 1000;
    const all = [...times['sign-up'], ...times['sign-in']];
    const row = (name, xs) => [name, xs.length, ms(percentile(xs, 50)), ms(percentile(xs, 99)), ms(Math.max(...xs))];
    const { rssMB } = await server.stats();
    return {
      title: 'Mock server',
      table: markdownTable(['ceremony', 'count', 'p50 ms', 'p99 ms', 'max ms'], [row('sign-up', times['sign-up']), row('sign-in', times['sign-in']), row('all', all)]),
      verdicts: [
        `**${(all.length / wall).toFixed(0)} ceremonies/s** (${all.length} in ${wall.toFixed(2)} s) at concurrency ${CONCURRENCY}; ${errors.length} failed${errors.length ? ` (first: ${errors[0]})` : ''}; server RSS after: ${rssMB} MB.`,
      ],
      method,
      ok: errors.length === 0,
    };
  } finally {
    await server.stop();
  }
}
