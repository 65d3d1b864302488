import { PAS_PROFILES } from '@infuse/pas';
import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { CLAIM_SYSTEM, homeInfusionRequest, piLabs } from './home-infusion-request';
import { officialExample } from './official-examples';
import { type SandboxUnderTest, startSandbox } from './payer-sandbox-test-app';

type Json = Record<string, unknown>;
type Parameters = { resourceType: string; parameter: { name: string; resource: Json }[] };

/** An inquiry for a home-infusion request: the Claim inquiry profile, its identifier, the member. */
function inquiryFor(claimValue: string, memberId = 'ACM48151623'): Json {
  const bundle = homeInfusionRequest({ claimValue, memberId }) as {
    entry: { resource: Json }[];
  } & Json;
  const [claim] = bundle.entry;
  if (!claim) throw new Error('no Claim');
  bundle['meta'] = { profile: [PAS_PROFILES.inquiryRequestBundle] };
  claim.resource['meta'] = { profile: [PAS_PROFILES.claimInquiry] };
  return bundle;
}

function firstClaimResponse(parameters: Parameters): Json {
  const [match] = parameters.parameter;
  const entries = (match?.resource['entry'] as { resource: Json }[] | undefined) ?? [];
  return entries[0]?.resource ?? {};
}

describe('payer sandbox: Claim/$inquire', () => {
  let sandbox: SandboxUnderTest;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('answers with the current state of the request as an inquiry response Bundle, audited', async () => {
    const submitted = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ claimValue: 'PA-inq-1', labs: piLabs(150) }),
    );
    expect(submitted.status).toBe(200);
    const response = await sandbox.fhir<Parameters>('/fhir/Claim/$inquire', inquiryFor('PA-inq-1'));
    expect(response.status).toBe(200);
    expect(response.body.resourceType).toBe('Parameters');
    expect(response.body.parameter).toHaveLength(1);
    expect(response.body.parameter[0]).toMatchObject({
      name: 'return',
      resource: { resourceType: 'Bundle', meta: { profile: [PAS_PROFILES.inquiryResponseBundle] } },
    });
    expect(firstClaimResponse(response.body)).toMatchObject({
      resourceType: 'ClaimResponse',
      identifier: [{ system: CLAIM_SYSTEM, value: 'PA-inq-1' }],
      preAuthRef: expect.stringMatching(/^ACME-/),
    });
    const audit = await queryTestDatabase<{
      action: string;
      actor_subject: string;
      patient_id: string;
    }>(
      `SELECT action, actor_subject, patient_id FROM "${sandbox.service.schema}".audit_log
        WHERE action = 'authorization-request.inquire'`,
    );
    expect(audit).toEqual([
      {
        action: 'authorization-request.inquire',
        actor_subject: 'infuse-prior-auth',
        patient_id: 'ACM48151623',
      },
    ]);
  });

  it('answers an unknown request, or one asked for with another member id, with no result', async () => {
    await sandbox.fhir('/fhir/Claim/$submit', homeInfusionRequest({ claimValue: 'PA-inq-2' }));
    for (const inquiry of [inquiryFor('PA-never-sent'), inquiryFor('PA-inq-2', 'ACM000000000')]) {
      const response = await sandbox.fhir<Parameters>('/fhir/Claim/$inquire', inquiry);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ resourceType: 'Parameters' });
    }
  });

  it("shows one provider nothing of another provider's requests", async () => {
    await sandbox.fhir('/fhir/Claim/$submit', homeInfusionRequest({ claimValue: 'PA-inq-3' }));
    const otherProvider = await tokenFor('provider', 'another-pharmacy');
    const response = await sandbox.fhir<Parameters>(
      '/fhir/Claim/$inquire',
      inquiryFor('PA-inq-3'),
      otherProvider,
    );
    expect(response.body).toEqual({ resourceType: 'Parameters' });
  });

  it('answers the official inquiry about the official homecare request it names', async () => {
    const sender = await tokenFor('provider', 'homecare-sender');
    await sandbox.fhir(
      '/fhir/Claim/$submit',
      officialExample('Bundle-HomecareAuthorizationBundleExample.json'),
      sender,
    );
    const response = await sandbox.fhir<Parameters>(
      '/fhir/Claim/$inquire',
      officialExample('Bundle-PASClaimInquiryBundleExample.json'),
      sender,
    );
    expect(response.status).toBe(200);
    const entries = (response.body.parameter[0]?.resource['entry'] as { resource: Json }[]).map(
      (entry) => entry.resource['resourceType'],
    );
    expect(entries).toEqual([
      'ClaimResponse',
      'Organization',
      'Organization',
      'Coverage',
      'Patient',
      'Claim',
    ]);
  });

  it('refuses a $submit request Bundle with a 400 OperationOutcome at its profiles', async () => {
    const response = await sandbox.fhir<{ issue: { expression: string[] }[] }>(
      '/fhir/Claim/$inquire',
      homeInfusionRequest(),
    );
    expect(response.status).toBe(400);
    expect(response.body.issue.flatMap((issue) => issue.expression)).toEqual([
      'Bundle.meta.profile',
      'Bundle.entry[0].resource.meta.profile',
    ]);
  });
});
