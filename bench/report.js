// BENCHMARKS.md from one run's sections.
const RERUN = `\`\`\`sh
npm run bench                              # npm run build, then node bench/run.js
node bench/run.js --n 50                   # more runs per timing (env N=50 works too)
node bench/run.js --only bytes,server      # some sections; prints only, BENCHMARKS.md untouched
node bench/run.js --no-write               # all sections, print only
\`\`\``;

export function renderReport({ sections, machine, n, date, loadEnd, stale }) {
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`node bench/run.js\` on ${date}; every figure below is from that one run. N = ${n} timed runs per variant and measure (after one uncounted warm-up pair).`,
    '',
    '| machine | |',
    '| --- | --- |',
    `| CPU | ${machine.cores} cores, ${machine.cpu} |`,
    `| memory | ${machine.memoryGiB} GiB |`,
    `| OS | ${machine.os} |`,
    `| Node | ${machine.node} |`,
    `| browser | ${machine.chromium}, headless, via puppeteer-core |`,
    `| load average (1/5/15 min) | ${machine.loadavg} at the start, ${loadEnd} at the end |`,
    '',
    'Other processes (other developers\' test runs) may have been running on this machine during the',
    'run; the load average above says how busy it was. Absolute times move with that load; the',
    'comparisons come from runs interleaved in one process against one server and one browser, so both',
    'sides saw the same conditions. Next to the difference of medians (what the targets are checked on)',
    'is the median of paired differences (ours − baseline within one run pair) with a distribution-free',
    '95% confidence interval: where that interval straddles a target, the verdict is within the noise.',
    ...(stale ? ['', `**Note:** ${stale}`] : []),
    '',
    '## Targets',
    '',
    ...sections.flatMap((s) => s.verdicts.filter((v) => /target/i.test(v)).map((v) => `- ${s.title}: ${v.replace(/^Target: /, '')}`)),
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', s.table, '', ...s.verdicts.map((v) => `- ${v}`), '', `**How it is measured.** ${s.method.replace(/\n/g, ' ')}`, '']),
    '## Re-running',
    '',
    RERUN,
    '',
    'The bench installs the vendor packages into `.bench-cache/vendors` (not into this package), bundles',
    'the floor and the hand-written pages into `.bench-cache/`, starts its own server and browser and',
    'stops them when done. It needs `/usr/bin/chromium` (or `CHROME_PATH`) and a built `dist/`.',
    '',
  ];
  return lines.join('\n');
}
