import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FhirValidator, startFhirValidator, type ValidationReport } from '@infuse/testing';
import { buildRequestBundle, PAS_PROFILES, PAS_REQUEST_EXAMPLES } from '../src';

// Every kind of request Bundle Infuse sends (IVIG and SCIG, commercial and government plans, a
// reauthorization, an update, a cancel) must be valid PAS 2.2.1 to the HL7 validator engine,
// offline: no error outside the allow-list in tools/fhir-validate. Unresolvable X12, HCPCS and
// place-of-service code systems are warnings; the builder's own tests check those codes.
const LEDGER = join(__dirname, '..', '..', '..', 'reports', 'fhir-validation', 'pas-requests.json');

describe('PAS request Bundles to the HL7 validator engine', () => {
  let validator: FhirValidator;
  const reports = new Map<string, ValidationReport>();

  beforeAll(async () => {
    validator = await startFhirValidator();
  }, 180_000);

  afterAll(async () => {
    await validator?.stop();
    writeLedger(reports);
  });

  it.each(Object.entries(PAS_REQUEST_EXAMPLES))(
    '%s is valid profile-pas-request-bundle',
    async (name, input) => {
      const report = await validator.validate(
        buildRequestBundle(input),
        PAS_PROFILES.requestBundle,
      );
      reports.set(name, report);
      expect(report.errors).toEqual([]);
    },
    90_000,
  );
});

/** Bundles validated, errors, allowed errors and warnings by kind, for the closing figures. */
function writeLedger(reports: Map<string, ValidationReport>): void {
  if (reports.size === 0) return;
  const bundles = Object.fromEntries(
    [...reports].map(([name, report]) => [
      name,
      {
        errors: report.errors.length,
        allowed: report.allowed.length,
        warnings: report.warnings.length,
        warningsByKind: report.warningsByKind(),
      },
    ]),
  );
  mkdirSync(join(LEDGER, '..'), { recursive: true });
  writeFileSync(LEDGER, `${JSON.stringify({ validated: reports.size, bundles }, null, 2)}\n`);
}
