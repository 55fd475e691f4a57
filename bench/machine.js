// What the numbers were measured on.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export function chromiumVersion() {
  try {
    // The Debian wrapper prints a harmless warning on stderr: keep stdout only.
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 }).trim();
  } catch (error) {
    return `unknown (${error.message.split('\n')[0]})`;
  }
}

export function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion(),
    loadavg: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}
