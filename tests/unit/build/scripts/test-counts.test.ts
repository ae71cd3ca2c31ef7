// The summary line of `npm test` (and so of .ci/run) counts each failing test once, and counts a test file that
// failed without a failing test (an import error) as a failure; shapes as Vitest 4 and Playwright write them.
import { describe, expect, it } from 'vitest';
import { playwrightCounts, vitestCounts } from '../../../../build/scripts/test-counts.mjs';

const file = (status: string, tests: string[]) => ({ status, name: 'x.test.ts', message: '', assertionResults: tests.map((s) => ({ status: s })) });

describe('vitestCounts', () => {
  it('counts a failing test once, not again for its file and describe block', () => {
    // one failing test: Vitest reports numFailedTests 1 and numFailedTestSuites 2 (its file and its describe)
    const report = { numPassedTests: 3, numFailedTests: 1, numFailedTestSuites: 2, numPendingTests: 0, numTodoTests: 0, testResults: [file('failed', ['passed', 'failed']), file('passed', ['passed', 'passed'])] };
    expect(vitestCounts(report)).toEqual({ passed: 3, failed: 1, skipped: 0 });
  });

  it('counts a file that failed with no failing test (it did not import) as one failure', () => {
    const report = { numPassedTests: 2, numFailedTests: 0, numFailedTestSuites: 1, numPendingTests: 1, numTodoTests: 1, testResults: [file('failed', []), file('passed', ['passed', 'passed', 'pending', 'todo'])] };
    expect(vitestCounts(report)).toEqual({ passed: 2, failed: 1, skipped: 2 });
  });

  it('counts a missing report as one failure', () => {
    expect(vitestCounts(null)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });
});

describe('playwrightCounts', () => {
  it('walks nested suites: flaky passes, skipped skips, unexpected and global errors fail', () => {
    const t = (status: string) => ({ status });
    const report = {
      suites: [
        { specs: [{ tests: [t('expected'), t('skipped')] }], suites: [{ specs: [{ tests: [t('flaky'), t('unexpected')] }] }] },
      ],
      errors: [{ message: 'webServer did not start' }],
    };
    expect(playwrightCounts(report)).toEqual({ passed: 2, failed: 2, skipped: 1 });
  });
});
