import { expect } from '@open-wc/testing';
import { PasskeyError } from '../../src/core/errors.js';
import { requestJson, serverText } from '../../src/core/request-json.js';

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

describe('serverText: what of a reply may be shown', () => {
  const shown = (error: string) => serverText({ error });
  const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';

  it('takes `error`, else `message`, and nothing from a reply without words', () => {
    expect(serverText({ message: ' Locked. ' })).to.equal('Locked.');
    expect(serverText({ error: 42, message: 'Locked.' })).to.equal('Locked.');
    for (const reply of [null, 'text', {}, { error: '  ' }, { error: '\u200B\u202E\u0007' }]) {
      expect(serverText(reply), JSON.stringify(reply)).to.equal(undefined);
    }
  });

  it('drops bidi controls, zero-width and control characters; collapses white space', () => {
    const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    const zeroWidth = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
    const controls = ['\0', '\x07', '\x1B', '\x7F', '\x85', '\x9B'];
    for (const char of [...bidi, ...zeroWidth, ...controls]) {
      expect(shown(`a${char}b`), escape(char)).to.equal('ab');
    }
    expect(shown('one\ttwo \r\n three\u2028four\u00A0 five')).to.equal('one two three four five');
    expect(shown('Your account is \u202Eexe.txt\u202C locked')).to.equal('Your account is exe.txt locked');
    expect(shown('a \u202E \x07 b')).to.equal('a b');
  });

  it('keeps joiners inside an emoji sequence and accents on their letters', () => {
    expect(shown(`Hi ${family}!`)).to.equal(`Hi ${family}!`);
    expect(shown('Cafe\u0301 \u{1F1E9}\u{1F1EA} \u{1F44B}\u{1F3FD}')).to.equal('Cafe\u0301 \u{1F1E9}\u{1F1EA} \u{1F44B}\u{1F3FD}');
  });

  it('cuts at 200 UTF-16 units between graphemes', () => {
    expect(shown('a'.repeat(500))).to.equal('a'.repeat(200));
    expect(shown('x'.repeat(190) + family + 'y')).to.equal('x'.repeat(190));
    expect(shown('x'.repeat(189) + family + 'y')).to.equal('x'.repeat(189) + family);
    expect(shown('x'.repeat(199) + '\u{1F600}')).to.equal('x'.repeat(199));
    expect(shown('x'.repeat(199) + 'e\u0301')).to.equal('x'.repeat(199));
    // Invisible characters do not count.
    expect(shown('\u200B'.repeat(300) + 'a'.repeat(200))).to.equal('a'.repeat(200));
  });

  it('without Intl.Segmenter, cuts between code points, never inside a surrogate pair', () => {
    const { Segmenter } = Intl;
    // An older browser: Firefox before 125 has no Intl.Segmenter.
    delete (Intl as { Segmenter?: unknown }).Segmenter;
    try {
      expect(shown('x'.repeat(199) + '\u{1F600}')).to.equal('x'.repeat(199));
      expect(shown('a\u202Eb\u200Dc\u0007d')).to.equal('abcd');
    } finally {
      Object.assign(Intl, { Segmenter });
    }
  });
});
