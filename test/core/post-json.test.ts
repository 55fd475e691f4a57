import { expect } from '@open-wc/testing';
import { PasskeyError } from '../../src/core/errors.js';
import { postJson } from '../../src/core/post-json.js';

async function failure(url: string, init = {}): Promise<PasskeyError> {
  try {
    await postJson(url, {}, init);
  } catch (error) {
    return error as PasskeyError;
  }
  throw new Error('did not fail');
}

describe('postJson (against the test server)', () => {
  it('returns parsed JSON from a real endpoint', async () => {
    const reply = (await postJson('/passkeys/login/options', {}, {})) as { challenge: string };
    expect(reply.challenge).to.be.a('string');
  });

  it('returns plain text as text', async () => {
    expect(await postJson('/faults/not-json', {}, {})).to.equal('hello');
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
    const error = await failure('http://localhost:9/passkeys/login/options');
    expect(error.code).to.equal('network-error');
  });

  it('rejects with AbortError, not a network error, when its signal aborts', async () => {
    const controller = new AbortController();
    const pending = postJson('/faults/hang', {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = (await pending.catch((e: unknown) => e)) as Error;
    expect(error.name).to.equal('AbortError');
  });
});
