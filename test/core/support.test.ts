import { expect } from '@open-wc/testing';
import { detectSupport, supportsWebAuthn } from '../../src/core/support.js';
import { VirtualAuthenticator } from '../helpers.js';

describe('detectSupport (headless Chromium)', () => {
  afterEach(() => VirtualAuthenticator.reset());

  it('reports WebAuthn, a platform authenticator and autofill with an internal authenticator', async () => {
    await VirtualAuthenticator.add();
    const support = await detectSupport();
    expect(support.webauthn).to.be.true;
    expect(support.platformAuthenticator).to.be.true;
    expect(support.conditionalMediation).to.be.true;
    expect(support.capabilities).to.be.an('object');
  });

  it('reports nothing where PublicKeyCredential is missing', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential')!;
    // Chromium cannot be started without WebAuthn: removing the global is how an old browser looks.
    delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    try {
      expect(supportsWebAuthn()).to.be.false;
      expect(await detectSupport()).to.deep.equal({
        webauthn: false,
        platformAuthenticator: false,
        conditionalMediation: false,
        capabilities: {},
      });
    } finally {
      Object.defineProperty(window, 'PublicKeyCredential', original);
    }
  });
});
