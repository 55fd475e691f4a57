import { expect, fixture, html } from '@open-wc/testing';
import type { PasskeyElement } from '../src/elements/passkey-element.js';
import { button, message } from './elements.js';
import { nextEvent } from './helpers.js';

/**
 * Hostile server text through the real element: a real fetch to test/fixtures/faults.js, whose
 * reply's `error` the element shows. (No authenticator: only the button talks to the server.)
 */
async function show(kind: string, container = html`<div style="width: 360px"></div>`) {
  const box = await fixture<HTMLElement>(container);
  box.innerHTML = `<passkey-login base-url="/faults/${kind}"></passkey-login>`;
  const el = box.firstElementChild as PasskeyElement;
  await el.updateComplete;
  const failed = nextEvent(el, 'passkey-login-error');
  button(el).click();
  await failed;
  await el.updateComplete;
  return { box, el, p: message(el) as HTMLElement, said: message(el).textContent!.trim() };
}

/** The on-screen box of the character at `index` of the message's text node. */
function charBox(p: Element, index: number): DOMRect {
  const text = [...p.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
  const range = document.createRange();
  range.setStart(text, index);
  range.setEnd(text, index + 1);
  return range.getBoundingClientRect();
}

const wellFormed = (text: string) => !/\p{Cs}/u.test(text);

describe('server text in the message', () => {
  it('drops a right-to-left override: the words keep their order on screen', async () => {
    const { p, said } = await show('rlo-message');
    expect(said).to.equal('Your account is exe.txt locked');
    const start = p.textContent!.indexOf('exe.txt');
    // "exe.txt" laid out left to right: its first letter left of its last.
    expect(charBox(p, start).left).to.be.below(charBox(p, start + 6).left);
    expect(charBox(p, start + 6).right).to.be.below(charBox(p, p.textContent!.indexOf('locked')).left);
  });

  it('drops zero-width and control characters, white space collapsed', async () => {
    const { said } = await show('invisible-message');
    expect(said).to.equal('Payment failed: card declined.');
  });

  it('wraps a 200-character URL inside a 360 px container', async () => {
    const { box, el, p, said } = await show('long-url-message');
    expect(said).to.have.length(200);
    expect(el.getBoundingClientRect().width).to.be.at.most(360);
    expect(p.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
    expect(p.scrollWidth).to.be.at.most(p.clientWidth);
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    const range = document.createRange();
    range.selectNodeContents(p);
    expect(range.getClientRects().length, 'lines').to.be.above(1);
  });

  it('sets the direction by the text (dir="auto"): Arabic right to left on a left-to-right page, English left to right on a right-to-left one', async () => {
    const arabic = await show('rtl-message');
    expect(arabic.said).to.equal('تعذّر تسجيل الدخول، حاول مرة أخرى');
    expect(getComputedStyle(arabic.p).direction).to.equal('rtl');
    const english = await show('rlo-message', html`<div style="width: 360px" dir="rtl"></div>`);
    expect(getComputedStyle(english.p).direction).to.equal('ltr');
  });

  it('cuts at 200 between graphemes: no half of a family emoji, a flag or an accented letter', async () => {
    for (const [kind, kept] of [
      ['family-at-cut', 190],
      ['flag-at-cut', 197],
      ['accent-at-cut', 199],
    ] as const) {
      const { said } = await show(kind);
      expect(said, kind).to.equal('x'.repeat(kept));
      expect(wellFormed(said), kind).to.equal(true);
    }
  });
});
