import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { until } from 'lit/directives/until.js';
// The manifest `npm run analyze` writes from the sources' JSDoc (public members only).
import manifest from '../custom-elements.json';
import { detectSupport } from '../src/core/support.js';
import { PasskeyLogin } from '../src/elements/passkey-login.js';
import { PasskeyRegister } from '../src/elements/passkey-register.js';
import { registerLocale } from '../src/i18n/locales.js';
import { de } from '../src/locales/de.js';
import { es } from '../src/locales/es.js';
import { defaultCapabilities, simulateCapabilities, SLOW_SERVER_MS, type Capabilities } from '../stories/support/capabilities.js';
import { CredentialsStub, type CredentialScript } from '../stories/support/credentials.js';
import { MockRelyingParty, type MockRelyingPartyOptions } from '../stories/support/mock-relying-party.js';
import { testHost } from '../stories/support/test-host.js';
import { argTypesFromManifest, declarationOf } from './manifest-docs.js';

setCustomElementsManifest(manifest);

/** Said on each element's docs page, after the element's own description. */
const STORIES_NOTE =
  'Every story below runs against an in-browser mock of the backend contract (**Docs / Backend contract**), so this Storybook needs no server. ' +
  'Stories whose outcome a browser cannot produce on demand (autofill waiting, the OS dialog left open, a cancel, a passkey already on the device, a made-up credential) ' +
  'replace `navigator.credentials.create/get` for that story only and say so. The toolbar simulates missing capabilities and a slow or unreachable server.';

// Explicit calls, not side-effect imports: package.json's "sideEffects" names only dist/ files,
// so a production build of these sources would drop `import '../src/define.js'`.
PasskeyRegister.define();
PasskeyLogin.define();
registerLocale('de', de);
registerLocale('es', es);

/** What a story sets up in `parameters.passkeys`. */
export interface PasskeyParameters {
  /** The in-browser mock backend's settings (faults, accounts, latency). */
  backend?: MockRelyingPartyOptions;
  /** Simulated WebAuthn outcomes: navigator.credentials.create/get are stubbed for the story. */
  credentials?: CredentialScript;
}

/** What the loader hands to render and play: `context.loaded`. */
export interface PasskeyLoaded {
  backend: MockRelyingParty;
  credentials?: CredentialsStub;
}

type Globals = Capabilities & { locale: string };

const toolbar = (title: string, icon: 'lock' | 'form' | 'mobile' | 'transfer' | 'globe', items: [string, string][]) => ({
  description: title,
  toolbar: { title, icon, dynamicTitle: true, items: items.map(([value, label]) => ({ value, title: label })) },
});

function describeSimulation(globals: Globals): string[] {
  const notes: string[] = [];
  if (globals.webauthn === 'missing') notes.push('WebAuthn missing');
  if (globals.autofill === 'unavailable') notes.push('autofill unavailable');
  if (globals.autofill === 'available') notes.push('autofill available');
  if (globals.platformAuthenticator === 'missing') notes.push('no platform authenticator');
  for (const [key, name] of [['hybrid', 'phone (hybrid)'], ['conditionalCreate', 'automatic passkeys'], ['immediate', 'immediate sign-in']] as const) {
    if (globals[key] !== 'browser') notes.push(`${name} ${globals[key]}`);
  }
  if (globals.server === 'slow') notes.push(`slow server (${SLOW_SERVER_MS / 1000} s a reply)`);
  if (globals.server === 'down') notes.push('server unreachable');
  return notes;
}

/** A line under the story naming what is simulated and what the browser then reports. */
async function capabilityCaption(notes: string[]) {
  const support = await detectSupport();
  const mark = (ok: boolean | undefined) => (ok ? 'yes' : 'no');
  const { hybridTransport, conditionalCreate, immediateGet } = support.capabilities;
  return html`<p class="sb-simulation" data-testid="simulation">
    Simulated: ${notes.join(', ')}. The browser now reports WebAuthn ${mark(support.webauthn)}, autofill
    ${mark(support.conditionalMediation)}, platform authenticator ${mark(support.platformAuthenticator)}, phone
    ${mark(hybridTransport)}, automatic passkeys ${mark(conditionalCreate)}, immediate sign-in ${mark(immediateGet)}.
  </p>`;
}

const preview: Preview = {
  globalTypes: {
    webauthn: toolbar('WebAuthn', 'lock', [
      ['browser', 'WebAuthn: as this browser has it'],
      ['missing', 'WebAuthn: missing'],
    ]),
    autofill: toolbar('Autofill', 'form', [
      ['browser', 'Autofill: as this browser has it'],
      ['available', 'Autofill: available'],
      ['unavailable', 'Autofill: unavailable'],
    ]),
    platformAuthenticator: toolbar('Platform authenticator', 'mobile', [
      ['browser', 'Platform authenticator: as this device has it'],
      ['missing', 'Platform authenticator: missing'],
    ]),
    hybrid: toolbar('Phone (hybrid)', 'mobile', [
      ['browser', 'Phone (hybrid): as this browser has it'],
      ['available', 'Phone (hybrid): available'],
      ['missing', 'Phone (hybrid): missing'],
    ]),
    conditionalCreate: toolbar('Automatic passkeys', 'lock', [
      ['browser', 'Automatic passkeys (conditional create): as this browser has it'],
      ['available', 'Automatic passkeys: available'],
      ['missing', 'Automatic passkeys: missing'],
    ]),
    immediate: toolbar('Immediate sign-in', 'form', [
      ['browser', 'Immediate sign-in (immediate UI mode): as this browser has it'],
      ['available', 'Immediate sign-in: available'],
      ['missing', 'Immediate sign-in: missing'],
    ]),
    server: toolbar('Server', 'transfer', [
      ['fast', 'Server: fast'],
      ['slow', `Server: slow (${SLOW_SERVER_MS / 1000} s a reply)`],
      ['down', 'Server: unreachable'],
    ]),
    locale: toolbar('Language', 'globe', [
      ['en', 'English'],
      ['de', 'Deutsch'],
      ['es', 'Español'],
    ]),
  },
  initialGlobals: { ...defaultCapabilities, locale: 'en' },

  loaders: [
    ({ parameters, globals }) => {
      const { backend, credentials } = (parameters.passkeys ?? {}) as PasskeyParameters;
      const server = (globals as Globals).server;
      const loaded: PasskeyLoaded = {
        backend: new MockRelyingParty({
          latency: server === 'slow' ? SLOW_SERVER_MS : 0,
          faults: server === 'down' ? { options: { kind: 'network-down' }, verify: { kind: 'network-down' } } : {},
          ...backend,
        }),
        credentials: credentials && new CredentialsStub(credentials),
      };
      return loaded;
    },
  ],

  // Before the story renders: the elements read support when they connect.
  beforeEach: async ({ globals, loaded, tags }) => {
    const undo: (() => unknown)[] = [simulateCapabilities(globals as Globals)];
    const { credentials } = loaded as PasskeyLoaded;
    if (credentials) undo.push(credentials.install());
    const host = testHost();
    if (tags.includes('dark')) {
      // The elements follow the page's color-scheme, not the system's: a dark page shows them dark
      // on any system. The test run makes the system light to show it.
      const root = document.documentElement.style;
      root.colorScheme = 'dark';
      undo.push(() => (root.colorScheme = ''));
      if (host?.colorScheme) {
        await host.colorScheme('light');
        undo.push(() => host.colorScheme!(undefined));
      }
    }
    if (tags.includes('virtual-authenticator') && host?.addVirtualAuthenticator) {
      await host.addVirtualAuthenticator();
      undo.push(() => host.removeVirtualAuthenticators?.());
    }
    return async () => {
      for (const step of undo.reverse()) await step();
    };
  },

  decorators: [
    (story, { globals }) => {
      const notes = describeSimulation(globals as Globals);
      return html`<div class="sb-story" lang=${(globals as Globals).locale}>
        ${story()} ${notes.length ? until(capabilityCaption(notes), nothing) : nothing}
      </div>`;
    },
  ],

  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      extractArgTypes: (tag: string) => argTypesFromManifest(manifest, tag),
      extractComponentDescription: (tag: string) => `${declarationOf(manifest, tag)?.description ?? ''}\n\n${STORIES_NOTE}`,
      // Each story in its own frame: stories replace browser globals (navigator.credentials,
      // PublicKeyCredential), which must not leak into the stories beside them.
      story: { inline: false, height: '260px' },
      toc: true,
    },
  },
};

export default preview;
