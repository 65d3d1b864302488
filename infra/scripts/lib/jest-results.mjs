import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Counts passed and failed tests from each project's Jest JSON report. A project that left no
 * report (Jest could not start, global setup failed) counts as one failure, so it cannot pass
 * silently.
 */
export function countJestResults(reportsDir, projects) {
  const totals = { passed: 0, failed: 0, missing: [] };
  for (const project of projects) {
    const file = join(reportsDir, `${project}.json`);
    if (!existsSync(file)) {
      totals.missing.push(project);
      totals.failed += 1;
      continue;
    }
    const report = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += report.numPassedTests;
    // A suite that fails to load has no failed tests of its own; count it too.
    totals.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  }
  return totals;
}
