// Starts bench/serve.js as a child process and stops it (that child only, by its handle).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('./serve.js', import.meta.url));

/** @param {{pages?: boolean}} [opts] @returns {Promise<{origin: string, stats(): Promise<any>, stop(): Promise<void>}>} */
export async function startServer({ pages = false } = {}) {
  const child = fork(SERVE, pages ? ['--pages'] : [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const next = (ms) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('bench server did not answer in time')), ms);
      child.once('message', (m) => (clearTimeout(timer), resolve(m)));
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`bench server exited (${code})`))));
    });
  let origin;
  try {
    ({ origin } = await next(20_000));
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    origin,
    stats: () => (child.send('stats'), next(5_000)),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
