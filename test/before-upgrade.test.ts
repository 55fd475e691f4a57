import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';

// This file registers no element until the test imports them: the tags start undefined, as on a
// page whose script has not run yet.
const cases = [
  '<passkey-login><p slot="unsupported">No passkeys here.</p></passkey-login>',
  '<passkey-register></passkey-register>',
  '<passkey-register username="ada"></passkey-register>',
  '<passkey-login style="--passkey-spacing: 20px"></passkey-login>',
  '<passkey-login><label for="own">Email</label><input id="own" autocomplete="email" /></passkey-login>',
];
const fontSizes = ['12px', '16px', '24px'];

async function beforeUpgradeSheet() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await (await fetch('/src/before-upgrade.css')).text());
  return sheet;
}

/** Each case at each font size, in its own box, inside `container`. */
function placeAll(container: HTMLElement) {
  document.body.append(container);
  return fontSizes.flatMap((fontSize) =>
    cases.map((markup) => {
      const box = document.createElement('div');
      box.style.cssText = `font: ${fontSize} sans-serif; width: 320px`;
      box.innerHTML = markup;
      container.append(box);
      return box.firstElementChild as LitElement;
    }),
  );
}

const height = (element: Element) => element.getBoundingClientRect().height;

describe('before upgrade (src/before-upgrade.css)', () => {
  it('the elements take their upgraded height before the script runs, and hide their children', async () => {
    // With the sheet: in a shadow root of its own, so the control below stays unstyled.
    const styled = document.createElement('div');
    const control = document.createElement('div');
    const withSheet = placeAll(styled);
    const shadowHost = document.createElement('div');
    document.body.append(shadowHost);
    const root = shadowHost.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [await beforeUpgradeSheet()];
    root.append(styled);
    const without = placeAll(control);

    expect(customElements.get('passkey-login')).to.equal(undefined);
    const before = withSheet.map(height);
    const beforeControl = without.map(height);
    // Children (the fallback, a page's own label and input) are out of sight until the upgrade.
    for (const element of withSheet) {
      for (const child of element.children) expect(child.getClientRects().length, element.outerHTML).to.equal(0);
    }

    await import('../src/passkey-login.js');
    await import('../src/passkey-register.js');
    await Promise.all([...withSheet, ...without].map((element) => element.updateComplete));

    withSheet.forEach((element, i) => {
      const label = `${cases[i % cases.length]} at ${fontSizes[Math.floor(i / cases.length)]}`;
      expect(Math.abs(height(element) - before[i]), label).to.be.below(1);
      // Without the sheet the same element does jump: the check above can fail.
      expect(Math.abs(height(without[i]) - beforeControl[i]), `control: ${label}`).to.be.above(10);
    });
  });
});
