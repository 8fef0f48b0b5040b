// Percentiles, shared by the load generator (HTTP latencies) and the raw SQL replays.

/** Nearest-rank percentile of an ascending array, rounded to 0.01 ms. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank]! * 100) / 100;
}

/** p50/p95/p99 of raw timings in milliseconds. */
export function summarise(timings: number[]): { n: number; p50: number; p95: number; p99: number } {
  const sorted = Float64Array.from(timings).sort();
  return { n: timings.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}
