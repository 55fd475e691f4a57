// Headless Chromium (Debian's) and one fresh page per run: its own browser context, its own CDP
// session with a virtual authenticator, and the measuring script installed.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import puppeteer from 'puppeteer-core';
import { instrument } from './instrument.js';
import { CHROMIUM } from './machine.js';
import { chromiumArgs, virtualAuthenticator } from '../test/fixtures/chromium.js';

const FLAGS = chromiumArgs;

export function launchBrowser() {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, protocolTimeout: 30_000 });
}

const AUTHENTICATOR = virtualAuthenticator;

/** @param {import('puppeteer-core').Browser} browser */
export async function openPage(browser) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options: AUTHENTICATOR });
    await page.evaluateOnNewDocument(instrument);
    return {
      page,
      setPresence: (enabled) => cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled }),
      /** A discoverable credential for localhost that the relying party does not know (enough to keep autofill armed). */
      addStrayCredential: () =>
        cdp.send('WebAuthn.addCredential', {
          authenticatorId,
          credential: {
            credentialId: randomBytes(16).toString('base64'),
            isResidentCredential: true,
            rpId: 'localhost',
            privateKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
            userHandle: randomBytes(16).toString('base64'),
            signCount: 0,
          },
        }),
      bench: () => page.evaluate(() => window.__bench),
      close: () => context.close(),
    };
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}
