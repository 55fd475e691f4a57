// @ts-check
/**
 * Graceful limits over real sockets: a body over the limit gets its 413 before the connection
 * closes, and the demo server's timeouts and connection cap.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import net from 'node:net';
import { after, describe, test } from 'node:test';
import { createDemoServer } from '../../demo/server/app.js';
import { startRelyingParty } from './harness.js';

/** @type {Array<() => Promise<void>>} */
const closers = [];
after(() => Promise.all(closers.map((close) => close())));

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('a body over the 64 KB limit', async () => {
  const rp = await startRelyingParty();
  closers.push(rp.close);

  // A client that sends its whole body before it reads (Python's plain sockets here; Node's own
  // sockets read eagerly and would hide the problem). If the server closed as soon as it had
  // answered, the rest of the body would hit a closed socket, the client's kernel would get a
  // reset and throw away the unread 413: the client sees "broken pipe" instead.
  test('a client that reads only after sending gets the 413, not a reset', { skip: !hasPython && 'no python3' }, async () => {
    const script = `
import socket, sys, time
s = socket.create_connection(('localhost', ${rp.port}))
s.sendall(b'POST /passkeys/login/options HTTP/1.1\\r\\nHost: localhost:${rp.port}\\r\\nContent-Type: application/json\\r\\nContent-Length: 3000000\\r\\n\\r\\n')
time.sleep(0.2)
try:
    s.sendall(b'a' * 3000000)
    print(s.recv(64).split(b'\\r\\n')[0].decode())
except OSError as e:
    print('error', e.errno)
`;
    for (let i = 0; i < 3; i++) {
      // Not spawnSync: the server runs in this process and must keep answering.
      const run = await promisify(execFile)('python3', ['-c', script], { encoding: 'utf8', timeout: 10_000 });
      assert.equal(run.stdout.trim(), 'HTTP/1.1 413 Payload Too Large', run.stderr);
    }
  });

  test('a client that never stops sending is cut off after about 8 MB more', { timeout: 20_000 }, async () => {
    const { status, sent } = await new Promise((resolve) => {
      const socket = net.connect(rp.port, 'localhost');
      let reply = '';
      let sent = 0;
      socket.on('data', (chunk) => (reply += chunk));
      socket.on('error', () => {});
      socket.on('close', () => resolve({ status: reply.split('\r\n')[0], sent }));
      socket.write(`POST /passkeys/login/options HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
      const chunk = Buffer.concat([Buffer.from('10000\r\n'), Buffer.alloc(0x10000, 'a'), Buffer.from('\r\n')]);
      const pump = () => {
        // 200 MB at most, so a server that never cuts fails the assertion instead of hanging.
        while (!socket.destroyed && sent < 200e6) {
          sent += chunk.length;
          if (!socket.write(chunk)) return void socket.once('drain', pump);
        }
        socket.destroy();
      };
      pump();
    });
    assert.equal(status, 'HTTP/1.1 413 Payload Too Large');
    assert.ok(sent < 40e6, `sent ${(sent / 1e6).toFixed(1)} MB before the server cut it off`);
  });
});

describe('the demo server: timeouts and a connection cap', () => {
  /** @param {Parameters<typeof createDemoServer>[0]} opts */
  async function listen(opts) {
    const server = createDemoServer(opts);
    await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
    closers.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    return { server, port: /** @type {net.AddressInfo} */ (server.address()).port };
  }

  test('defaults suited to a demo', async () => {
    const { server } = await listen({});
    assert.equal(server.headersTimeout, 10_000);
    assert.equal(server.requestTimeout, 30_000);
    assert.equal(server.maxConnections, 500);
  });

  test('headers sent a byte at a time (slowloris): 408 and closed after headersTimeout', { timeout: 10_000 }, async () => {
    const { port } = await listen({ limits: { headersTimeout: 500, requestTimeout: 1000, checkInterval: 100 } });
    const started = Date.now();
    const reply = await new Promise((resolve) => {
      const socket = net.connect(port, 'localhost');
      let got = '';
      socket.on('data', (chunk) => (got += chunk));
      socket.on('error', () => {});
      socket.on('close', () => (clearInterval(drip), resolve(got)));
      socket.write('GET / HTTP/1.1\r\n');
      const drip = setInterval(() => socket.write('X'), 50);
    });
    assert.match(String(reply), /^HTTP\/1\.1 408/);
    assert.ok(Date.now() - started < 3000);
  });

  test('beyond maxConnections, a new connection is closed at once; the others are served', async () => {
    const { port } = await listen({ limits: { maxConnections: 2 } });
    const open = await Promise.all([0, 1].map(() => new Promise((resolve) => { const s = net.connect(port, 'localhost', () => resolve(s)); })));
    const third = await new Promise((resolve) => {
      const socket = net.connect(port, 'localhost');
      let got = '';
      socket.on('data', (chunk) => (got += chunk));
      socket.on('error', () => {});
      socket.on('close', () => resolve(got));
      socket.write('GET /passkeys/session HTTP/1.1\r\nHost: localhost\r\n\r\n');
    });
    assert.equal(third, '', 'refused without a reply');
    const first = /** @type {net.Socket} */ (open[0]);
    const served = await new Promise((resolve) => {
      first.once('data', (chunk) => resolve(String(chunk).split('\r\n')[0]));
      first.write(`GET /passkeys/session HTTP/1.1\r\nHost: localhost:${port}\r\n\r\n`);
    });
    assert.equal(served, 'HTTP/1.1 200 OK');
    for (const s of open) /** @type {net.Socket} */ (s).destroy();
  });
});
