// Time to armed autofill: navigation start → the conditional navigator.credentials.get() call,
// <passkey-login> (CDN file) against the hand-written page, interleaved, fresh context per run.
import { statSync } from 'node:fs';
import { buildBaseline } from './baseline-build.js';
import { launchBrowser, openPage } from './browser.js';
import { COMPARE_HEADERS, compareRow } from './compare.js';
import { interleave } from './interleave.js';
import { armedAt, autofillPhases } from './page-steps.js';
import { CDN_FILE } from './paths.js';
import { startServer } from './server-process.js';
import { median, ms, signedMs } from './stats.js';
import { markdownTable } from './table.js';

const TARGET_MS = 15;

export const method = `Headless Chromium, one browser; every run gets a fresh browser context (cold cache, no
cookies), its own CDP virtual authenticator (ctap2, internal, resident keys, user verification)
holding one discoverable credential for localhost, with automatic presence simulation off so the
conditional request stays pending, as it does while a user has not picked a passkey yet. The page
is loaded from the bench's server on http://localhost (one Node process serving both pages from
memory and the demo's createRelyingParty() at /passkeys). A script installed with
evaluateOnNewDocument wraps navigator.credentials.get to record performance.now() (time since
navigation start) and then makes the real call. **Ours**: a page with \`<passkey-login>\` loading
dist/cdn/passkey-elements.min.js. **Baseline**: a page with \`<input autocomplete="username webauthn">\`
and one module (bench/pages/baseline-login.js, bundled and minified with the same settings) that
POSTs /passkeys/login/options and calls \`startAuthentication({optionsJSON, useBrowserAutofill: true})\`.
Runs alternate ours/baseline (order flipped every run), after one uncounted warm-up pair.
**Where the time goes** is read after each counted run from the page's Resource Timing entries
(its one script's responseEnd, the options request's startTime and responseEnd: times the network
stack recorded, so "response received → get()" includes any wait for the page's main thread),
with nothing more injected into the page; each phase's median is over the runs, so the phases
need not add up to the total's median.`;

export async function run({ n, log, deadline }) {
  const baselineSizes = await buildBaseline();
  const server = await startServer({ pages: true });
  let browser;
  try {
    browser = await launchBrowser();
    const phases = { ours: [], baseline: [] };
    const measure = async (variant, i) => {
      const p = await openPage(browser);
      try {
        await p.addStrayCredential();
        await p.setPresence(false);
        await p.page.goto(`${server.origin}/${variant}/login`, { waitUntil: 'load' });
        const at = await armedAt(p.page);
        if (i >= 0) phases[variant].push(await autofillPhases(p.page));
        return at;
      } finally {
        await p.close();
      }
    };
    const result = await interleave({ n, measure, deadline, log, label: 'autofill' });
    const { row, met, failureNotes, certainty } = compareRow('navigation start → conditional get()', result, TARGET_MS);
    return {
      title: 'Time to armed autofill',
      table: `${markdownTable(COMPARE_HEADERS, [row])}\n\nWhere the time goes (medians over the runs, ms):\n\n${phaseTable(phases)}`,
      verdicts: [
        `Target: ours − baseline ≤ ${TARGET_MS} ms at the median: **${met === undefined ? 'n/a' : met ? 'met' : 'NOT met'}**.`,
        `Scripts loaded: ours ${statSync(CDN_FILE).size} B min (the CDN file, both elements); baseline ${baselineSizes.login.min} B min.`,
        ...certainty,
        ...failureNotes,
      ],
      method,
      ok: met === true,
    };
  } finally {
    await browser?.close();
    await server.stop();
  }
}

const PHASES = [
  ['navigation start → the page script received', (p) => p.script],
  ['script received → options request sent (script run, element upgrade, arming)', (p) => p.start - p.script],
  ['options request sent → response received (network, server)', (p) => p.reply - p.start],
  ['response received → conditional get() (main thread, reading the reply, support check)', (p) => p.get - p.reply],
];

function phaseTable(phases) {
  const med = (variant, f) => median(phases[variant].map(f).filter(Number.isFinite));
  return markdownTable(
    ['phase', 'ours', 'baseline', 'ours − baseline'],
    PHASES.map(([name, f]) => [name, ms(med('ours', f)), ms(med('baseline', f)), signedMs(med('ours', f) - med('baseline', f))]),
  );
}
