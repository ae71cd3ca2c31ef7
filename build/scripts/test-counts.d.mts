// Types for test-counts.mjs (used from TypeScript by its unit test).
export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}
export function vitestCounts(report: unknown): TestCounts;
export function playwrightCounts(report: unknown): TestCounts;
