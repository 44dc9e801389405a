// Order statistics for every benchmark, one definition for all: the nearest-rank percentile
// of the values that are numbers (a query that showed nothing has no time).

/** The smallest value with at least `p` % of the values at or below it (nearest rank); NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The median: for an even count, the lower of the two middle values. */
export const median = (values: readonly number[]): number => percentile(values, 50);
