// Runs every story's play function as a test (`npm run test:stories`): Vitest browser mode in the
// system's Chromium (CHROME_PATH overrides /usr/bin/chromium). Nothing downloads a browser.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './test/fixtures/chromium.js';

export default defineConfig({
  // WebAuthn refuses IP addresses: the test page must be on localhost.
  server: { host: 'localhost' },
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          testTimeout: 20_000,
          // One story file at a time: they share the page, and Chrome allows one virtual platform
          // authenticator per page.
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath,
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
