import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { PasskeyLoaded } from '../.storybook/preview.js';
import type { PasskeyError } from '../src/core/errors.js';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import { en } from '../src/i18n/en.js';
import { de } from '../src/locales/de.js';
import { es } from '../src/locales/es.js';
import { SLOW_SERVER_MS } from './support/capabilities.js';
import { button, detailOf, elementIn, expectError, expectIdle, expectMessage, input, label, message, secondary, simulationCaption, slotted } from './support/element.js';
import { ADA, simulated } from './support/fixtures.js';
import { renderRegister } from './support/render.js';
import { testHost } from './support/test-host.js';
import { computed, defaultColours, themed, withTheme } from './support/theme.js';

type Context = StoryContext & { loaded: PasskeyLoaded };

const element = (context: StoryContext) => elementIn(context.canvasElement, 'passkey-register');
const loaded = (context: StoryContext) => (context as Context).loaded;

/** Types a username and presses the button. */
async function createPasskey(el: PasskeyRegister, username = 'ada') {
  await userEvent.type(input(el)!, username);
  await userEvent.click(button(el)!);
}

/** The error the element reported through `passkey-register-error`. */
const reportedError = (context: StoryContext) => detailOf<{ error: PasskeyError }>(context.args.onPasskeyRegisterError).error;

const meta = {
  title: 'Elements/passkey-register',
  component: 'passkey-register',
  tags: ['autodocs'],
  render: renderRegister,
  args: {
    onPasskeyRegisterSuccess: fn(),
    onPasskeyRegisterError: fn(),
    onPasskeyRegisterUpgrade: fn(),
    onPasskeyLoginSuccess: fn(),
    onPasskeyLoginError: fn(),
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Idle: Story = {
  parameters: { docs: { description: { story: 'Nothing happened yet: a username field and the button. Real: no simulation.' } } },
  play: async (context) => {
    const el = await element(context);
    await expectIdle(el, { button: en.registerButton, label: en.usernameLabel });
    await expect(input(el)).toHaveAttribute('autocomplete', 'username');
    await expect(loaded(context).backend.calls).toEqual([]);
  },
};

export const UsernameByAttribute: Story = {
  name: 'Username given by attribute',
  args: { username: 'grace', 'display-name': 'Grace Hopper' },
  parameters: {
    passkeys: { credentials: { create: 'succeed' } },
    docs: { description: { story: `With \`username\` the element shows no field and registers that user. ${simulated('`create()` returns a made-up credential')}` } },
  },
  play: async (context) => {
    const el = await element(context);
    await expect(input(el)).toBeNull();
    await expect(label(el)).toBeNull();
    await expectIdle(el, { button: en.registerButton });
    await userEvent.click(button(el)!);
    await expectMessage(el, en.registered);
    await expect(loaded(context).backend.callsTo('options')[0].body).toEqual({ username: 'grace', displayName: 'Grace Hopper' });
    await expect(loaded(context).backend.credentialsOf('grace')).toHaveLength(1);
  },
};

export const CustomLabels: Story = {
  name: 'Custom labels',
  args: {
    'button-label': 'Create my account',
    messages: { usernameLabel: 'Email address', errors: { cancelled: 'No worries: try again when you are ready.' } },
  },
  parameters: {
    passkeys: { credentials: { create: { reject: 'NotAllowedError' } } },
    docs: {
      description: {
        story: `\`button-label\` for the button; the \`messages\` property for any other string (here the label and the "cancelled" sentence). ${simulated('`create()` throws `NotAllowedError`')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await expectIdle(el, { button: 'Create my account', label: 'Email address' });
    await createPasskey(el, 'ada@example.com');
    await expectError(el, 'No worries: try again when you are ready.');
  },
};

export const UsernameRequired: Story = {
  name: 'Username required',
  parameters: { docs: { description: { story: 'The button pressed with an empty field. Real: no simulation.' } } },
  play: async (context) => {
    const el = await element(context);
    await userEvent.click(button(el)!);
    await expectError(el, en.errors['username-required']);
    await expect(reportedError(context).code).toBe('username-required');
    await expect(loaded(context).backend.calls).toEqual([]);
  },
};

export const Busy: Story = {
  name: 'Busy (OS dialog open)',
  parameters: {
    passkeys: { credentials: { create: 'pending' } },
    docs: { description: { story: `The browser's passkey dialog is open. ${simulated('`create()` never settles')}` } },
  },
  play: async (context) => {
    const el = await element(context);
    const { backend, credentials } = loaded(context);
    await createPasskey(el);
    await expectMessage(el, en.waiting);
    await expect(button(el)).toHaveAttribute('aria-disabled', 'true');
    await expect(backend.callsTo('options')[0].body).toEqual({ username: 'ada', displayName: 'ada' });
    await waitFor(() => expect(credentials!.callsOf('create')).toHaveLength(1));
    // A second press while busy starts nothing.
    await userEvent.click(button(el)!);
    await expect(backend.callsTo('options')).toHaveLength(1);
  },
};

export const SlowServer: Story = {
  name: 'Slow server',
  globals: { server: 'slow' },
  parameters: {
    passkeys: { credentials: { create: 'succeed' } },
    docs: {
      description: {
        story: `Every reply of the mock backend takes ${SLOW_SERVER_MS / 1000} s (toolbar: Server → slow): the element says it is waiting the whole time, then succeeds. ${simulated('`create()` returns a made-up credential')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    const started = performance.now();
    await createPasskey(el);
    await expectMessage(el, en.waiting);
    await expect(button(el)).toHaveAttribute('aria-disabled', 'true');
    await expectMessage(el, en.registered, 4 * SLOW_SERVER_MS);
    await expect(performance.now() - started).toBeGreaterThanOrEqual(2 * SLOW_SERVER_MS);
  },
};

export const Success: Story = {
  parameters: {
    passkeys: { credentials: { create: 'succeed' } },
    docs: {
      description: {
        story: `The passkey is made and the backend verified it; \`passkey-register-success\` carries the verify reply. ${simulated('`create()` returns a made-up credential (the mock checks its challenge and origin, not a signature)')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await createPasskey(el);
    await expectMessage(el, en.registered);
    await expect(message(el)).toHaveAttribute('part', 'message');
    const detail = detailOf<{ response: unknown; credential: { id: string } }>(context.args.onPasskeyRegisterSuccess);
    await expect(detail.response).toEqual({ verified: true, username: 'ada' });
    await expect(loaded(context).backend.credentialsOf('ada')).toEqual([detail.credential.id]);
    await expect(context.args.onPasskeyRegisterError).not.toHaveBeenCalled();
  },
};

export const Cancelled: Story = {
  parameters: {
    passkeys: { credentials: { create: { reject: 'NotAllowedError' } } },
    docs: { description: { story: `The user closed the dialog (or it timed out). ${simulated('`create()` throws `NotAllowedError`')}` } },
  },
  play: async (context) => {
    const el = await element(context);
    await createPasskey(el);
    await expectError(el, en.errors.cancelled);
    await expect(reportedError(context).code).toBe('cancelled');
    await expect(secondary(el)).toBeNull();
  },
};

export const AlreadyRegistered: Story = {
  name: 'Already registered',
  parameters: {
    passkeys: {
      backend: { users: { ada: [ADA.id] } },
      credentials: { create: { reject: 'InvalidStateError' } },
    },
    docs: {
      description: {
        story: `The backend lists Ada's passkey in \`excludeCredentials\` and this device holds it: the element offers "Sign in instead". ${simulated('`create()` throws `InvalidStateError`')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    const { credentials } = loaded(context);
    await createPasskey(el, ADA.username);
    await expectError(el, en.errors['already-registered']);
    await expect(reportedError(context).code).toBe('already-registered');
    const excluded = (credentials!.callsOf('create')[0].options as CredentialCreationOptions).publicKey!.excludeCredentials!;
    await expect(excluded).toHaveLength(1);
    await expect(secondary(el)).toHaveTextContent(en.signInInstead);
  },
};

export const SignInInstead: Story = {
  name: 'Already registered → sign in instead',
  parameters: {
    passkeys: {
      backend: { users: { ada: [ADA.id] } },
      credentials: { create: { reject: 'InvalidStateError' }, get: 'succeed' },
    },
    docs: {
      description: {
        story: `"Sign in instead" runs the sign-in ceremony and fires \`passkey-login-success\`. ${simulated('`create()` throws `InvalidStateError`; `get()` returns a made-up assertion for Ada\'s passkey')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await createPasskey(el, ADA.username);
    await expectError(el, en.errors['already-registered']);
    await userEvent.click(secondary(el)!);
    await expectMessage(el, en.signedIn);
    await expect(loaded(context).backend.callsTo('options', 'login')[0].body).toEqual({ username: ADA.username });
    await expect(detailOf<{ response: unknown }>(context.args.onPasskeyLoginSuccess).response).toEqual({ verified: true, username: 'ada' });
    await expect(secondary(el)).toBeNull();
  },
};

export const ServerError: Story = {
  name: 'Server error with a message',
  parameters: {
    passkeys: { backend: { faults: { options: { kind: 'server-error', status: 503, message: 'Sign-ups are paused for maintenance until 14:00 UTC.' } } } },
    docs: { description: { story: "The backend failed with its own words (an HTTP 503 with `{error}`): the element shows them, as text. Mock backend fault." } },
  },
  play: async (context) => {
    const el = await element(context);
    await createPasskey(el);
    await expectError(el, 'Sign-ups are paused for maintenance until 14:00 UTC.');
    const error = reportedError(context);
    await expect([error.code, error.status]).toEqual(['server-error', 503]);
    await expect(loaded(context).credentials).toBeUndefined();
  },
};

export const NetworkDown: Story = {
  name: 'Network down',
  globals: { server: 'down' },
  parameters: { docs: { description: { story: 'No reply at all (toolbar: Server → unreachable). Mock backend fault.' } } },
  play: async (context) => {
    const el = await element(context);
    await createPasskey(el);
    await expectError(el, en.errors['network-error']);
    await expect(reportedError(context).code).toBe('network-error');
  },
};

export const InvalidOptions: Story = {
  name: 'Invalid options',
  parameters: {
    passkeys: { backend: { faults: { options: { kind: 'invalid-options' } } }, credentials: { create: 'succeed' } },
    docs: { description: { story: 'The backend sent options with no challenge: the element never calls the browser. Mock backend fault.' } },
  },
  play: async (context) => {
    const el = await element(context);
    await createPasskey(el);
    await expectError(el, en.errors['invalid-response']);
    await expect(reportedError(context).code).toBe('invalid-response');
    await expect(loaded(context).credentials!.callsOf('create')).toEqual([]);
  },
};

export const VerificationFailed: Story = {
  name: 'Verification failed',
  parameters: {
    passkeys: { backend: { faults: { verify: { kind: 'not-verified', message: 'Attestation from this authenticator is not accepted.' } } }, credentials: { create: 'succeed' } },
    docs: { description: { story: `The verify reply said \`"verified": false\` with a reason. ${simulated('`create()` returns a made-up credential; the mock refuses it')}` } },
  },
  play: async (context) => {
    const el = await element(context);
    await createPasskey(el);
    await expectError(el, 'Attestation from this authenticator is not accepted.');
    await expect(reportedError(context).code).toBe('verification-failed');
  },
};

export const Unsupported: Story = {
  name: 'Unsupported browser (fallback)',
  globals: { webauthn: 'missing' },
  parameters: {
    docs: { description: { story: 'No WebAuthn (toolbar: WebAuthn → missing): the page\'s `unsupported` slot shows instead of the controls.' } },
  },
  play: async (context) => {
    const el = await element(context);
    await expect(button(el)).toBeNull();
    await expect(input(el)).toBeNull();
    const [link] = slotted(el, 'unsupported');
    await expect(link).toHaveTextContent('Sign in with a password instead');
    await expect(link).toBeVisible();
  },
};

export const NoPlatformAuthenticator: Story = {
  name: 'No platform authenticator',
  globals: { platformAuthenticator: 'missing', hybrid: 'missing' },
  parameters: {
    docs: {
      description: {
        story: 'No built-in authenticator and no phone (toolbar: Platform authenticator → missing, Phone → missing). The element still offers passkeys: a security key can make one.',
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await expect(await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable()).toBe(false);
    await expectIdle(el, { button: en.registerButton, label: en.usernameLabel });
    await waitFor(() => expect(simulationCaption(context.canvasElement)).toHaveTextContent(/platform authenticator no,/));
  },
};

export const PhoneOrSecurityKey: Story = {
  name: 'Phone or security key',
  globals: { platformAuthenticator: 'missing', hybrid: 'available' },
  parameters: {
    docs: {
      description: {
        story:
          'No built-in authenticator, but a phone can be used (toolbar: Platform authenticator → missing, Phone (hybrid) → available; `getClientCapabilities()` says `hybridTransport` without `passkeyPlatformAuthenticator`): the button says so.',
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await waitFor(() => expect(button(el)).toHaveTextContent(en.registerWithPhoneOrKey));
    await waitFor(() => expect(simulationCaption(context.canvasElement)).toHaveTextContent(/phone yes/));
  },
};

export const Hints: Story = {
  args: { hints: 'security-key hybrid' },
  parameters: {
    passkeys: { credentials: { create: 'succeed' } },
    docs: { description: { story: `\`hints="security-key hybrid"\`: the browser is asked to offer a security key first, then a phone. ${simulated('`create()` returns a made-up credential and records the options')}` } },
  },
  play: async (context) => {
    const el = await element(context);
    await createPasskey(el);
    await expectMessage(el, en.registered);
    const [call] = loaded(context).credentials!.callsOf('create');
    await expect((call.options.publicKey as { hints?: string[] }).hints).toEqual(['security-key', 'hybrid']);
  },
};

/** The outcome `passkey-register-upgrade` reported. */
const upgradeOutcome = (context: StoryContext) => detailOf<{ outcome: string; error?: PasskeyError }>(context.args.onPasskeyRegisterUpgrade);

export const UpgradeCreated: Story = {
  name: 'Automatic upgrade: created',
  args: { upgrade: true, username: 'ada' },
  globals: { conditionalCreate: 'available' },
  parameters: {
    passkeys: { credentials: { create: 'succeed' } },
    docs: {
      description: {
        story: `\`<passkey-register upgrade username="ada">\` right after Ada signed in with a password (toolbar: Automatic passkeys → available): it shows nothing, asks for options with \`mediation: "conditional"\`, and the browser makes the passkey without a dialog. ${simulated('`create()` returns a made-up credential')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await waitFor(() => expect(context.args.onPasskeyRegisterUpgrade).toHaveBeenCalledOnce());
    await expect(upgradeOutcome(context).outcome).toBe('created');
    await expect(detailOf<{ automatic?: boolean }>(context.args.onPasskeyRegisterSuccess).automatic).toBe(true);
    await expect(context.args.onPasskeyRegisterError).not.toHaveBeenCalled();
    await expect(loaded(context).credentials!.callsOf('create')[0].mediation).toBe('conditional');
    await expect(loaded(context).backend.callsTo('options')[0].body).toEqual({ mediation: 'conditional', username: 'ada', displayName: 'ada' });
    await expect(button(el)).toBeNull();
    await expect(input(el)).toBeNull();
    await expect(el.getBoundingClientRect().height).toBe(0);
  },
};

export const UpgradeDeclined: Story = {
  name: 'Automatic upgrade: declined',
  args: { upgrade: true, username: 'ada' },
  globals: { conditionalCreate: 'available' },
  parameters: {
    passkeys: { credentials: { create: { reject: 'NotAllowedError' } } },
    docs: {
      description: {
        story: `The browser made no passkey (no saved password for Ada, or she turned such passkeys off): no error, nothing shown, only \`passkey-register-upgrade\` with \`outcome: "declined"\`. ${simulated('`create()` throws `NotAllowedError`')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await waitFor(() => expect(context.args.onPasskeyRegisterUpgrade).toHaveBeenCalledOnce());
    await expect(upgradeOutcome(context).outcome).toBe('declined');
    await expect(upgradeOutcome(context).error?.code).toBe('cancelled');
    await expect(context.args.onPasskeyRegisterError).not.toHaveBeenCalled();
    await expect(context.args.onPasskeyRegisterSuccess).not.toHaveBeenCalled();
    await expect(button(el)).toBeNull();
  },
};

export const UpgradeUnsupported: Story = {
  name: 'Automatic upgrade: unsupported',
  args: { upgrade: true, username: 'ada' },
  globals: { conditionalCreate: 'missing' },
  parameters: {
    passkeys: { credentials: { create: 'succeed' } },
    docs: {
      description: {
        story: `A browser that cannot make a passkey without asking (toolbar: Automatic passkeys → missing): nothing is requested, nothing shown; \`outcome: "unsupported"\`. ${simulated('`create()` is only watched (it is never called)')}`,
      },
    },
  },
  play: async (context) => {
    await element(context);
    await waitFor(() => expect(context.args.onPasskeyRegisterUpgrade).toHaveBeenCalledOnce());
    await expect(upgradeOutcome(context).outcome).toBe('unsupported');
    await expect(loaded(context).credentials!.callsOf('create')).toHaveLength(0);
    await expect(loaded(context).backend.calls).toEqual([]);
    await waitFor(() => expect(simulationCaption(context.canvasElement)).toHaveTextContent(/automatic passkeys no/));
  },
};

export const German: Story = {
  name: 'Locale: German',
  globals: { locale: 'de' },
  parameters: {
    passkeys: { credentials: { create: { reject: 'NotAllowedError' } } },
    docs: { description: { story: `Inside \`lang="de"\` with \`locales/de\` imported. ${simulated('`create()` throws `NotAllowedError`')}` } },
  },
  play: async (context) => {
    const el = await element(context);
    await expectIdle(el, { button: de.registerButton, label: de.usernameLabel });
    await createPasskey(el);
    await expectError(el, de.errors.cancelled);
  },
};

export const Spanish: Story = {
  name: 'Locale: Spanish',
  globals: { locale: 'es' },
  parameters: {
    passkeys: { credentials: { create: 'succeed' } },
    docs: { description: { story: `Inside \`lang="es"\` with \`locales/es\` imported. ${simulated('`create()` returns a made-up credential')}` } },
  },
  play: async (context) => {
    const el = await element(context);
    await expectIdle(el, { button: es.registerButton, label: es.usernameLabel });
    await createPasskey(el);
    await expectMessage(el, es.registered);
  },
};

export const Themed: Story = {
  name: 'Theming (custom properties and parts)',
  decorators: [withTheme],
  parameters: {
    passkeys: { backend: { users: { ada: [ADA.id] } }, credentials: { create: { reject: 'InvalidStateError' } } },
    docs: {
      description: {
        story: `Every \`--passkey-*\` property set, and \`::part(button)\`, \`::part(error)\`, \`::part(secondary)\` styled; shown in the "already registered" state so every part is on screen. ${simulated('`create()` throws `InvalidStateError`')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await createPasskey(el, ADA.username);
    await expectError(el, en.errors['already-registered']);
    await expect(computed(button(el)!, themed.button)).toEqual(themed.button);
    await expect(computed(el, themed.font)).toEqual(themed.font);
    await expect(computed(input(el)!, themed.input)).toEqual(themed.input);
    await expect(computed(message(el)!, themed.error)).toEqual(themed.error);
    await expect(computed(secondary(el)!, themed.secondary)).toEqual(themed.secondary);
  },
};

export const DarkMode: Story = {
  name: 'Dark mode',
  tags: ['dark'],
  parameters: {
    passkeys: { credentials: { create: { reject: 'NotAllowedError' } } },
    docs: {
      description: {
        story: `The elements follow the page's \`color-scheme\` (inherited), not the system's setting: this story's page has \`color-scheme: dark\`, so it shows dark on any system. A page with \`color-scheme: light dark\` follows the system; a page without one stays light. ${simulated('`create()` throws `NotAllowedError`, to show the error colour')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await createPasskey(el);
    await expectError(el, en.errors.cancelled);
    // Dark by the page's color-scheme alone: in the test run the system is light.
    await expect(getComputedStyle(el).colorScheme).toBe('dark');
    const colours = { accent: getComputedStyle(button(el)!).backgroundColor, error: getComputedStyle(message(el)!).color };
    await expect(colours).toEqual(defaultColours.dark);
  },
};

export const RealPasskey: Story = {
  name: 'Real passkey (your authenticator)',
  tags: ['virtual-authenticator'],
  parameters: {
    passkeys: { backend: { persist: true } },
    docs: {
      description: {
        story:
          'No simulation: type a name and press the button to make a real passkey with this browser\'s authenticator, against the in-browser mock backend (kept in this tab\'s sessionStorage, so **passkey-login → Real passkey** can sign in with it). ' +
          'Needs a page on `localhost` or HTTPS. In the test run a CDP virtual authenticator plays the user.',
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await expectIdle(el, { button: en.registerButton, label: en.usernameLabel });
    // Only where a program drives the browser: a person presses the button themselves.
    if (!testHost()?.virtualAuthenticator) return;
    const username = `real-${Date.now().toString(36)}`;
    await createPasskey(el, username);
    await expectMessage(el, en.registered);
    const { credential } = detailOf<{ credential: { id: string } }>(context.args.onPasskeyRegisterSuccess);
    await expect(loaded(context).backend.credentialsOf(username)).toEqual([credential.id]);
  },
};
