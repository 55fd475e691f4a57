// `node bench/run.js`: runs the sections, prints one table each, rewrites BENCHMARKS.md (full
// runs only). Options in bench/args.js. Bounded: sections stop starting runs at the deadline and
// the process gives up a minute after it.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from './args.js';
import { machine } from './machine.js';
import { ROOT } from './paths.js';
import { renderReport } from './report.js';
import { snapshotDist } from './snapshot.js';

const SECTIONS = {
  bytes: () => import('./bytes.js'),
  autofill: () => import('./autofill.js'),
  ceremony: () => import('./ceremony.js'),
  server: () => import('./server.js'),
};

const log = (msg) => console.error(`· ${msg}`);

/** Newest mtime under a folder (recursive). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
  }
  return latest;
}

async function main() {
  const args = parseArgs();
  const builtAt = await snapshotDist({ log });
  const stale = newest(`${ROOT}/src`) > builtAt ? 'src/ changed after dist/ was built: these figures are for the dist/ on disk at the start of the run, not the newest sources.' : undefined;
  if (stale) log(`warning: ${stale}`);
  const deadline = Date.now() + args.deadlineS * 1000;
  const giveUp = setTimeout(() => {
    console.error(`bench: not done ${args.deadlineS + 60} s after the start, giving up`);
    process.exit(2);
  }, (args.deadlineS + 60) * 1000);
  giveUp.unref();

  const facts = machine();
  log(`N=${args.n}, sections: ${args.sections.join(', ')}; ${facts.cores} cores, load ${facts.loadavg}; ${facts.chromium}`);
  const sections = [];
  for (const name of args.sections) {
    const started = Date.now();
    log(`${name} …`);
    const { run } = await SECTIONS[name]();
    const result = await run({ n: args.n, log, deadline });
    sections.push(result);
    console.log(`\n## ${result.title}\n\n${result.table}\n\n${result.verdicts.map((v) => `- ${v}`).join('\n')}\n`);
    log(`${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (args.write && !args.partial) {
    const loadEnd = os.loadavg().map((x) => x.toFixed(2)).join(' ');
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    writeFileSync(`${ROOT}/BENCHMARKS.md`, renderReport({ sections, machine: facts, n: args.n, date, loadEnd, stale }));
    log('wrote BENCHMARKS.md');
  } else {
    log('BENCHMARKS.md left as it was (partial or --no-write run)');
  }
  clearTimeout(giveUp);
}

main().catch((error) => {
  console.error(`bench: ${error.expected ? error.message : (error.stack ?? error)}`);
  process.exitCode = 1;
});
