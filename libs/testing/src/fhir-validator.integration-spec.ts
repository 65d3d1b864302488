import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FhirValidator, startFhirValidator } from './fhir-validator';
import { FHIR_VALIDATOR_PATHS } from './fhir-validator-paths';

// A cold JVM's first validation builds every profile's snapshot: give each test room for it.
jest.setTimeout(90_000);

const REQUEST_BUNDLE =
  'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/profile-pas-request-bundle';

interface ExampleBundle {
  resourceType: 'Bundle';
  meta?: { profile?: string[] };
  entry: { resource: Record<string, unknown> }[];
}

/** The official PAS 2.2.1 `$submit` request Bundles (libs/testing/fixtures/pas/README.md). */
function officialRequestBundles(): [string, ExampleBundle][] {
  return readdirSync(FHIR_VALIDATOR_PATHS.pasExamples)
    .filter((file) => /^Bundle-.*BundleExample\.json$/.test(file))
    .map((file): [string, ExampleBundle] => [
      file,
      JSON.parse(
        readFileSync(join(FHIR_VALIDATOR_PATHS.pasExamples, file), 'utf8'),
      ) as ExampleBundle,
    ])
    .filter(([, bundle]) => bundle.meta?.profile?.includes(REQUEST_BUNDLE));
}

function homecareRequest(): ExampleBundle {
  const bundle = officialRequestBundles().find(([file]) =>
    file.includes('HomecareAuthorizationBundle'),
  );
  if (!bundle) throw new Error('Bundle-HomecareAuthorizationBundleExample.json is missing');
  return bundle[1];
}

function claimOf(bundle: ExampleBundle): Record<string, unknown> {
  const claim = bundle.entry[0]?.resource;
  if (claim?.['resourceType'] !== 'Claim') throw new Error('the first entry is not the Claim');
  return claim;
}

const CLAIM_LOCATION = /^Bundle\.entry\[0\]\.resource\/\*Claim\//;

describe('the offline FHIR validator on PAS 2.2.1 request Bundles', () => {
  let validator: FhirValidator;

  beforeAll(async () => {
    validator = await startFhirValidator();
  }, 180_000); // includes a first Maven build when the jar is missing

  afterAll(async () => {
    await validator?.stop();
  });

  it('finds the official request Bundles', () => {
    // Homecare, Homecare update, MedicalServices, Referral, Surgical.
    expect(officialRequestBundles().map(([file]) => file)).toHaveLength(5);
  });

  it.each(officialRequestBundles())(
    'accepts the official %s with no error outside the allow-list',
    async (_file, bundle) => {
      const report = await validator.validate(bundle, REQUEST_BUNDLE);

      expect(report.errors).toEqual([]);
      // X12 code systems cannot be checked offline: warnings, never errors.
      expect(report.warningsByKind()).toHaveProperty(['Terminology_PassThrough_TX_Message · X12']);
    },
  );

  it('reports a Claim without its patient, at the Claim', async () => {
    const bundle = homecareRequest();
    delete claimOf(bundle)['patient'];

    const report = await validator.validate(bundle, REQUEST_BUNDLE);

    expect(report.errors).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        location: expect.stringMatching(CLAIM_LOCATION),
        messageId: 'Validation_VAL_Profile_Minimum',
        message: expect.stringContaining('Claim.patient: minimum required = 1'),
      }),
    );
  });

  it('reports a Claim whose use is not preauthorization, at Claim.use', async () => {
    const bundle = homecareRequest();
    claimOf(bundle)['use'] = 'claim';

    const report = await validator.validate(bundle, REQUEST_BUNDLE);

    expect(report.errors).toContainEqual(
      expect.objectContaining({
        location: expect.stringMatching(/^Bundle\.entry\[0\]\.resource\/\*Claim\/.*\*\/\.use$/),
        message: expect.stringContaining("fixed to 'preauthorization'"),
      }),
    );
  });

  it('reports each missing element once, not once per candidate Claim profile', async () => {
    const bundle = homecareRequest();
    delete claimOf(bundle)['patient'];
    delete claimOf(bundle)['insurer'];

    const report = await validator.validate(bundle, REQUEST_BUNDLE);

    const missing = report.errors
      .filter((issue) => issue.messageId === 'Validation_VAL_Profile_Minimum')
      .map((issue) => /^(Claim\.\w+):/.exec(issue.message)?.[1]);
    expect(missing.filter((element) => element === 'Claim.patient')).toHaveLength(1);
    expect(missing.filter((element) => element === 'Claim.insurer')).toHaveLength(1);
  });

  it('fails on a profile it has not loaded instead of checking meta.profile alone', async () => {
    const report = await validator.validate(homecareRequest(), `${REQUEST_BUNDLE}-misspelt`);

    expect(report.errors).toEqual([
      expect.objectContaining({ severity: 'fatal', messageId: 'Validation_VAL_Profile_Unknown' }),
    ]);
  });
});
