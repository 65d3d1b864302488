// npm test: brings the infrastructure up if needed, then typechecks, lints and runs every
// project's tests against the real PostgreSQL, Redis and Kafka broker. Ends with the line
// `N passed, N failed`, counted from Jest's JSON reports.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildConsole, buildWorkspace, ROOT } from './lib/build.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureFhirValidatorJar } from './lib/fhir-validator-build.mjs';
import { infrastructureUp, TEST_DATABASE_URL } from './lib/infrastructure.mjs';
import { countJestResults } from './lib/jest-results.mjs';
import { projectsWithTarget, runNx } from './lib/nx.mjs';

const log = (message) => console.log(`[test] ${message}`);
const REPORTS = join(ROOT, 'reports', 'jest');

async function main() {
  const started = Date.now();
  await infrastructureUp({ log });
  log(`infrastructure ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The PAS tests validate Bundles with it; a failed build fails those tests, not the whole run.
  await ensureFhirValidatorJar({ log }).catch((error) => log(error.message));
  // The console's browser tests drive Debian's chromium; without it they fail saying so.
  ensureChromium({ log });

  // The tests that run apps as processes (system tests, the workers' dashboard and programmes)
  // start them from dist/: built once here, their own builds find nothing to redo, and no two
  // test files write dist/ at the same time.
  try {
    buildWorkspace();
    buildConsole();
  } catch (error) {
    log(`the build failed; the tests that run built apps will fail too:\n${error.message}`);
  }

  const staticChecksPassed = runNx([
    'run-many',
    '-t',
    'typecheck',
    'lint',
    '--parallel=2',
    '--output-style=static',
  ]);

  rmSync(REPORTS, { recursive: true, force: true });
  runNx(['run-many', '-t', 'test', '--parallel=2', '--output-style=static'], {
    ...process.env,
    TEST_DATABASE_URL,
  });

  const results = countJestResults(REPORTS, projectsWithTarget('test'));
  if (results.missing.length > 0)
    log(`no Jest report from: ${results.missing.join(', ')} (each counted as a failure)`);
  if (!staticChecksPassed) log('typecheck or lint failed (see above)');
  log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exitCode = results.failed === 0 && staticChecksPassed ? 0 : 1;
}

main().catch((error) => {
  console.error(`[test] ${error.stack ?? error.message}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
