// Shared result type of the benchmark scripts (npm run bench collects these from each bench module).
// A result is one measured quantity with its median, 95th percentile and budget.

export interface BenchResult {
  /** What was measured, e.g. "simulate label-rr 84 d, 15-min output". */
  name: string;
  median: number;
  p95: number;
  unit: 'ms' | 'fps' | 'KB';
  /** The budget the median is held to. */
  budget: number;
  /** 'max': median must be ≤ budget; 'min': median must be ≥ budget. */
  budgetKind: 'max' | 'min';
  /** Number of measured runs (after warm-up). */
  runs: number;
}
