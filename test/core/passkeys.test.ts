import { expect } from '@open-wc/testing';
import { PasskeyError } from '../../src/core/errors.js';
import { credentialsUrlFor, listPasskeys, readPasskey } from '../../src/core/passkeys.js';

// The management core's reading of replies and its URLs; the requests themselves run against the
// demo relying party in test/passkey-list*.test.ts.

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(PasskeyError);
    return (error as PasskeyError).code;
  }
  throw new Error('did not throw');
};

describe('readPasskey', () => {
  it('keeps the contract\'s members, drops null ones and unknown ones', () => {
    expect(
      readPasskey({
        id: 'AQID',
        name: null,
        aaguid: 'FBFC3007-154E-4ECC-8C0B-6E020557D7BD',
        createdAt: '2026-12-01T10:00:00.000Z',
        lastUsedAt: null,
        backedUp: true,
        transports: ['internal', 7, 'hybrid'],
        extra: 'ignored',
      }),
    ).to.deep.equal({
      id: 'AQID',
      aaguid: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd',
      createdAt: '2026-12-01T10:00:00.000Z',
      backedUp: true,
      transports: ['internal', 'hybrid'],
    });
  });

  it('a blank name or a malformed AAGUID is as good as none', () => {
    expect(readPasskey({ id: 'AQID', createdAt: '2026-12-01T10:00:00Z', name: '  ', aaguid: 'not-a-uuid' })).to.deep.equal({
      id: 'AQID',
      createdAt: '2026-12-01T10:00:00Z',
    });
  });

  for (const [what, entry] of [
    ['no id', { createdAt: '2026-12-01T10:00:00Z' }],
    ['an id that is not base64url', { id: 'a b', createdAt: '2026-12-01T10:00:00Z' }],
    ['no createdAt', { id: 'AQID' }],
    ['a createdAt that is no date', { id: 'AQID', createdAt: 'yesterday' }],
    ['a name that is no string', { id: 'AQID', createdAt: '2026-12-01T10:00:00Z', name: 42 }],
    ['backedUp that is no boolean', { id: 'AQID', createdAt: '2026-12-01T10:00:00Z', backedUp: 'yes' }],
    ['null', null],
    ['an array', [1]],
  ] as const) {
    it(`refuses ${what}: invalid-response`, () => {
      expect(codeOf(() => readPasskey(entry))).to.equal('invalid-response');
    });
  }
});

describe('credentialsUrlFor', () => {
  it('{baseUrl}/credentials, or credentialsUrl, with the id encoded', () => {
    expect(credentialsUrlFor({})).to.equal('/passkeys/credentials');
    expect(credentialsUrlFor({ baseUrl: '/api/passkeys/' })).to.equal('/api/passkeys/credentials');
    expect(credentialsUrlFor({ baseUrl: '/x', credentialsUrl: '/me/keys/' }, 'a/b c')).to.equal('/me/keys/a%2Fb%20c');
    expect(credentialsUrlFor({}, 'AQ-_')).to.equal('/passkeys/credentials/AQ-_');
  });
});

describe('listPasskeys', () => {
  it('sends the contract settings: headers with the manage step, transformResponse', async () => {
    const steps: unknown[] = [];
    const list = await listPasskeys({
      credentialsUrl: '/faults/json-array',
      headers: (step) => (steps.push(step), { 'X-Test': '1' }),
      // The fault replies an array of options: unwrap to a list of one passkey.
      transformResponse: () => [{ id: 'AQID', createdAt: '2026-12-01T10:00:00Z' }],
    });
    expect(steps).to.deep.equal([{ ceremony: 'manage', step: 'list' }]);
    expect(list).to.deep.equal([{ id: 'AQID', createdAt: '2026-12-01T10:00:00Z' }]);
  });

  it('a list of malformed entries is invalid-response', async () => {
    const error = await listPasskeys({ credentialsUrl: '/faults/json-array' }).catch((e) => e);
    expect(error.code).to.equal('invalid-response');
  });
});
