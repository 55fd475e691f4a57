import { expect } from '@open-wc/testing';
import { PasskeyError, toPasskeyError } from '../../src/core/errors.js';

const domError = (name: string) => new DOMException('raw browser text', name);

describe('toPasskeyError', () => {
  it('maps DOMException names to codes, keeping the cause', () => {
    const cases: [string, 'register' | 'login', string][] = [
      ['NotAllowedError', 'login', 'cancelled'],
      // Not our abort (no signal of ours aborted): the user's cancel, as some Firefox versions say it.
      ['AbortError', 'login', 'cancelled'],
      ['InvalidStateError', 'register', 'already-registered'],
      ['InvalidStateError', 'login', 'unknown'],
      ['NotSupportedError', 'register', 'unsupported'],
      ['UnknownError', 'login', 'unknown'],
      ['ConstraintError', 'register', 'unsupported'],
      ['TypeError', 'register', 'invalid-response'],
      ['InvalidCharacterError', 'login', 'invalid-response'],
      ['RangeError', 'login', 'too-many-credentials'],
    ];
    for (const [name, ceremony, code] of cases) {
      const cause = domError(name);
      const error = toPasskeyError(cause, ceremony);
      expect(error.code, name).to.equal(code);
      expect(error.cause).to.equal(cause);
      expect(error.message).not.to.contain('raw browser text');
    }
  });

  it('says aborted only when our own signal aborted, whatever the error is called', () => {
    const ours = new AbortController();
    expect(toPasskeyError(domError('AbortError'), 'login', ours.signal).code, 'not aborted yet').to.equal('cancelled');
    ours.abort();
    for (const name of ['AbortError', 'NotAllowedError', 'UnknownError']) {
      expect(toPasskeyError(domError(name), 'register', ours.signal).code, name).to.equal('aborted');
    }
  });

  it('tells the developer about a SecurityError in the console', () => {
    const original = console.warn;
    const logged: unknown[] = [];
    console.warn = (...args: unknown[]) => logged.push(args);
    try {
      expect(toPasskeyError(domError('SecurityError'), 'login').code).to.equal('security');
    } finally {
      console.warn = original;
    }
    expect(logged).to.have.length(1);
  });

  it('passes a PasskeyError through and maps anything else to unknown', () => {
    const error = new PasskeyError('network-error');
    expect(toPasskeyError(error, 'login')).to.equal(error);
    expect(toPasskeyError('boom', 'login').code).to.equal('unknown');
    expect(toPasskeyError(null, 'login').code).to.equal('unknown');
  });

  it('has a plain-language default message for each code', () => {
    expect(new PasskeyError('network-error').message).to.match(/reach the server/);
    expect(new PasskeyError('server-error', { serverText: 'Username taken' }).message).to.equal('Username taken');
  });
});
