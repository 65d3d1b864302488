/** The middle and the 90th percentile of some figures, nearest rank, with how many there were. */
export interface Distribution {
  count: number;
  median: number | null;
  p90: number | null;
}

export function distributionOf(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) =>
    sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]!;
  return { count: sorted.length, median: at(0.5), p90: at(0.9) };
}
