// Runs ours and the baseline alternately (ABBA order across runs), one warm-up pair first that is
// not counted. A failed run is counted and reported, not retried; the loop stops at the deadline.
export const VARIANTS = ['ours', 'baseline'];

/**
 * @param {object} o
 * @param {number} o.n runs per variant
 * @param {(variant: string, i: number) => Promise<number>} o.measure one run, returns ms
 * @param {number} o.deadline Date.now() value after which no new run starts
 * @param {(msg: string) => void} o.log
 * @param {string} o.label
 */
export async function interleave({ n, measure, deadline, log, label }) {
  const samples = { ours: [], baseline: [] };
  const pairs = []; // ours − baseline, for runs where both succeeded
  const failures = { ours: [], baseline: [] };
  for (let i = -1; i < n; i++) {
    if (Date.now() > deadline) {
      log(`${label}: deadline reached after ${i} runs per variant`);
      break;
    }
    const order = i % 2 ? VARIANTS : [...VARIANTS].reverse();
    const got = {};
    for (const variant of order) {
      try {
        got[variant] = await measure(variant, i);
      } catch (error) {
        if (i >= 0) failures[variant].push(error.message.split('\n')[0]);
      }
    }
    if (i < 0) continue; // warm-up
    for (const variant of VARIANTS) if (got[variant] !== undefined) samples[variant].push(got[variant]);
    if (got.ours !== undefined && got.baseline !== undefined) pairs.push(got.ours - got.baseline);
    if ((i + 1) % 10 === 0) log(`${label}: ${i + 1}/${n}`);
  }
  return { samples, pairs, failures };
}
