import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createRelyingParty } from './demo/server/relying-party.js';
import { chromiumArgs, chromiumPath } from './test/fixtures/chromium.js';
import { faults } from './test/fixtures/faults.js';
import { heapCommand } from './test/fixtures/heap-command.js';
import { networkCommand } from './test/fixtures/network-command.js';
import { recipeServers } from './test/fixtures/recipes.js';
import { simpleWebAuthnExample } from './test/fixtures/simplewebauthn-example.js';
import { webauthnCommand } from './test/fixtures/webauthn-command.js';

const relyingParty = createRelyingParty();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // WebAuthn refuses IP addresses: the page must be on localhost.
  hostname: 'localhost',
  concurrency: 2,
  testFramework: { config: { timeout: 20_000 } },
  testsFinishTimeout: 300_000,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), webauthnCommand(), heapCommand(), networkCommand()],
  middleware: [
    // The real relying party (the demo's) at /passkeys.
    async (ctx, next) => {
      ctx.respond = false;
      if (await relyingParty.handle(ctx.req, ctx.res)) return;
      ctx.respond = true;
      return next();
    },
    faults(),
    recipeServers(),
    // SimpleWebAuthn's official example server, its own routes and state, at /swa-example.
    simpleWebAuthnExample({ prefix: '/swa-example' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        args: chromiumArgs,
      },
      // A browser context per page: pages sharing one lose focus, and WebAuthn needs focus.
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        return context.newPage();
      },
    }),
  ],
};
