// Options from flags or environment: --n 30 / N=30, --only bytes,autofill / ONLY=...,
// --no-write / BENCH_NO_WRITE=1, --deadline 540 / BENCH_DEADLINE_S (whole run, seconds).
export const SECTIONS = ['bytes', 'autofill', 'ceremony', 'server'];

export function parseArgs(argv = process.argv.slice(2), env = process.env) {
  const flags = new Map();
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].replace(/^--/, '').split('=');
    if (inline !== undefined) flags.set(key, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags.set(key, argv[++i]);
    else flags.set(key, 'true');
  }
  const only = (flags.get('only') ?? env.ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only.filter((s) => !SECTIONS.includes(s));
  if (unknown.length) throw new Error(`--only takes ${SECTIONS.join('|')} (comma-separated), not ${unknown.join(', ')}`);
  const n = Number(flags.get('n') ?? env.N ?? 30);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new Error(`N must be an integer 1..500, not ${n}`);
  return {
    n,
    sections: only.length ? SECTIONS.filter((s) => only.includes(s)) : SECTIONS,
    partial: only.length > 0,
    write: !flags.has('no-write') && !env.BENCH_NO_WRITE,
    deadlineS: Number(flags.get('deadline') ?? env.BENCH_DEADLINE_S ?? 600),
  };
}
