// Order statistics for timing samples (nearest-rank; no interpolation).

/** @param {number[]} xs @param {number} p 0..100 */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Median: the mean of the two middle values for an even count. */
export function median(xs) {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** median, p25, p75, min of a sample */
export function summary(xs) {
  return { n: xs.length, median: median(xs), p25: percentile(xs, 25), p75: percentile(xs, 75), min: Math.min(...xs) };
}

export const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
export const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
export const signedMs = (x) => (Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} ms` : 'n/a');

/**
 * Distribution-free ~95% confidence interval of the median (sign-test order statistics): the
 * k-th smallest and k-th largest values, k the largest with P(Binomial(n, ½) < k) ≤ 2.5%.
 */
export function medianCI(xs) {
  const n = xs.length;
  const sorted = [...xs].sort((a, b) => a - b);
  let cumulative = 0;
  let term = 0.5 ** n; // P(X = 0)
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (cumulative + term > 0.025) break;
    cumulative += term;
    k = i + 1;
    term *= (n - i) / (i + 1);
  }
  return k ? [sorted[k - 1], sorted[n - k]] : [NaN, NaN];
}
