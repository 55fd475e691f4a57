import { expect } from '@open-wc/testing';
import { PasskeyError } from '../../src/core/errors.js';
import { requestJson } from '../../src/core/request-json.js';

async function failure(url: string, init = {}): Promise<PasskeyError> {
  try {
    await requestJson(url, { body: {}, ...init });
  } catch (error) {
    return error as PasskeyError;
  }
  throw new Error('did not fail');
}

describe('requestJson (against the test server)', () => {
  it('returns parsed JSON from a real endpoint', async () => {
    const reply = (await requestJson('/passkeys/login/options', { body: {} })) as { challenge: string };
    expect(reply.challenge).to.be.a('string');
  });

  it('returns plain text as text and an empty 204 as null', async () => {
    expect(await requestJson('/faults/not-json', { body: {} })).to.equal('hello');
    expect(await requestJson('/faults/204', { body: {} })).to.equal(null);
  });

  it('turns a 500 with a message into server-error carrying the message as text', async () => {
    const error = await failure('/faults/500-message');
    expect(error.code).to.equal('server-error');
    expect(error.status).to.equal(500);
    expect(error.message).to.equal('<img src=x onerror="window.__xss=1"> Database is down');
  });

  it('uses the plain default for a 500 or an HTML error page', async () => {
    for (const url of ['/faults/500', '/faults/html']) {
      const error = await failure(url);
      expect(error.code).to.equal('server-error');
      expect(error.message).to.match(/server had a problem/);
    }
  });

  it('turns an unreachable server into network-error', async () => {
    expect((await failure('http://localhost:9/passkeys/login/options')).code).to.equal('network-error');
  });

  it('refuses to follow a redirect', async () => {
    expect((await failure('/faults/redirect')).code).to.equal('network-error');
  });

  it('gives up after its timeout with code timeout', async () => {
    expect((await failure('/faults/hang', { timeout: 200 })).code).to.equal('timeout');
  });

  it('rejects with AbortError, not a network error, when its signal aborts', async () => {
    const controller = new AbortController();
    const pending = requestJson('/faults/hang', { body: {}, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = (await pending.catch((e: unknown) => e)) as Error;
    expect(error.name).to.equal('AbortError');
  });
});
