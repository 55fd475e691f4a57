import { expect } from '@open-wc/testing';
import { endpointsFor } from '../../src/core/contract.js';
import { PasskeyError } from '../../src/core/errors.js';
import { readCreationOptions, readRequestOptions, readVerifyReply } from '../../src/core/replies.js';

const creation = {
  challenge: 'Y2hhbGxlbmdl',
  rp: { name: 'Example' },
  user: { id: 'AQID', name: 'ada', displayName: 'Ada' },
  pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
};

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(PasskeyError);
    return (error as PasskeyError).code;
  }
  throw new Error('did not throw');
};

describe('endpointsFor', () => {
  it('defaults to /passkeys/{ceremony}/{step}', () => {
    expect(endpointsFor('register', {})).to.deep.equal({
      options: '/passkeys/register/options',
      verify: '/passkeys/register/verify',
    });
  });

  it('takes a base URL with or without a trailing slash, and explicit URLs over it', () => {
    expect(endpointsFor('login', { baseUrl: 'https://api.example/auth/' }).options).to.equal(
      'https://api.example/auth/login/options',
    );
    expect(endpointsFor('login', { baseUrl: '/x', verifyUrl: '/finish' })).to.deep.equal({
      options: '/x/login/options',
      verify: '/finish',
    });
  });
});

describe('options replies', () => {
  it('accepts bare options', () => {
    expect(readCreationOptions(creation)).to.deep.equal(creation);
    expect(readRequestOptions({ challenge: 'abc' })).to.deep.equal({ challenge: 'abc' });
  });

  it('unwraps a {publicKey} envelope', () => {
    expect(readCreationOptions({ publicKey: creation })).to.deep.equal(creation);
    expect(readRequestOptions({ publicKey: { challenge: 'abc' }, mediation: 'conditional' })).to.deep.equal({
      challenge: 'abc',
    });
  });

  it('turns standard base64 with padding into base64url in every byte field', () => {
    const options = readCreationOptions({
      ...creation,
      challenge: 'ab+/cd==',
      user: { ...creation.user, id: 'AQ+/Aw==' },
      excludeCredentials: [{ type: 'public-key', id: '+/8=' }],
    });
    expect(options.challenge).to.equal('ab-_cd');
    expect(options.user.id).to.equal('AQ-_Aw');
    expect(options.excludeCredentials![0].id).to.equal('-_8');
    expect(readRequestOptions({ challenge: 'x/y=', allowCredentials: [{ type: 'public-key', id: 'a+b=' }] })).to.deep.equal({
      challenge: 'x_y',
      allowCredentials: [{ type: 'public-key', id: 'a-b' }],
    });
  });

  it('drops null members that server libraries add, keeping extra fields', () => {
    const options = readCreationOptions({
      ...creation,
      timeout: null,
      attestation: null,
      extensions: { credProps: true, appid: null },
      authenticatorSelection: { residentKey: 'required', authenticatorAttachment: null },
      excludeCredentials: [{ type: 'public-key', id: 'AQ', transports: null }],
      hints: [],
    });
    expect(options).to.deep.equal({
      ...creation,
      extensions: { credProps: true },
      authenticatorSelection: { residentKey: 'required' },
      excludeCredentials: [{ type: 'public-key', id: 'AQ' }],
      hints: [],
    });
  });

  it('refuses replies without a challenge or user id as invalid-response', () => {
    for (const reply of [null, 'text', [], {}, { challenge: '' }, { challenge: 5 }, { publicKey: {} }]) {
      expect(codeOf(() => readRequestOptions(reply))).to.equal('invalid-response');
    }
    expect(codeOf(() => readCreationOptions({ ...creation, user: { id: '' } }))).to.equal('invalid-response');
    expect(codeOf(() => readCreationOptions({ challenge: 'abc' }))).to.equal('invalid-response');
  });
});

describe('verify replies', () => {
  it('is success for any 2xx reply but {verified: false}', () => {
    for (const reply of [{ verified: true }, { ok: 1 }, null, 'OK']) {
      expect(readVerifyReply(reply)).to.equal(reply);
    }
  });

  it('is verification-failed, with the server text, for {verified: false}', () => {
    try {
      readVerifyReply({ verified: false, error: 'Signature did not match.' });
      expect.fail('did not throw');
    } catch (error) {
      expect((error as PasskeyError).code).to.equal('verification-failed');
      expect((error as PasskeyError).message).to.equal('Signature did not match.');
    }
    expect(codeOf(() => readVerifyReply({ verified: false }))).to.equal('verification-failed');
  });
});
