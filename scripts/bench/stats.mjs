// Medians and ranges for the benchmark's printed figures.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values });

export const ms = (n) => `${n.toFixed(1)} ms`;

/** "median (min–max)" of a summary. */
export const range = (s, digits = 1) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
