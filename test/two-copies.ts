import { expect, fixture, html } from '@open-wc/testing';
import { logout, nextEvent, uniqueName, VirtualAuthenticator } from './helpers.js';

type Copy = { PasskeyLogin: CustomElementConstructor; PasskeyRegister: CustomElementConstructor };
const loadCdn = (): Promise<Copy> => import(/* @vite-ignore */ '/dist/cdn/passkey-elements.min.js' as string);
const loadNpm = (): Promise<Copy> => import('../src/index.js') as unknown as Promise<Copy>;

/**
 * A page that loads the drop-in file (a script tag) and the npm package (an app bundle) in the
 * given order: the second copy finds the tags taken and defines nothing, the first copy's
 * elements work, and both share one page coordinator. This module imports neither copy itself.
 * Needs the built dist/cdn/passkey-elements.min.js (npm test builds first).
 */
export function twoCopiesSuite(order: 'cdn-first' | 'npm-first') {
  describe(`the drop-in file and the npm package on one page (${order})`, () => {
    beforeEach(async () => {
      await logout();
      await VirtualAuthenticator.add();
    });
    afterEach(() => VirtualAuthenticator.reset());

    it('both load without an error; the first definition wins and signs a user up', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        const first = await (order === 'cdn-first' ? loadCdn() : loadNpm());
        const second = await (order === 'cdn-first' ? loadNpm() : loadCdn());
        // Asking the second copy to register again is harmless too.
        (second.PasskeyLogin as unknown as { define(): void }).define();

        expect(first.PasskeyLogin).not.to.equal(second.PasskeyLogin);
        expect(customElements.get('passkey-login')).to.equal(first.PasskeyLogin);
        expect(customElements.get('passkey-register')).to.equal(first.PasskeyRegister);
        // One WebAuthn request at a time on the page, whichever copy starts it.
        const { pageCoordinator } = await import('../src/core/coordinator.js');
        expect(pageCoordinator()).to.equal((globalThis as Record<symbol, unknown>)[Symbol.for('passkey-elements.coordinator')]);

        const el = await fixture<HTMLElement>(html`<passkey-register></passkey-register>`);
        const field = el.querySelector('input')!;
        field.value = uniqueName();
        const success = nextEvent(el, 'passkey-register-success');
        el.shadowRoot!.querySelector('button')!.click();
        await success;
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  });
}
