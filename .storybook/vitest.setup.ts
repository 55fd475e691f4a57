// Vitest only: what the test run can do for a story through the Chrome DevTools Protocol
// (stories/support/test-host.ts). Storybook's own setup (project annotations) comes from
// @storybook/addon-vitest.
import { afterAll } from 'vitest';
import { cdp } from 'vitest/browser';
import { setTestHost, type TestHost } from '../stories/support/test-host.js';

const authenticators: string[] = [];

const host: TestHost = {
  async colorScheme(scheme) {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme ?? '' }] });
  },
  async addVirtualAuthenticator() {
    // Disabling drops any authenticator left by another story file (Chrome allows one).
    await cdp().send('WebAuthn.disable');
    await cdp().send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = (await cdp().send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        ctap2Version: 'ctap2_1',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    })) as { authenticatorId: string };
    authenticators.push(authenticatorId);
    host.virtualAuthenticator = true;
  },
  async removeVirtualAuthenticators() {
    for (const authenticatorId of authenticators.splice(0)) {
      await cdp().send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
    }
    await cdp().send('WebAuthn.disable');
    host.virtualAuthenticator = false;
  },
};

setTestHost(host);

// Storybook runs a story's cleanup when the next story starts: the last story of a file leaves
// its page-wide CDP state (emulation, authenticators) to the next file unless undone here.
afterAll(async () => {
  await host.colorScheme!(undefined);
  if (host.virtualAuthenticator) await host.removeVirtualAuthenticators!();
});
