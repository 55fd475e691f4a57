// Shortcuts into an element's DOM for play functions.
import { expect, waitFor } from 'storybook/test';
import type { PasskeyElement } from '../../src/elements/passkey-element.js';

type Tag = 'passkey-register' | 'passkey-login';

/** The story's element, once defined and rendered. */
export async function elementIn<T extends Tag>(canvas: HTMLElement, tag: T): Promise<HTMLElementTagNameMap[T]> {
  await customElements.whenDefined(tag);
  const element = canvas.querySelector(tag);
  if (!element) throw new Error(`no <${tag}> in the story`);
  await element.updateComplete;
  return element;
}

const shadow = (el: Element) => el.shadowRoot!;

/** The main button (`part="button"`, not the secondary one). */
export const button = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="button"]');
/** The "Sign in instead" button. */
export const secondary = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part~="secondary"]');
/** The live region. */
export const message = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="message"]');
/** The light-DOM username input and its label. */
export const input = (el: Element) => el.querySelector('input');
export const label = (el: Element) => el.querySelector('label');
/** What the named slot shows. */
export const slotted = (el: Element, name: string) =>
  shadow(el).querySelector<HTMLSlotElement>(`slot[name="${name}"]`)?.assignedElements() ?? [];

/** Waits until the message says `text` (trimmed). */
export async function expectMessage(el: PasskeyElement, text: string, timeout = 5000): Promise<void> {
  await waitFor(() => expect(message(el)?.textContent?.trim()).toBe(text), { timeout });
}

/** The idle look: field (unless `username` is given), button, nothing said, not busy. */
export async function expectIdle(el: PasskeyElement, strings: { button: string; label?: string }): Promise<void> {
  await expect(button(el)).toHaveTextContent(strings.button);
  await expect(button(el)).toHaveAttribute('aria-disabled', 'false');
  await expect(message(el)).toHaveTextContent('');
  await expect(message(el)).toHaveAttribute('role', 'status');
  if (strings.label) {
    await expect(label(el)).toHaveTextContent(strings.label);
    await expect(slotted(el, 'username')).toEqual([input(el)]);
  }
}

/** Shows an error the user caused: error part, text, and focus on the message. */
export async function expectError(el: PasskeyElement, text: string): Promise<void> {
  await expectMessage(el, text);
  await expect(message(el)).toHaveAttribute('part', 'message error');
  await waitFor(() => expect(shadow(el).activeElement).toBe(message(el)));
  await expect(button(el)).toHaveAttribute('aria-disabled', 'false');
}

/** The `detail` of the last call of an event handler spy. */
export function lastDetailOf<T>(handler: unknown): T {
  const calls = (handler as { mock: { calls: [CustomEvent<T>][] } }).mock.calls;
  if (!calls.length) throw new Error('expected an event, got none');
  return calls.at(-1)![0].detail;
}

/** The `detail` of the single call of an event handler spy. */
export function detailOf<T>(handler: unknown): T {
  const calls = (handler as { mock: { calls: [CustomEvent<T>][] } }).mock.calls;
  if (calls.length !== 1) throw new Error(`expected one event, got ${calls.length}`);
  return calls[0][0].detail;
}

/** The line under the story naming what the toolbar simulates (rendered asynchronously). */
export const simulationCaption = (canvas: HTMLElement) => canvas.querySelector('[data-testid="simulation"]');
