// One row of "ours against the hand-written baseline" from interleaved samples.
import { median, medianCI, ms, ratio, signedMs, summary } from './stats.js';

export const COMPARE_HEADERS = ['measure', 'ours median (p25–p75)', 'baseline median (p25–p75)', 'ours − baseline (medians)', 'ours ÷ baseline', 'median of paired differences [95% CI]', 'runs ok (ours / baseline)', 'target', 'met'];

const cell = (s) => (s.n ? `${ms(s.median)} ms (${ms(s.p25)}–${ms(s.p75)})` : 'n/a');

/** @param {string} name @param {{samples, pairs, failures}} result @param {number} targetMs */
export function compareRow(name, { samples, pairs, failures }, targetMs) {
  const ours = summary(samples.ours);
  const base = summary(samples.baseline);
  const diff = ours.median - base.median;
  const met = Number.isFinite(diff) ? diff <= targetMs : undefined;
  const [low, high] = medianCI(pairs);
  const certainty = !Number.isFinite(high)
    ? []
    : high <= targetMs
      ? [`${name}: the whole 95% CI of the paired difference is within +${targetMs} ms.`]
      : low > targetMs
        ? [`${name}: the whole 95% CI of the paired difference is above +${targetMs} ms.`]
        : [`${name}: the 95% CI of the paired difference (${ms(low)} to ${ms(high)} ms) straddles +${targetMs} ms: the verdict is within this run's noise.`];
  const ok = (v) => `${samples[v].length}${failures[v].length ? ` (${failures[v].length} failed)` : ''}`;
  return {
    met,
    diff,
    row: [name, cell(ours), cell(base), signedMs(diff), ratio(ours.median / base.median), `${signedMs(median(pairs))} [${medianCI(pairs).map(ms).join(', ')}]`, `${ok('ours')} / ${ok('baseline')}`, `≤ +${targetMs} ms`, met === undefined ? 'n/a' : met ? 'yes' : '**NO**'],
    certainty,
    failureNotes: ['ours', 'baseline'].flatMap((v) => (failures[v].length ? [`${name}, ${v}: ${failures[v].length} failed run(s), first: ${failures[v][0]}`] : [])),
  };
}
