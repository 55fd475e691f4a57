// What the program driving the browser can do for a story, when one is driving it: the Vitest
// run (.storybook/vitest.setup.ts) and the screenshot script set this up; a person viewing
// Storybook has none. Stories tagged `dark` get a page with `color-scheme: dark` (on a light
// system, in the test run), stories tagged `virtual-authenticator` a CDP virtual authenticator, so
// their play functions can run a real ceremony.

export interface TestHost {
  /** Emulates `prefers-color-scheme` (undefined: back to the browser's). */
  colorScheme?(scheme: 'light' | 'dark' | undefined): Promise<void>;
  /** Adds a virtual authenticator with user verification and presence simulation. */
  addVirtualAuthenticator?(): Promise<void>;
  /** Removes the virtual authenticators it added. */
  removeVirtualAuthenticators?(): Promise<void>;
  /** True when a virtual authenticator is present for this story. */
  virtualAuthenticator?: boolean;
}

const key = Symbol.for('passkey-elements.storybook-test-host');

export function testHost(): TestHost | undefined {
  return (globalThis as { [key]?: TestHost })[key];
}

export function setTestHost(host: TestHost): void {
  (globalThis as { [key]?: TestHost })[key] = host;
}
