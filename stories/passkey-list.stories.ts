import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { PasskeyList } from '../src/elements/passkey-list.js';
import { listEn } from '../src/i18n/list-en.js';
import { registerListLocale } from '../src/i18n/list-locales.js';
import { deList } from '../src/locales/list/de.js';
import { esList } from '../src/locales/list/es.js';
import { MockPasskeyList, onePasskey, threePasskeys, USER_ID, type MockListOptions } from './support/mock-passkey-list.js';

// Explicit calls, not side-effect imports (see .storybook/preview.ts).
PasskeyList.define();
registerListLocale('de', deList);
registerListLocale('es', esList);

type Loaded = { list: MockPasskeyList };

function renderList(args: Args, { loaded }: StoryContext) {
  return html`<passkey-list
    user-id=${USER_ID}
    .fetch=${(loaded as Loaded).list.fetch}
    @passkey-list-change=${args.onPasskeyListChange}
    @passkey-list-error=${args.onPasskeyListError}
    ><a slot="fallback" href="#magic-link">a magic link sent to your email</a></passkey-list
  >`;
}

const meta = {
  title: 'Elements/passkey-list',
  component: 'passkey-list',
  tags: ['autodocs'],
  render: renderList,
  args: { onPasskeyListChange: fn(), onPasskeyListError: fn() },
  // Each story's account, from `parameters.list`: an in-browser stand-in for the routes.
  loaders: [({ parameters }) => ({ list: new MockPasskeyList(parameters.list as MockListOptions) })],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const element = async (context: StoryContext) => {
  await customElements.whenDefined('passkey-list');
  const el = context.canvasElement.querySelector('passkey-list')!;
  await el.updateComplete;
  return el;
};
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="passkey"]')];
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent!.trim());
const within = (card: HTMLElement, name: string) => card.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const says = (el: Element, text: string) => waitFor(() => expect(part(el, 'message')!.textContent!.trim()).toBe(text));
const listed = (el: Element, count: number) => waitFor(() => expect(cards(el)).toHaveLength(count));
const detailOf = (spy: unknown, index = 0) => (spy as { mock: { calls: [CustomEvent][] } }).mock.calls[index][0].detail;

export const Loading: Story = {
  parameters: { list: { fault: 'hang' }, docs: { description: { story: 'Waiting for `GET /passkeys/credentials` (the stand-in never answers).' } } },
  play: async (context) => {
    const el = await element(context);
    await says(el, listEn.loading);
    await expect(part(el, 'add')).toBeNull();
  },
};

export const Empty: Story = {
  name: 'No passkeys yet',
  parameters: { list: { passkeys: [] } },
  play: async (context) => {
    const el = await element(context);
    await waitFor(() => expect(part(el, 'empty')).toHaveTextContent(listEn.empty));
    await expect(part(el, 'add')).toHaveTextContent(listEn.createFirst);
  },
};

export const List: Story = {
  name: 'Passkeys',
  parameters: {
    list: { passkeys: threePasskeys },
    docs: { description: { story: 'A synced passkey named by its provider (from its AAGUID), a security key, and a device passkey the user named.' } },
  },
  play: async (context) => {
    const el = await element(context);
    await listed(el, 3);
    // The providers' names arrive with their own file.
    await waitFor(() => expect(names(el)).toEqual(['Apple Passwords', 'YubiKey', 'Work laptop']));
    const details = cards(el).map((card) => within(card, 'details').textContent!);
    await expect(details[0]).toContain(listEn.synced);
    await expect(details[1]).toContain(listEn.securityKey);
    await expect(details[1]).toContain(listEn.neverUsed);
    await expect(details[2]).toContain(listEn.deviceOnly);
    await expect(details[2]).toContain('Windows Hello');
  },
};

export const Renaming: Story = {
  parameters: { list: { passkeys: threePasskeys } },
  play: async (context) => {
    const el = await element(context);
    await listed(el, 3);
    await userEvent.click(within(cards(el)[2], 'rename'));
    const input = part(el, 'input') as HTMLInputElement;
    await waitFor(() => expect(el.shadowRoot!.activeElement).toBe(input));
    await expect(input.value).toBe('Work laptop');
    // The name is selected: typing replaces it.
    await userEvent.keyboard('Old laptop{Enter}');
    await says(el, listEn.renamed);
    await expect(names(el)[2]).toBe('Old laptop');
    await expect(el.shadowRoot!.activeElement).toBe(within(cards(el)[2], 'rename'));
    await expect(detailOf(context.args.onPasskeyListChange)).toMatchObject({ action: 'rename', passkey: { name: 'Old laptop' } });
  },
};

export const RenameCancelled: Story = {
  name: 'Renaming, Escape cancels',
  parameters: { list: { passkeys: threePasskeys } },
  play: async (context) => {
    const el = await element(context);
    await listed(el, 3);
    await userEvent.click(within(cards(el)[2], 'rename'));
    await userEvent.type(part(el, 'input')!, ' (old){Escape}');
    await waitFor(() => expect(part(el, 'input')).toBeNull());
    await expect(names(el)[2]).toBe('Work laptop');
    await expect(el.shadowRoot!.activeElement).toBe(within(cards(el)[2], 'rename'));
    await expect(context.args.onPasskeyListChange).not.toHaveBeenCalled();
  },
};

export const ConfirmRemove: Story = {
  name: 'Confirm removal',
  parameters: { list: { passkeys: threePasskeys } },
  play: async (context) => {
    const el = await element(context);
    await listed(el, 3);
    await userEvent.click(within(cards(el)[1], 'remove'));
    const confirm = part(el, 'confirm')!;
    await expect(confirm).toHaveTextContent(/password manager/);
    await expect(part(el, 'warning')).toBeNull();
    await waitFor(() => expect(el.shadowRoot!.activeElement).toBe(confirm.querySelector('p')));
  },
};

export const RemoveLast: Story = {
  name: 'Removing the last passkey',
  parameters: { list: { passkeys: onePasskey } },
  play: async (context) => {
    const el = await element(context);
    await listed(el, 1);
    await userEvent.click(within(cards(el)[0], 'remove'));
    const warning = part(el, 'warning')!;
    await expect(warning).toHaveTextContent(listEn.lastPasskey);
    await expect(warning.querySelector('slot')!.assignedElements()[0]).toHaveTextContent('a magic link');
    await userEvent.click(part(el, 'danger')!);
    await says(el, listEn.removed);
    await waitFor(() => expect(part(el, 'empty')).not.toBeNull());
    await expect(detailOf(context.args.onPasskeyListChange)).toMatchObject({ action: 'remove', passkeys: [] });
  },
};

export const Add: Story = {
  name: 'Adding a passkey',
  parameters: {
    list: { passkeys: onePasskey },
    passkeys: { credentials: { create: 'succeed' } },
    docs: { description: { story: '"Add a passkey" runs a registration for the signed-in user. Simulated: `create()` returns a made-up credential.' } },
  },
  play: async (context) => {
    const el = await element(context);
    await listed(el, 1);
    await userEvent.click(part(el, 'add')!);
    await listed(el, 2);
    await says(el, listEn.added);
    await expect(detailOf(context.args.onPasskeyListChange).action).toBe('add');
  },
};

export const AlreadyRegistered: Story = {
  name: 'Adding on the same authenticator',
  parameters: {
    list: { passkeys: onePasskey },
    passkeys: { credentials: { create: { reject: 'InvalidStateError' } } },
    docs: { description: { story: 'The authenticator already holds one of the account\'s passkeys (excludeCredentials). Simulated: `create()` throws `InvalidStateError`.' } },
  },
  play: async (context) => {
    const el = await element(context);
    await listed(el, 1);
    await userEvent.click(part(el, 'add')!);
    await says(el, listEn.alreadyRegistered);
    await expect(detailOf(context.args.onPasskeyListError).error.code).toBe('already-registered');
    await expect(cards(el)).toHaveLength(1);
  },
};

export const ServerError: Story = {
  name: 'Error',
  parameters: { list: { fault: 500 } },
  play: async (context) => {
    const el = await element(context);
    await says(el, 'The server had a problem.');
    await expect(part(el, 'message')).toHaveAttribute('part', 'message error');
    await expect(part(el, 'retry')).not.toBeNull();
  },
};

export const Offline: Story = {
  parameters: {
    list: { fault: 'down' },
    docs: { description: { story: 'No network, and the browser says it is offline (simulated: `navigator.onLine` is false for this story). The list loads by itself when the browser is back online.' } },
  },
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => void delete (navigator as { onLine?: boolean }).onLine;
  },
  play: async (context) => {
    const el = await element(context);
    await says(el, listEn.offline);
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  parameters: { list: { passkeys: threePasskeys } },
  play: async (context) => {
    const el = await element(context);
    await listed(el, 3);
    await expect(part(el, 'add')).toHaveTextContent(deList.add);
    await expect(within(cards(el)[0], 'details')).toHaveTextContent(deList.synced);
  },
};

export const Dark: Story = {
  tags: ['dark'],
  parameters: { list: { passkeys: threePasskeys } },
  play: async (context) => {
    const el = await element(context);
    await listed(el, 3);
  },
};
