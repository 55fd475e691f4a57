#!/usr/bin/env node
// A screenshot of every story of the static Storybook, taken in headless Chromium after the
// story's play function has run, to see that each story shows what it claims.
//
//   npm run build-storybook && node scripts/screenshot-stories.js [out-dir] [id-filter]
//
// id-filter: comma-separated parts of story or docs ids; an entry is taken when its id contains
// any of them, and each part must match something (a renamed story fails the run rather than
// dropping out of it). `npm run test:screenshots` runs a few that way in `npm test`.
//
// Serves storybook-static/ on http://localhost (WebAuthn refuses IP addresses), opens each story
// alone in its own browser context, emulates dark mode for stories tagged `dark` and adds a CDP
// virtual authenticator for stories tagged `virtual-authenticator` (their play functions then run
// a real ceremony), and writes OUT/<story-id>.png (default out-dir: storybook-screenshots/), and
// a full-page OUT/docs/<docs-id>.png of each docs page (the autodocs tables, the contract page).
// Then the same story, unreloaded, is laid out again as people with small screens and large text
// see it: 320 CSS px wide (WCAG's reflow width) and a 1280 px window at 200% zoom (640 CSS px at
// twice the pixels), each in light and dark mode, into OUT/readable/<story-id>--<variant>.png. In
// each, nothing may stick out sideways: no page scroll, no part of an element past the viewport,
// no button or message whose text overflows its box.
// Chromium: /usr/bin/chromium, or CHROME_PATH. Exits non-zero if a play function failed, a page
// did not load, a layout check failed, or nothing was taken.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, virtualAuthenticator } from '../test/fixtures/chromium.js';

const root = resolve('storybook-static');
const out = resolve(process.argv[2] || 'storybook-screenshots');
const filters = (process.argv[3] || '').split(',');
const CONCURRENCY = 2;

if (!existsSync(join(root, 'index.json'))) {
  console.error('No storybook-static/index.json: run `npm run build-storybook` first.');
  process.exit(1);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
  let file = join(root, path);
  if (!file.startsWith(root)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, 'localhost', done));
const origin = `http://localhost:${server.address().port}`;

const { entries } = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const taken = Object.values(entries).filter((entry) => filters.some((part) => entry.id.includes(part)));
const stories = taken.filter((entry) => entry.type === 'story');
const docs = taken.filter((entry) => entry.type === 'docs');
const unmatched = filters.filter((part) => !taken.some((entry) => entry.id.includes(part)));
if (unmatched.length || !taken.length) {
  console.error(`Nothing in storybook-static/index.json matches ${unmatched.map((part) => `"${part}"`).join(', ') || 'the filter'}.`);
  process.exit(1);
}

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});

/** Runs in the page before Storybook: records how the story ended, and offers the test host. */
function instrument(virtualAuthenticator) {
  globalThis[Symbol.for('passkey-elements.storybook-test-host')] = {
    virtualAuthenticator,
    // The script emulates the colour scheme before the page loads.
    colorScheme: async () => {},
  };
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (event) => (globalThis.__storyFinished = event.status));
      value.on('playFunctionThrewException', (error) => (globalThis.__playError = error.message));
      value.on('storyThrewException', (error) => (globalThis.__playError = error.message));
    },
  });
}

async function shoot(story) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 560, height: 320, deviceScaleFactor: 1 });
    const tags = story.tags ?? [];
    const dark = tags.includes('dark');
    if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const withAuthenticator = tags.includes('virtual-authenticator');
    if (withAuthenticator) {
      const cdp = await page.createCDPSession();
      await cdp.send('WebAuthn.enable', { enableUI: false });
      await cdp.send('WebAuthn.addVirtualAuthenticator', { options: virtualAuthenticator });
    }
    await page.evaluateOnNewDocument(instrument, withAuthenticator);
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(() => globalThis.__storyFinished, { timeout: 20_000 });
    const [status, error] = await page.evaluate(() => [globalThis.__storyFinished, globalThis.__playError]);
    await page.screenshot({ path: join(out, `${story.id}.png`), fullPage: true });
    // A story that fails its play function says so; its layout is not the question then.
    if (status !== 'success' || error) return { status, error };
    for (const variant of READABLE) {
      await page.setViewport({ width: variant.width, height: 480, deviceScaleFactor: variant.scale });
      if (!dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: variant.scheme }]);
      const overflow = await page.evaluate(overflowing);
      await page.screenshot({ path: join(out, 'readable', `${story.id}--${variant.name}.png`), fullPage: true });
      if (overflow.length) return { status: 'error', error: `${variant.name}: ${overflow.join('; ')}` };
    }
    return { status, error };
  } catch (error) {
    return { status: 'error', error: error.message };
  } finally {
    await context.close();
  }
}

/** Small screens and large text, in both schemes (a story tagged `dark` stays dark: it sets its page's scheme). */
const READABLE = [320, 640].flatMap((width) =>
  ['light', 'dark'].map((scheme) => ({ name: `${width === 320 ? '320px' : 'zoom200'}-${scheme}`, width, scale: width === 320 ? 1 : 2, scheme })),
);

/** Runs in the page: what sticks out sideways, described; none is readable. */
async function overflowing() {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const found = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width} px)`);
  const hosts = [...document.querySelectorAll('.sb-story *')].filter((element) => element.shadowRoot);
  for (const host of hosts) {
    for (const element of [host, ...host.shadowRoot.querySelectorAll('*'), ...host.children]) {
      const box = element.getBoundingClientRect();
      if (!box.width) continue;
      const name = `${host.localName} ${element === host ? '' : element.getAttribute('part') ?? element.localName}`.trim();
      if (box.left < -0.5 || box.right > width + 0.5) found.push(`${name} reaches ${Math.round(box.left)}..${Math.round(box.right)} of ${width} px`);
      if (/^(button|p|label)$/.test(element.localName) && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${name}'s text overflows (${element.scrollWidth} > ${element.clientWidth} px)`);
      }
    }
  }
  return found;
}

async function shootDocs(entry) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await page.screenshot({ path: join(out, 'docs', `${entry.id}.png`), fullPage: true });
  } finally {
    await context.close();
  }
}

mkdirSync(join(out, 'docs'), { recursive: true });
mkdirSync(join(out, 'readable'), { recursive: true });
const queue = [...stories];
const failed = [];
let passed = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let story; (story = queue.shift()); ) {
      const { status, error } = await shoot(story);
      const ok = status === 'success' && !error;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${story.id}${ok ? '' : `: ${error ?? status}`}`);
      if (ok) passed++;
      else failed.push(story.id);
    }
  }),
);
for (const entry of docs) {
  try {
    await shootDocs(entry);
    console.log(`docs ${entry.id}`);
  } catch (error) {
    console.log(`FAIL ${entry.id}: ${error.message}`);
    failed.push(entry.id);
  }
}
await browser.close();
server.close();
console.log(`\nScreenshots in ${out}`);
console.log(`${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
