import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { PasskeyLoaded } from '../.storybook/preview.js';
import { pageCoordinator } from '../src/core/coordinator.js';
import type { PasskeyError } from '../src/core/errors.js';
import { register } from '../src/core/register.js';
import type { PasskeyLogin } from '../src/elements/passkey-login.js';
import { en } from '../src/i18n/en.js';
import { de } from '../src/locales/de.js';
import { es } from '../src/locales/es.js';
import { SLOW_SERVER_MS } from './support/capabilities.js';
import { button, detailOf, elementIn, lastDetailOf, expectError, expectIdle, expectMessage, input, label, message, simulationCaption, slotted } from './support/element.js';
import { ADA, simulated } from './support/fixtures.js';
import { fallback, renderLogin } from './support/render.js';
import { testHost } from './support/test-host.js';
import { computed, defaultColours, themed, withTheme } from './support/theme.js';

type Context = StoryContext & { loaded: PasskeyLoaded };
type Success = { response: unknown; credential: { id: string } };

const element = (context: StoryContext) => elementIn(context.canvasElement, 'passkey-login');
const loaded = (context: StoryContext) => (context as Context).loaded;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Presses the button, after typing `username` if given. */
async function signIn(el: PasskeyLogin, username?: string) {
  if (username) await userEvent.type(input(el)!, username);
  await userEvent.click(button(el)!);
}

/** The error the element reported through `passkey-login-error` (the last, for stories where
 * autofill's own options request at connect fails the same way). */
const reportedError = (context: StoryContext) => lastDetailOf<{ error: PasskeyError }>(context.args.onPasskeyLoginError).error;

/** The publicKey options of the n-th `get()` of a kind. */
function requestOf(context: StoryContext, kind: 'get' | 'autofill', index = 0) {
  return (loaded(context).credentials!.callsOf(kind)[index].options as CredentialRequestOptions).publicKey!;
}

const meta = {
  title: 'Elements/passkey-login',
  component: 'passkey-login',
  tags: ['autodocs'],
  render: renderLogin,
  args: { onPasskeyLoginSuccess: fn(), onPasskeyLoginError: fn(), onPasskeyLoginNoPasskey: fn() },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Idle: Story = {
  globals: { autofill: 'unavailable' },
  parameters: {
    passkeys: { credentials: {} },
    docs: {
      description: {
        story: `Nothing happened yet, in a browser without passkey autofill (toolbar: Autofill → unavailable): the browser is asked for nothing until the button is pressed, and the field does not claim passkey autofill (\`autocomplete="username"\`, no \`webauthn\`). ${simulated('`get()` is only watched (it is never called)')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await expectIdle(el, { button: en.loginButton, label: en.usernameLabel });
    await waitFor(() => expect(input(el)).toHaveAttribute('autocomplete', 'username'));
    await sleep(150);
    await expect(pageCoordinator().autofillPending).toBe(false);
    await expect(loaded(context).credentials!.calls).toEqual([]);
    await expect(message(el)).toHaveTextContent('');
  },
};

export const AutofillArmed: Story = {
  name: 'Autofill armed',
  globals: { autofill: 'available' },
  parameters: {
    passkeys: { credentials: { autofill: 'pending' } },
    docs: {
      description: {
        story: `On connect the element asks for usernameless options and leaves a conditional \`get()\` waiting: the browser offers passkeys when the user focuses the field. Nothing shows until then. ${simulated('conditional mediation reported available; the conditional `get()` stays pending')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    const { backend, credentials } = loaded(context);
    await waitFor(() => expect(credentials!.callsOf('autofill')).toHaveLength(1));
    await expect(credentials!.callsOf('autofill')[0].mediation).toBe('conditional');
    await expect(requestOf(context, 'autofill').allowCredentials).toEqual([]);
    await expect(backend.calls.map((call) => [call.ceremony, call.step, call.body])).toEqual([['login', 'options', {}]]);
    await expect(pageCoordinator().autofillPending).toBe(true);
    await expectIdle(el, { button: en.loginButton, label: en.usernameLabel });
  },
};

export const SignedInByAutofill: Story = {
  name: 'Signed in by autofill',
  globals: { autofill: 'available' },
  parameters: {
    passkeys: { backend: { users: { ada: [ADA.id] } }, credentials: { autofill: 'succeed', passkey: { id: ADA.id } } },
    docs: {
      description: {
        story: `The user picked Ada's passkey from the field's autofill: signed in without pressing anything. ${simulated('the conditional `get()` returns a made-up assertion for Ada\'s passkey')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await expectMessage(el, en.signedIn);
    const detail = detailOf<Success>(context.args.onPasskeyLoginSuccess);
    await expect(detail.response).toEqual({ verified: true, username: 'ada' });
    await expect(detail.credential.id).toBe(ADA.id);
    await expect(loaded(context).credentials!.callsOf('get')).toEqual([]);
    await expect(input(el)).toHaveValue('');
  },
};

export const Busy: Story = {
  name: 'Busy (OS dialog open)',
  globals: { autofill: 'available' },
  parameters: {
    passkeys: { backend: { users: { ada: [ADA.id] } }, credentials: { autofill: 'pending', get: 'pending' } },
    docs: {
      description: {
        story: `The button was pressed and the browser's passkey dialog is open; the pending autofill request stood down for it. ${simulated('both `get()` calls stay pending')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    const { credentials } = loaded(context);
    await waitFor(() => expect(credentials!.callsOf('autofill')).toHaveLength(1));
    await signIn(el, ADA.username);
    await expectMessage(el, en.waiting);
    await expect(button(el)).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(credentials!.callsOf('get')).toHaveLength(1));
    await expect(requestOf(context, 'get').allowCredentials).toHaveLength(1);
    await expect(credentials!.callsOf('autofill')[0].signal?.aborted).toBe(true);
  },
};

export const SlowServer: Story = {
  name: 'Slow server',
  globals: { server: 'slow', autofill: 'unavailable' },
  parameters: {
    passkeys: { backend: { users: { ada: [ADA.id] } }, credentials: { get: 'succeed' } },
    docs: {
      description: {
        story: `Every reply of the mock backend takes ${SLOW_SERVER_MS / 1000} s (toolbar: Server → slow): the element says it is waiting the whole time, then signs in. ${simulated('`get()` returns a made-up assertion')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    const started = performance.now();
    await signIn(el, ADA.username);
    await expectMessage(el, en.waiting);
    await expect(button(el)).toHaveAttribute('aria-disabled', 'true');
    await expectMessage(el, en.signedIn, 4 * SLOW_SERVER_MS);
    await expect(performance.now() - started).toBeGreaterThanOrEqual(2 * SLOW_SERVER_MS);
  },
};

export const Success: Story = {
  parameters: {
    passkeys: { backend: { users: { ada: [ADA.id] } }, credentials: { get: 'succeed' } },
    docs: {
      description: {
        story: `Ada typed her name and used her passkey; \`passkey-login-success\` carries the verify reply. ${simulated('`get()` returns a made-up assertion (the mock checks its challenge, origin and passkey id, not a signature)')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await signIn(el, ADA.username);
    await expectMessage(el, en.signedIn);
    await expect(message(el)).toHaveAttribute('part', 'message');
    await expect(loaded(context).backend.callsTo('options').at(-1)!.body).toEqual({ username: 'ada' });
    await expect(detailOf<Success>(context.args.onPasskeyLoginSuccess).response).toEqual({ verified: true, username: 'ada' });
    await expect(context.args.onPasskeyLoginError).not.toHaveBeenCalled();
  },
};

export const UsernamelessSuccess: Story = {
  name: 'Success without a username',
  globals: { autofill: 'unavailable' },
  parameters: {
    passkeys: { backend: { users: { ada: [ADA.id] } }, credentials: { get: 'succeed', passkey: { id: ADA.id } } },
    docs: {
      description: {
        story: `The button pressed with an empty field: a usernameless request, and the user picks a passkey in the browser's dialog. ${simulated('`get()` returns a made-up assertion for Ada\'s passkey')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await signIn(el);
    await expectMessage(el, en.signedIn);
    await expect(loaded(context).backend.callsTo('options')[0].body).toEqual({});
    await expect(requestOf(context, 'get').allowCredentials).toBeUndefined();
    await expect(detailOf<Success>(context.args.onPasskeyLoginSuccess).credential.id).toBe(ADA.id);
  },
};

export const Cancelled: Story = {
  globals: { autofill: 'available' },
  parameters: {
    passkeys: { credentials: { autofill: 'pending', get: { reject: 'NotAllowedError' } } },
    docs: {
      description: {
        story: `The user closed the dialog (or had no passkey here); autofill is armed again afterwards. ${simulated('the modal `get()` throws `NotAllowedError`; the conditional one stays pending')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    const { credentials } = loaded(context);
    await waitFor(() => expect(credentials!.callsOf('autofill')).toHaveLength(1));
    await signIn(el, ADA.username);
    await expectError(el, en.errors.cancelled);
    await expect(reportedError(context).code).toBe('cancelled');
    await waitFor(() => expect(credentials!.callsOf('autofill')).toHaveLength(2));
    await expect(pageCoordinator().autofillPending).toBe(true);
  },
};

export const ServerError: Story = {
  name: 'Server error with a message',
  globals: { autofill: 'unavailable' },
  parameters: {
    passkeys: { backend: { faults: { options: { kind: 'server-error', status: 429, message: 'Too many sign-in attempts. Wait a minute and try again.' } } } },
    docs: { description: { story: 'The backend failed with its own words (an HTTP 429 with `{error}`): the element shows them, as text. Mock backend fault.' } },
  },
  play: async (context) => {
    const el = await element(context);
    await signIn(el, ADA.username);
    await expectError(el, 'Too many sign-in attempts. Wait a minute and try again.');
    const error = reportedError(context);
    await expect([error.code, error.status]).toEqual(['server-error', 429]);
  },
};

export const NetworkDown: Story = {
  name: 'Network down',
  globals: { server: 'down', autofill: 'unavailable' },
  parameters: { docs: { description: { story: 'No reply at all (toolbar: Server → unreachable). Mock backend fault.' } } },
  play: async (context) => {
    const el = await element(context);
    await signIn(el, ADA.username);
    await expectError(el, en.errors['network-error']);
    await expect(reportedError(context).code).toBe('network-error');
  },
};

export const InvalidOptions: Story = {
  name: 'Invalid options',
  globals: { autofill: 'unavailable' },
  parameters: {
    passkeys: { backend: { faults: { options: { kind: 'invalid-options' } } }, credentials: { get: 'succeed' } },
    docs: { description: { story: 'The backend sent options with no challenge: the element never calls the browser. Mock backend fault.' } },
  },
  play: async (context) => {
    const el = await element(context);
    await signIn(el, ADA.username);
    await expectError(el, en.errors['invalid-response']);
    await expect(reportedError(context).code).toBe('invalid-response');
    await expect(loaded(context).credentials!.callsOf('get')).toEqual([]);
  },
};

export const UnknownPasskey: Story = {
  name: 'Passkey not recognised',
  globals: { autofill: 'unavailable' },
  parameters: {
    passkeys: { credentials: { get: 'succeed', passkey: { id: 'c29tZW9uZS1lbHNl' } } },
    docs: {
      description: {
        story: `The user picked a passkey the backend does not know; its verify reply says \`"verified": false\` with a reason. ${simulated('`get()` returns a made-up assertion for an unknown passkey')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await signIn(el);
    await expectError(el, 'This passkey is not registered here.');
    await expect(reportedError(context).code).toBe('verification-failed');
  },
};

export const Unsupported: Story = {
  name: 'Unsupported browser (fallback)',
  globals: { webauthn: 'missing' },
  parameters: {
    docs: { description: { story: 'No WebAuthn (toolbar: WebAuthn → missing): the page\'s `unsupported` slot shows instead of the controls, and nothing is requested.' } },
  },
  play: async (context) => {
    const el = await element(context);
    await expect(button(el)).toBeNull();
    await expect(input(el)).toBeNull();
    const [link] = slotted(el, 'unsupported');
    await expect(link).toHaveTextContent('Sign in with a password instead');
    await expect(link).toBeVisible();
    await sleep(100);
    await expect(loaded(context).backend.calls).toEqual([]);
  },
};

export const NoPlatformAuthenticator: Story = {
  name: 'No platform authenticator',
  globals: { platformAuthenticator: 'missing' },
  parameters: {
    docs: {
      description: {
        story: 'No built-in authenticator (toolbar: Platform authenticator → missing). The element still offers sign-in: a phone or a security key can hold the passkey.',
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await expect(await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable()).toBe(false);
    await expectIdle(el, { button: en.loginButton, label: en.usernameLabel });
    await waitFor(() => expect(simulationCaption(context.canvasElement)).toHaveTextContent(/platform authenticator no,/));
  },
};

export const PageInput: Story = {
  name: "Page's own label and input",
  globals: { autofill: 'available' },
  render: (args, context) => html`<passkey-login
    .backend=${loaded(context).backend}
    @passkey-login-success=${args.onPasskeyLoginSuccess}
    @passkey-login-error=${args.onPasskeyLoginError}
  >
    <label slot="label" for="work-email">Work email</label>
    <input id="work-email" type="email" autocomplete="email" placeholder="you@example.com" />
    ${fallback}
  </passkey-login>`,
  parameters: {
    docs: {
      description: {
        story: `The page gives its own \`<label slot="label">\` and \`<input>\`; the element uses them and adds \`webauthn\` to the input's \`autocomplete\` so autofill offers passkeys there. ${simulated('the conditional `get()` stays pending')}`,
      },
    },
    passkeys: { credentials: { autofill: 'pending' } },
  },
  play: async (context) => {
    const el = await element(context);
    const field = input(el)!;
    await expect(field.id).toBe('work-email');
    await expect(field).toHaveAttribute('autocomplete', 'email webauthn');
    await expect(slotted(el, 'username')).toEqual([field]);
    await expect(slotted(el, 'label')).toEqual([label(el)]);
    await expect(el.querySelectorAll('label')).toHaveLength(1);
    await expect(label(el)).toBeVisible();
  },
};

export const ImmediateNoPasskey: Story = {
  name: 'Immediate: no passkey here',
  args: { immediate: true },
  globals: { immediate: 'available', autofill: 'unavailable' },
  parameters: {
    passkeys: { credentials: { get: { reject: 'NotAllowedError' } } },
    docs: {
      description: {
        story: `\`<passkey-login immediate>\` where the browser has WebAuthn's immediate UI mode (toolbar: Immediate sign-in → available): the button first asks for a passkey at hand with \`uiMode: "immediate"\`; this device has none, so the browser shows nothing and the element fires \`passkey-login-no-passkey\` (no error) for the page to show its password form. The next click opens the usual dialog. ${simulated('`get()` throws `NotAllowedError` at once')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    const stub = loaded(context).credentials!;
    await sleep(100); // the chunk for immediate mode is loaded
    await userEvent.click(button(el)!);
    await waitFor(() => expect(context.args.onPasskeyLoginNoPasskey).toHaveBeenCalledOnce());
    await expect(stub.callsOf('get').map((call) => call.uiMode)).toEqual(['immediate']);
    await expect(context.args.onPasskeyLoginError).not.toHaveBeenCalled();
    await expect(message(el)).toHaveTextContent('');
    await userEvent.click(button(el)!);
    await waitFor(() => expect(context.args.onPasskeyLoginError).toHaveBeenCalledOnce());
    await expect(stub.callsOf('get').map((call) => call.uiMode)).toEqual(['immediate', undefined]);
  },
};

export const ImmediateUnsupported: Story = {
  name: 'Immediate: not in this browser',
  args: { immediate: true },
  globals: { immediate: 'missing', autofill: 'unavailable' },
  parameters: {
    passkeys: { credentials: { get: { reject: 'NotAllowedError' } } },
    docs: {
      description: {
        story: `The same element where the browser has no immediate mode (toolbar: Immediate sign-in → missing): the attribute changes nothing, the button opens the usual dialog. ${simulated('`get()` throws `NotAllowedError`')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await sleep(100);
    await userEvent.click(button(el)!);
    await waitFor(() => expect(context.args.onPasskeyLoginError).toHaveBeenCalledOnce());
    await expect(loaded(context).credentials!.callsOf('get').map((call) => call.uiMode)).toEqual([undefined]);
    await expect(context.args.onPasskeyLoginNoPasskey).not.toHaveBeenCalled();
  },
};

export const Hints: Story = {
  args: { hints: 'security-key' },
  globals: { autofill: 'unavailable' },
  parameters: {
    passkeys: { credentials: { get: { reject: 'NotAllowedError' } } },
    docs: { description: { story: `\`hints="security-key"\`: the browser is asked to offer a security key first. ${simulated('`get()` throws `NotAllowedError` and records the options')}` } },
  },
  play: async (context) => {
    const el = await element(context);
    await userEvent.click(button(el)!);
    await waitFor(() => expect(context.args.onPasskeyLoginError).toHaveBeenCalledOnce());
    const [call] = loaded(context).credentials!.callsOf('get');
    await expect((call.options.publicKey as { hints?: string[] }).hints).toEqual(['security-key']);
  },
};

export const CustomLabels: Story = {
  name: 'Custom labels',
  args: {
    'button-label': 'Continue with a passkey',
    messages: { usernameLabel: 'Email or username', errors: { cancelled: 'No passkey chosen. Try again, or use your password.' } },
  },
  parameters: {
    passkeys: { credentials: { get: { reject: 'NotAllowedError' } } },
    docs: {
      description: {
        story: `\`button-label\` for the button; the \`messages\` property for any other string (here the label and the "cancelled" sentence). ${simulated('the modal `get()` throws `NotAllowedError`')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await expectIdle(el, { button: 'Continue with a passkey', label: 'Email or username' });
    await signIn(el, ADA.username);
    await expectError(el, 'No passkey chosen. Try again, or use your password.');
  },
};

export const German: Story = {
  name: 'Locale: German',
  globals: { locale: 'de' },
  parameters: {
    passkeys: { credentials: { get: { reject: 'NotAllowedError' } } },
    docs: { description: { story: `Inside \`lang="de"\` with \`locales/de\` imported. ${simulated('the modal `get()` throws `NotAllowedError`')}` } },
  },
  play: async (context) => {
    const el = await element(context);
    await expectIdle(el, { button: de.loginButton, label: de.usernameLabel });
    await signIn(el, ADA.username);
    await expectError(el, de.errors.cancelled);
  },
};

export const Spanish: Story = {
  name: 'Locale: Spanish',
  globals: { locale: 'es' },
  parameters: {
    passkeys: { backend: { users: { ada: [ADA.id] } }, credentials: { get: 'succeed' } },
    docs: { description: { story: `Inside \`lang="es"\` with \`locales/es\` imported. ${simulated('`get()` returns a made-up assertion')}` } },
  },
  play: async (context) => {
    const el = await element(context);
    await expectIdle(el, { button: es.loginButton, label: es.usernameLabel });
    await signIn(el, ADA.username);
    await expectMessage(el, es.signedIn);
  },
};

export const Themed: Story = {
  name: 'Theming (custom properties and parts)',
  decorators: [withTheme],
  parameters: {
    passkeys: { credentials: { get: { reject: 'NotAllowedError' } } },
    docs: {
      description: {
        story: `Every \`--passkey-*\` property set, and \`::part(button)\` and \`::part(error)\` styled; shown after an error so the error colour is on screen. ${simulated('the modal `get()` throws `NotAllowedError`')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await signIn(el, ADA.username);
    await expectError(el, en.errors.cancelled);
    await expect(computed(button(el)!, themed.button)).toEqual(themed.button);
    await expect(computed(el, themed.font)).toEqual(themed.font);
    await expect(computed(input(el)!, themed.input)).toEqual(themed.input);
    await expect(computed(message(el)!, themed.error)).toEqual(themed.error);
  },
};

export const DarkMode: Story = {
  name: 'Dark mode',
  tags: ['dark'],
  parameters: {
    passkeys: { credentials: { get: { reject: 'NotAllowedError' } } },
    docs: {
      description: {
        story: `The elements follow the page's \`color-scheme\` (inherited), not the system's setting: this story's page has \`color-scheme: dark\`, so it shows dark on any system. A page with \`color-scheme: light dark\` follows the system; a page without one stays light. ${simulated('the modal `get()` throws `NotAllowedError`, to show the error colour')}`,
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await signIn(el, ADA.username);
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
          'No simulation: sign in with a passkey made in **passkey-register → Real passkey** (the mock backend keeps accounts in this tab\'s sessionStorage), by the field\'s autofill or by the button. ' +
          'Needs a page on `localhost` or HTTPS. In the test run a CDP virtual authenticator plays the user: a passkey is made through the headless core, the button signs in with it, then focusing the field re-arms autofill, which signs in at once.',
      },
    },
  },
  play: async (context) => {
    const el = await element(context);
    await expectIdle(el, { button: en.loginButton, label: en.usernameLabel });
    // Only where a program drives the browser: a person signs in themselves.
    if (!testHost()?.virtualAuthenticator) return;
    const { backend } = loaded(context);
    const username = `real-${Date.now().toString(36)}`;
    const made = await register({ backend, username });
    // After a successful sign-up autofill stays down (the user is in): the button signs in.
    await signIn(el);
    await expectMessage(el, en.signedIn);
    const byButton = detailOf<Success>(context.args.onPasskeyLoginSuccess);
    await expect(byButton.response).toEqual({ verified: true, username });
    await expect(byButton.credential.id).toBe(made.credential.id);
    // Coming back to the field arms autofill again; the virtual authenticator answers at once.
    el.querySelector('input')!.focus();
    await waitFor(() => expect(context.args.onPasskeyLoginSuccess).toHaveBeenCalledTimes(2));
    await expectMessage(el, en.signedIn);
  },
};
