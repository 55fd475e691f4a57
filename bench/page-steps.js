// Steps shared by the timing sections, on a page from openPage().
const WAIT = { timeout: 15_000, polling: 5 };
/** Pause before a timed click, the same for both variants: a user clicks after the page has settled. */
export const SETTLE_MS = 250;

/** Waits for the conditional (autofill) get() and returns when it was called (ms since navigation start). */
export async function armedAt(page) {
  await page.waitForFunction(() => window.__bench.gets.some((g) => g.mediation === 'conditional'), WAIT);
  return page.evaluate(() => window.__bench.gets.find((g) => g.mediation === 'conditional').at);
}

/**
 * Where the time to armed autofill went, from the page's Resource Timing entries (no extra
 * instrumentation): the page's one script received, the options request started, its response
 * received (by the network stack), and the conditional get() call. ms since navigation start.
 */
export function autofillPhases(page) {
  return page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const script = entries.find((e) => e.initiatorType === 'script');
    const options = entries.find((e) => e.name.includes('/login/options'));
    const get = window.__bench.gets.find((g) => g.mediation === 'conditional');
    return { script: script?.responseEnd, start: options?.startTime, reply: options?.responseEnd, get: get?.at };
  });
}

/**
 * Real mouse click on the page's one button (ours is in a shadow root), then click → first
 * success/error event. settle: pause first (SETTLE_MS) for a timed click.
 */
export async function clickToEvent(page, { settle = false } = {}) {
  const button = await page.waitForSelector('pierce/button', { timeout: WAIT.timeout });
  if (settle) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  await button.click();
  await page.waitForFunction(() => window.__bench.events.length > 0, WAIT);
  const { clickAt, events } = await page.evaluate(() => window.__bench);
  const [first] = events;
  if (!first.type.endsWith('-success')) throw new Error(`${first.type}: ${first.error}`);
  return first.at - clickAt;
}

/** Types a username into the page's one input the way a script would (value + input event). */
export function fillUsername(page, username) {
  return page.$eval('input', (input, value) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, username);
}

let users = 0;
/** A username no run has used. */
export const freshUsername = (tag) => `bench-${tag}-${process.pid}-${Date.now().toString(36)}-${++users}`;
