import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'libs', 'testing', 'fixtures');

/** Where the offline FHIR validator and its inputs live. */
export const FHIR_VALIDATOR_PATHS = {
  /** Built by `buildScript`; git-ignored. */
  jar: join(ROOT, 'tools', 'fhir-validate', 'target', 'fhir-validate.jar'),
  allowList: join(ROOT, 'tools', 'fhir-validate', 'allow-list.json'),
  /** The same build the test command runs first; a no-op when the jar is current. */
  buildScript: join(ROOT, 'infra', 'scripts', 'lib', 'fhir-validator-build.mjs'),
  /**
   * The FHIR packages (PAS 2.2.1, US Core 7.0.0), vendored in libs/testing/fixtures so a clean
   * clone validates offline; FHIR_PACKAGES_DIR points elsewhere.
   */
  packages: process.env['FHIR_PACKAGES_DIR'] ?? join(FIXTURES, 'fhir-packages'),
  /** The official PAS 2.2.1 example instances; PAS_EXAMPLES_DIR points elsewhere. */
  pasExamples: process.env['PAS_EXAMPLES_DIR'] ?? join(FIXTURES, 'pas'),
  root: ROOT,
} as const;
