// Test counts for the summary line of `npm test`, read from the runners' JSON reports.

/**
 * Counts Vitest's JSON report: tests passed, failed and skipped. A test file that failed without a failing test
 * (it did not import, or a hook threw) counts as one failure; a failing test is counted once, not again for the
 * file and describe blocks around it (Vitest's `numFailedTestSuites` counts those too). No report is one failure.
 */
export function vitestCounts(report) {
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Counts Playwright's JSON report: a flaky test (passed on retry) counts as passed; a global error as a failure. */
export function playwrightCounts(report) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const status = t.status ?? 'unexpected';
        if (status === 'skipped') counts.skipped += 1;
        else if (status === 'expected' || status === 'flaky') counts.passed += 1;
        else counts.failed += 1;
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  if (report?.errors?.length) counts.failed += report.errors.length;
  return counts;
}
