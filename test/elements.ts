// Shortcuts into the elements' DOM for tests.
import '../src/define.js';
import type { PasskeyElement } from '../src/elements/passkey-element.js';

export const input = (el: Element) => el.querySelector('input')!;
export const button = (el: Element) => el.shadowRoot!.querySelector('button')!;
export const message = (el: Element) => el.shadowRoot!.querySelector('[part~="message"]')!;

export async function type(el: Element, text: string): Promise<void> {
  const field = input(el);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Waits for the element's message to say something (or `text`). */
export async function messageSays(el: PasskeyElement, text?: string | RegExp, ms = 10_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    await el.updateComplete;
    const said = message(el).textContent!.trim();
    const matches = text === undefined ? said !== '' : typeof text === 'string' ? said === text : text.test(said);
    if (matches) return said;
    if (Date.now() > deadline) throw new Error(`message says "${said}", expected ${text}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
