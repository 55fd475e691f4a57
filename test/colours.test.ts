import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { PasskeyRegister } from '../src/elements/passkey-register.js';
import '../src/passkey-list.js';
import { button, input, message, messageSays, type } from './elements.js';
import { logout, nextEvent, uniqueName, VirtualAuthenticator } from './helpers.js';

/**
 * WCAG AA for every text colour of the elements, in each state and colour scheme, measured from
 * the browser's computed colours: 4.5:1 against the background behind the text (the button's own,
 * the input's Field, else the page's Canvas for the scheme in use).
 */

type Colour = [r: number, g: number, b: number, a: number];

/** Computed colours come as rgb()/rgba() or, for some sources, color(srgb …). */
function parse(value: string): Colour {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] ? +srgb[4] : 1];
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:(?:,| \/) ([\d.]+))?\)$/.exec(value);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], rgb[4] ? +rgb[4] : 1];
  throw new Error(`cannot read the colour ${value}`);
}

/** `top` painted over the opaque `bottom` with `alpha` (default: top's own). */
const over = (top: Colour, bottom: Colour, alpha = top[3]): Colour =>
  [0, 1, 2].map((i) => top[i] * alpha + bottom[i] * (1 - alpha)).concat(1) as Colour;

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Colour): number {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const ratio = (a: Colour, b: Colour) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

const parentOf = (node: Element) => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined);

/** The text colour of `el` and the colour behind it as painted: backgrounds and opacity up to the page's Canvas. */
function painted(el: Element, canvas: Colour): { text: Colour; background: Colour; opacity: number } {
  const chain: Element[] = [];
  for (let node: Element | undefined | null = el; node; node = parentOf(node)) chain.unshift(node);
  let background = canvas;
  let opacity = 1;
  for (const node of chain) {
    const style = getComputedStyle(node);
    background = over(parse(style.backgroundColor), background);
    opacity *= +style.opacity;
  }
  const text = over(parse(getComputedStyle(el).color), background);
  // Faded with its ancestors over the page (no element between has a background of its own and opacity).
  return { text: over(text, canvas, opacity), background: over(background, canvas, opacity), opacity };
}

interface Scheme {
  name: string;
  os: 'light' | 'dark';
  /** The page's `color-scheme` on :root ('' for none). */
  page: string;
  /** A section of the page with its own scheme and Canvas background. */
  section?: string;
  expect: 'light' | 'dark';
}

const schemes: Scheme[] = [
  { name: 'a page without color-scheme, dark OS', os: 'dark', page: '', expect: 'light' },
  { name: 'color-scheme: light, dark OS', os: 'dark', page: 'light', expect: 'light' },
  { name: 'color-scheme: dark, light OS', os: 'light', page: 'dark', expect: 'dark' },
  { name: 'color-scheme: light dark, dark OS', os: 'dark', page: 'light dark', expect: 'dark' },
  { name: 'color-scheme: light dark, light OS', os: 'light', page: 'light dark', expect: 'light' },
  { name: 'a color-scheme: dark section of a light page', os: 'light', page: '', section: 'dark', expect: 'dark' },
];

/** The defaults of src/elements/styles.ts. */
const accent = { light: 'rgb(33, 86, 217)', dark: 'rgb(122, 162, 255)' };

async function waitUntil(check: () => boolean, what: string) {
  for (const deadline = Date.now() + 5000; !check(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() > deadline) throw new Error(`no ${what}`);
  }
}

let box: HTMLElement;
let probe: HTMLElement;
const measured: string[] = [];

async function apply(scheme: Scheme) {
  await emulateMedia({ colorScheme: scheme.os });
  document.documentElement.style.colorScheme = scheme.page;
  box.style.cssText = scheme.section ? `color-scheme: ${scheme.section}; background: Canvas; color: CanvasText` : '';
}

/** Each text of `parts` at 4.5:1 or better in every scheme, the scheme the expected one. */
async function expectReadable(state: string, el: Element, parts: Record<string, Element | null>, accented: Element = button(el)) {
  const failures: string[] = [];
  for (const scheme of schemes) {
    await apply(scheme);
    expect(getComputedStyle(accented).backgroundColor, `${state}, ${scheme.name}: accent`).to.equal(accent[scheme.expect]);
    const canvas = parse(getComputedStyle(probe).backgroundColor);
    for (const [part, node] of Object.entries(parts)) {
      if (!node?.textContent?.trim() && !(node instanceof HTMLInputElement)) throw new Error(`${state}: ${part} shows no text`);
      const { text, background, opacity } = painted(node!, canvas);
      const contrast = ratio(text, background);
      const on = `${getComputedStyle(node!).color} on ${background.slice(0, 3).map(Math.round).join(',')}`;
      const faded = opacity < 1 ? ` (opacity ${opacity})` : '';
      const line = `${scheme.expect.padEnd(5)} ${state.padEnd(8)} ${part.padEnd(9)} ${contrast.toFixed(2).padStart(5)}:1  ${on}${faded}  [${scheme.name}]`;
      measured.push(line);
      if (contrast < 4.5) failures.push(line);
    }
  }
  expect(failures, 'below 4.5:1').to.deep.equal([]);
}

describe('text colours: WCAG AA in every state, following the page colour scheme', () => {
  before(async () => {
    await logout();
    await VirtualAuthenticator.add();
  });
  after(async () => {
    await VirtualAuthenticator.reset();
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
    console.log(`contrast (scheme, state, part, ratio, text on background):\n${measured.join('\n')}`);
  });
  beforeEach(async () => {
    box = await fixture(html`<div><div style="background: Canvas" id="probe"></div></div>`);
    probe = box.querySelector('#probe')!;
  });

  async function register(baseUrl = '/passkeys') {
    box.insertAdjacentHTML('beforeend', `<passkey-register base-url="${baseUrl}"></passkey-register>`);
    const el = box.lastElementChild as PasskeyRegister;
    await el.updateComplete;
    return el;
  }

  it('idle: button, label and typed text', async () => {
    const el = await register();
    await type(el, 'ada');
    await expectReadable('idle', el, { button: button(el), label: el.querySelector('label'), input: input(el) });
  });

  it('busy: the button (not faded) and the waiting message', async () => {
    const el = await register('/faults/hang');
    await type(el, 'ada');
    button(el).click();
    await messageSays(el, /Waiting/);
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    await expectReadable('busy', el, { button: button(el), message: message(el) });
    el.remove(); // aborts the request
  });

  it('success, then error with "Sign in instead" (a real passkey, then the same account again)', async () => {
    const el = await register();
    await type(el, uniqueName());
    const success = nextEvent(el, 'passkey-register-success');
    button(el).click();
    await success;
    await el.updateComplete;
    await expectReadable('success', el, { message: message(el), button: button(el) });
    const failed = nextEvent(el, 'passkey-register-error');
    button(el).click();
    await failed;
    await el.updateComplete;
    const secondary = el.shadowRoot!.querySelector('[part~="secondary"]');
    expect(message(el).getAttribute('part')).to.contain('error');
    await expectReadable('error', el, { message: message(el), secondary, button: button(el) });
  });

  it('<passkey-list>: cards, badge, details, rename, confirmation, warning, error, empty', async () => {
    // The list's own reply (a custom fetch, public API): a passkey with a known AAGUID shows its
    // provider's letter badge, which the demo RP's virtual-authenticator passkeys cannot.
    let reply: unknown = [
      { id: 'AAAA', name: 'Work laptop', aaguid: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd', createdAt: '2026-11-01T10:00:00Z', backedUp: true },
    ];
    const fetch = (async () =>
      reply === 500
        ? new Response('{"error":"The server had a problem."}', { status: 500 })
        : new Response(JSON.stringify(reply), { headers: { 'Content-Type': 'application/json' } })) as typeof globalThis.fetch;
    const el = document.createElement('passkey-list');
    el.innerHTML = '<a slot="fallback" href="#x">a magic link</a>';
    el.fetch = fetch;
    box.append(el);
    const at = (name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
    await waitUntil(() => at('icon')?.textContent?.trim() === 'A', 'the provider badge');
    const add = at('add') as HTMLElement;
    await expectReadable('list', el, { name: at('name'), details: at('details'), icon: at('icon'), rename: at('rename'), remove: at('remove'), add }, add);
    (at('rename') as HTMLElement).click();
    await el.updateComplete;
    await expectReadable('rename', el, { label: el.shadowRoot!.querySelector('label'), input: at('input'), save: at('save'), cancel: at('cancel') }, add);
    (at('cancel') as HTMLElement).click();
    await el.updateComplete;
    (at('remove') as HTMLElement).click();
    await el.updateComplete;
    await expectReadable('confirm', el, { text: at('confirm')!.querySelector('p'), warning: at('warning'), danger: at('danger'), keep: at('keep') }, add);
    reply = [];
    await el.reload();
    await expectReadable('empty', el, { empty: at('empty'), add: at('add') }, at('add') as HTMLElement);
    reply = 500;
    el.remove();
    box.append(el);
    await waitUntil(() => at('message')?.getAttribute('part') === 'message error', 'the error');
    await expectReadable('error', el, { message: at('message'), add: at('add') }, at('add') as HTMLElement);
  });

  it('keeps the public custom properties in both schemes, light-dark() in them too', async () => {
    const el = await register();
    // One colour for both schemes, or one for each through light-dark().
    el.style.cssText = '--passkey-accent: #0f766e; --passkey-on-accent: #f0fdfa; --passkey-error-color: light-dark(#9d174d, #f9a8d4)';
    message(el).setAttribute('part', 'message error');
    for (const [scheme, error] of [
      [schemes[0], 'rgb(157, 23, 77)'],
      [schemes[2], 'rgb(249, 168, 212)'],
    ] as const) {
      await apply(scheme);
      expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(15, 118, 110)');
      expect(getComputedStyle(button(el)).color).to.equal('rgb(240, 253, 250)');
      expect(getComputedStyle(message(el)).color).to.equal(error);
    }
  });
});
