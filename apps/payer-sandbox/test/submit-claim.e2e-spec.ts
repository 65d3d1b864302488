import {
  buildRequestBundle,
  PAS_EXTENSIONS,
  PAS_PROFILES,
  PAS_REQUEST_EXAMPLES,
} from '@infuse/pas';
import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { claimResponseOf, reviewActions } from './claim-response-reading';
import { CLAIM_SYSTEM, homeInfusionRequest, isoDay, piLabs } from './home-infusion-request';
import { OFFICIAL_NON_REQUESTS, OFFICIAL_REQUESTS, officialExample } from './official-examples';
import { FHIR_JSON, type SandboxUnderTest, startSandbox } from './payer-sandbox-test-app';

type Json = Record<string, unknown>;
type Outcome = {
  resourceType: string;
  issue: { severity: string; code: string; expression?: string[] }[];
};

describe('payer sandbox: Claim/$submit', () => {
  let sandbox: SandboxUnderTest;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });

  afterAll(async () => {
    await sandbox.close();
  });

  async function storedRequests(claimValue: string): Promise<{ status: string }[]> {
    return queryTestDatabase<{ status: string }>(
      `SELECT status FROM "${sandbox.service.schema}".authorization_request WHERE claim_value = $1`,
      [claimValue],
    );
  }

  it.each(OFFICIAL_REQUESTS)('answers the official %s with a PAS response Bundle', async (file) => {
    const request = officialExample<{ entry: { resource: Json }[] }>(file);
    // The examples reuse one Claim identifier (111099) for different requests; sent by one
    // provider, the later ones would rightly get the first one's stored answer.
    const provider = await tokenFor('provider', `example-sender-${file}`);
    const response = await sandbox.fhir(`/fhir/Claim/$submit`, request, provider);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(response.body).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      meta: {
        profile: [PAS_PROFILES.responseBundle],
      },
    });
    const claim = request.entry[0]?.resource ?? {};
    expect(claimResponseOf(response.body)).toMatchObject({
      identifier: claim['identifier'],
      use: 'preauthorization',
      outcome: 'complete',
    });
    // The sandbox plays none of these examples' payers: each is pended for a reviewer (or, for
    // an item the provider cancelled, answered cancelled), every item answered by its sequence.
    const sequences = (claim['item'] as Json[]).map((item) => item['sequence']);
    const actions = reviewActions(response.body);
    expect(actions.map((action) => action.sequence)).toEqual(sequences);
    expect(actions.every((action) => action.code === 'A4' || action.code === 'C')).toBe(true);
  });

  it.each(OFFICIAL_NON_REQUESTS)(
    'refuses the official %s with one OperationOutcome saying where',
    async (file, expressions) => {
      const response = await sandbox.fhir<Outcome>('/fhir/Claim/$submit', officialExample(file));
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
      expect(response.body.resourceType).toBe('OperationOutcome');
      expect(response.body.issue.flatMap((issue) => issue.expression ?? [])).toEqual(expressions);
    },
  );

  it("answers the Bundles prior-auth's request builder makes, from the payer their insurer names", async () => {
    const sender = await tokenFor('provider', 'request-builder');
    const { ivigCommercialInitial, ivigUpdate, ivigCancel } = PAS_REQUEST_EXAMPLES;
    const answers = [];
    for (const input of [ivigCommercialInitial, ivigUpdate, ivigCancel])
      answers.push(await sandbox.fhir('/fhir/Claim/$submit', buildRequestBundle(input), sender));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const [initial, update, cancel] = answers.map((answer) => reviewActions(answer.body)[0]);
    // Its labs are dated early in 2026: too old for acme-health's renal-lab window, so pended.
    expect(initial).toMatchObject({ sequence: 1, code: 'A4' });
    expect(update?.code).toBe('A4');
    expect(cancel?.code).toBe('C');
    const rows = await queryTestDatabase<{ payer_id: string; status: string }>(
      `SELECT payer_id, status FROM "${sandbox.service.schema}".authorization_request
        WHERE provider_subject = 'request-builder'`,
    );
    expect(rows).toEqual([{ payer_id: 'acme-health', status: 'cancelled' }]);
  });

  it('takes application/json as FHIR JSON, and a Parameters wrapping the Bundle', async () => {
    const bundle = homeInfusionRequest();
    const asJson = await sandbox.service.http.post('/fhir/Claim/$submit', bundle, sandbox.provider);
    expect(asJson.status).toBe(200);
    const wrapped = await sandbox.fhir('/fhir/Claim/$submit', {
      resourceType: 'Parameters',
      parameter: [{ name: 'resource', resource: homeInfusionRequest() }],
    });
    expect(wrapped.status).toBe(200);
  });

  it('answers a missing token with 401 and an OperationOutcome', async () => {
    const response = await sandbox.fhir<Outcome>(
      '/fhir/Claim/$submit',
      homeInfusionRequest(),
      null,
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(response.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'login' }],
    });
  });

  it('answers a nurse with 403 and an OperationOutcome', async () => {
    const nurse = await tokenFor('nurse', 'rn-7');
    const response = await sandbox.fhir<Outcome>(
      '/fhir/Claim/$submit',
      homeInfusionRequest(),
      nurse,
    );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'forbidden' }],
    });
  });

  it.each([
    ['malformed JSON', 'application/fhir+json', '{"resourceType": "Bundle",', 400, 'structure'],
    ['XML', 'application/fhir+xml', '<Bundle xmlns="http://hl7.org/fhir"/>', 415, 'not-supported'],
    [
      'a NUL character',
      'application/json',
      JSON.stringify({ resourceType: 'Bundle', id: 'a\u0000b' }),
      400,
      'value',
    ],
  ])('refuses %s with an OperationOutcome', async (_case, contentType, rawBody, status, code) => {
    const response = await sandbox.service.http.request<Outcome>('POST', '/fhir/Claim/$submit', {
      token: sandbox.provider,
      rawBody,
      headers: { 'content-type': contentType },
    });
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code }] });
  });

  it('refuses identifiers longer than any real one before storing them', async () => {
    const response = await sandbox.fhir<Outcome>(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ claimValue: 'P'.repeat(5_000), bundleValue: 'B'.repeat(5_000) }),
    );
    expect(response.status).toBe(400);
    expect(response.body.issue.map((issue) => [issue.code, issue.expression?.[0]])).toEqual([
      ['too-long', 'Bundle.entry[0].resource.identifier[0].value'],
      ['too-long', 'Bundle.identifier.value'],
    ]);
  });

  it('answers an unknown FHIR route with a 404 OperationOutcome', async () => {
    const response = await sandbox.fhir<Outcome>('/fhir/Claim/$validate', homeInfusionRequest());
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'not-found' }],
    });
  });

  it("refuses a member id the payer does not issue, at the Coverage's subscriberId, storing nothing", async () => {
    const claimValue = 'PA-member-typo';
    const response = await sandbox.fhir<Outcome>(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ claimValue, memberId: 'ACM4815' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.issue).toEqual([
      expect.objectContaining({
        code: 'value',
        expression: ['Bundle.entry[4].resource.subscriberId'],
      }),
    ]);
    expect(await storedRequests(claimValue)).toEqual([]);
  });

  it('approves a PI request to acme-health with IgG 150 and fresh renal labs (A1, authorization number, period)', async () => {
    const request = homeInfusionRequest({
      labs: piLabs(150, 10),
      units: 48,
      startInDays: 3,
      months: 6,
    });
    const response = await sandbox.fhir('/fhir/Claim/$submit', request);
    expect(response.status).toBe(200);
    const [action] = reviewActions(response.body);
    expect(action).toMatchObject({
      sequence: 1,
      code: 'A1',
      number: expect.stringMatching(/^ACME-\d{8}$/),
    });
    const claimResponse = claimResponseOf(response.body);
    expect(claimResponse['preAuthRef']).toBe(action?.number);
    expect(claimResponse['preAuthPeriod']).toMatchObject({ start: isoDay(3) });
    const [item] = claimResponse['item'] as Json[];
    expect(
      (item?.['extension'] as Json[]).find(
        (extension) => extension['url'] === PAS_EXTENSIONS.itemPreAuthPeriod,
      ),
    ).toBeDefined();
  });

  it('pends a PI request to acme-health with IgG 400 for a reviewer (A4)', async () => {
    const response = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ labs: piLabs(400) }),
    );
    expect(reviewActions(response.body)).toEqual([{ sequence: 1, code: 'A4', number: undefined }]);
  });

  it('pends a PI request to acme-health whose renal labs are older than 30 days', async () => {
    const response = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ labs: piLabs(150, 31) }),
    );
    expect(reviewActions(response.body)[0]?.code).toBe('A4');
  });

  it('denies an off-label diagnosis at state-medicaid (A3) and approves a labelled one (A1)', async () => {
    const medicaid = { payerId: 'state-medicaid', memberId: '4400123456' };
    const offLabel = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ ...medicaid, diagnosis: 'G35' }),
    );
    expect(reviewActions(offLabel.body)[0]).toMatchObject({
      code: 'A3',
      number: expect.stringMatching(/^SMC-/),
    });
    const labelled = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ ...medicaid, diagnosis: 'G61.81' }),
    );
    expect(reviewActions(labelled.body)[0]?.code).toBe('A1');
  });

  it('pends every northwind-medicare request', async () => {
    const response = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ payerId: 'northwind-medicare', memberId: 'NW7A3K9Q2X' }),
    );
    expect(reviewActions(response.body)[0]?.code).toBe('A4');
  });

  it('answers the same Claim identifier with the same stored answer and stores one request', async () => {
    const claimValue = 'PA-twice';
    const first = await sandbox.fhir('/fhir/Claim/$submit', homeInfusionRequest({ claimValue }));
    // A new Bundle for the same Claim, as a provider retrying with a fresh submission would send.
    const second = await sandbox.fhir('/fhir/Claim/$submit', homeInfusionRequest({ claimValue }));
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await storedRequests(claimValue)).toHaveLength(1);
  });

  it('stores one request when the same Claim arrives many times at once', async () => {
    const claimValue = 'PA-concurrent';
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        sandbox.fhir('/fhir/Claim/$submit', homeInfusionRequest({ claimValue })),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(200));
    const numbers = new Set(responses.map((response) => reviewActions(response.body)[0]?.number));
    expect(numbers.size).toBe(1);
    expect(await storedRequests(claimValue)).toHaveLength(1);
  });

  it('applies an update of a known request, and a cancel marks it cancelled', async () => {
    const claimValue = 'PA-changes';
    const pended = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ claimValue, labs: piLabs(400) }),
    );
    expect(reviewActions(pended.body)[0]?.code).toBe('A4');
    // New labs arrive with an update of the same Claim: the payer's rule now certifies it.
    const updated = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ claimValue, labs: piLabs(150), certificationType: 'S' }),
    );
    expect(reviewActions(updated.body)[0]?.code).toBe('A1');
    const cancel = homeInfusionRequest({ claimValue, certificationType: '3' });
    const cancelled = await sandbox.fhir('/fhir/Claim/$submit', cancel);
    expect(reviewActions(cancelled.body)[0]?.code).toBe('C');
    // The same cancel Bundle again changes nothing and gets the stored answer.
    expect((await sandbox.fhir('/fhir/Claim/$submit', cancel)).body).toEqual(cancelled.body);
    expect(await storedRequests(claimValue)).toEqual([{ status: 'cancelled' }]);
    const submissions = await queryTestDatabase<{ certification: string }>(
      `SELECT s.certification FROM "${sandbox.service.schema}".request_submission s
         JOIN "${sandbox.service.schema}".authorization_request r ON r.id = s.request_id
        WHERE r.claim_value = $1 ORDER BY s.received_at`,
      [claimValue],
    );
    expect(submissions.map((row) => row.certification)).toEqual(['initial', 'update', 'cancel']);
  });

  it('applies the official update to the official request it names', async () => {
    const original = await sandbox.fhir(
      '/fhir/Claim/$submit',
      officialExample('Bundle-HomecareAuthorizationBundleExample.json'),
    );
    const update = await sandbox.fhir(
      '/fhir/Claim/$submit',
      officialExample('Bundle-HomecareAuthorizationUpdateBundleExample.json'),
    );
    expect(reviewActions(update.body).map((action) => [action.sequence, action.code])).toEqual([
      [1, 'A4'],
      [2, 'C'],
      [3, 'A4'],
    ]);
    const [first] = reviewActions(original.body);
    expect(first?.sequence).toBe(1);
    const rows = await queryTestDatabase<{ claim_system: string }>(
      `SELECT claim_system FROM "${sandbox.service.schema}".authorization_request
        WHERE claim_value IN ('111099', '111099-UPDATE') AND payer_id = 'other-payers'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.every((row) => row.claim_system !== CLAIM_SYSTEM)).toBe(true);
  });

  it('answers ready when PostgreSQL answers, and asks neither Kafka nor Redis, which it does not use', async () => {
    const response = await sandbox.service.http.get<{ checks: Record<string, { status: string }> }>(
      '/health/ready',
    );
    expect(response.status).toBe(200);
    expect(response.body.checks).toEqual({ postgres: { status: 'up' } });
    expect(FHIR_JSON).toBe('application/fhir+json');
  });
});
