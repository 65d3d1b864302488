import { AuthorizationApproved } from '@infuse/contracts';
import { PAS_PROFILES } from '@infuse/pas';
import { queryTestDatabase, startFhirValidator, TopicReader, tokenFor } from '@infuse/testing';
import { type InfuseStack, startInfuseStack } from './support/infuse-stack';
import { readmeExampleReferral, referralFor, withIgg } from './support/referral-for-payer';
import { waitFor } from './support/wait-for';

// A referral's way through prior authorization across the real services, as processes on the
// real PostgreSQL and broker: referrals accepts it, prior-auth builds and sends the PAS bundle,
// the payer sandbox answers it, a payer reviewer decides pended requests, and an approval opens
// the first dispense order in the pharmacist's queue.

interface Authorization {
  id: string;
  referralId: string;
  status: string;
  payerId: string;
  hcpcs: string;
  requestedUnits: number;
  authorizedUnits: number | null;
  authorizationNumber: string | null;
  period: { start: string; end: string } | null;
  exchanges: { operation: string; httpStatus: number | null; decision: string }[];
}

interface PayerRequest {
  id: string;
  status: string;
  patient: { name: string };
}

// Member ids in each payer's format (apps/payer-sandbox/config/payers.json).
const ACME_MEMBER = 'ACM-883920114';
const NORTHWIND_MEMBER = 'NW4TE5MK72';
const MEDICAID_MEMBER = '2048173399';

describe('prior authorization across referrals, prior-auth and the payer sandbox', () => {
  let stack: InfuseStack;
  let authorizations: TopicReader;
  let coordinator: string;
  // Every authorization the scenarios drove, to check the last Bundle sent for each.
  const driven: string[] = [];

  beforeAll(async () => {
    stack = await startInfuseStack(['referrals', 'payer-sandbox', 'prior-auth', 'pharmacy']);
    authorizations = await TopicReader.start(
      `${stack.topicPrefix}${AuthorizationApproved.topic}`,
      30_000,
    );
    coordinator = await tokenFor('intake_coordinator', 'ic-e2e');
  }, 240_000);

  afterAll(async () => {
    await authorizations?.stop();
    await stack?.close();
  });

  async function submitReferral(body: unknown): Promise<string> {
    const response = await stack
      .service('referrals')
      .http.post<{ id: string; status: string }>('/v1/referrals', body, coordinator);
    expect(response.status).toBe(201);
    expect(response.body.status).toBe('accepted');
    return response.body.id;
  }

  async function authorizationOf(referralId: string, status: string): Promise<Authorization> {
    const priorAuth = stack.service('prior-auth').http;
    const listed = await waitFor(
      `the authorization of ${referralId} to be ${status}`,
      async () =>
        (
          await priorAuth.get<{ items: Authorization[] }>(
            `/v1/authorizations?referralId=${referralId}`,
            coordinator,
          )
        ).body.items?.[0],
      (item) => item?.status === status,
    );
    const detail = await priorAuth.get<Authorization>(
      `/v1/authorizations/${listed!.id}`,
      coordinator,
    );
    if (!driven.includes(listed!.id)) driven.push(listed!.id);
    expect(detail.status).toBe(200);
    return detail.body;
  }

  async function pendedRequestOf(payerId: string, lastName: string): Promise<PayerRequest> {
    const reviewer = await tokenFor('payer', `reviewer-${payerId}`, payerId);
    const pended = await waitFor(
      `${payerId}'s inbox to list ${lastName}`,
      async () =>
        (
          await stack
            .service('payer-sandbox')
            .http.get<{ items: PayerRequest[] }>('/v1/requests?status=pended', reviewer)
        ).body.items ?? [],
      (items) => items.some((item) => item.patient.name.includes(lastName)),
    );
    return pended.find((item) => item.patient.name.includes(lastName))!;
  }

  it("approves the README's example (IgG below 200 mg/dL at acme-health) without a hand touching it", async () => {
    const referralId = await submitReferral(readmeExampleReferral());

    const approved = await authorizationOf(referralId, 'approved');

    expect(approved).toMatchObject({ payerId: 'acme-health', hcpcs: 'J1459' });
    expect(approved.authorizedUnits).toBe(approved.requestedUnits);
    const [event] = await authorizations.waitFor(
      (message) =>
        message.headers['ce_type'] === AuthorizationApproved.type &&
        (message.data as { referralId: string }).referralId === referralId,
    );
    expect(event!.data).toMatchObject({
      referralId,
      payerId: 'acme-health',
      outcome: 'certified',
      authorizationNumber: approved.authorizationNumber,
      authorizedUnits: approved.authorizedUnits,
      periodStart: approved.period?.start,
      periodEnd: approved.period?.end,
      reauthorization: false,
    });
    expect(approved.authorizationNumber).toEqual(expect.any(String));

    const pharmacist = await tokenFor('pharmacist', 'ph-e2e');
    const queued = await waitFor(
      'the first dispense order in the pharmacist’s queue',
      async () =>
        (
          await stack
            .service('pharmacy')
            .http.get<{ items: { referralId: string; cycle: number; status: string }[] }>(
              '/v1/dispenses',
              pharmacist,
            )
        ).body.items?.filter((item) => item.referralId === referralId) ?? [],
      (items) => items.length > 0,
    );
    expect(queued).toEqual([expect.objectContaining({ referralId, cycle: 1 })]);
  });

  it('follows a pended request to the reviewer’s approval, and hides it from another payer', async () => {
    const body = referralFor('northwind-medicare', NORTHWIND_MEMBER, (referral) => {
      referral.insurance['planType'] = 'medicare';
    });
    const lastName = String(body.patient['lastName']);
    const referralId = await submitReferral(body);
    await authorizationOf(referralId, 'pended');

    const request = await pendedRequestOf('northwind-medicare', lastName);
    const otherPayer = await tokenFor('payer', 'reviewer-acme', 'acme-health');
    const sandbox = stack.service('payer-sandbox').http;
    expect((await sandbox.get(`/v1/requests/${request.id}`, otherPayer)).status).toBe(404);

    const reviewer = await tokenFor('payer', 'reviewer-nw', 'northwind-medicare');
    const decision = await sandbox.post(
      `/v1/requests/${request.id}/decision`,
      { decision: 'approve', note: 'Meets the PI criteria on review' },
      reviewer,
    );
    expect(decision.status).toBeLessThan(300);

    const approved = await authorizationOf(referralId, 'approved');
    expect(approved.payerId).toBe('northwind-medicare');
    const audited = await queryTestDatabase<{ actor_subject: string; action: string }>(
      `SELECT actor_subject, action FROM "${stack.schemaOf('payer-sandbox')}".audit_log
        WHERE resource_id = $1 ORDER BY occurred_at`,
      [request.id],
    );
    expect(audited.map((row) => row.actor_subject)).toEqual(
      expect.arrayContaining(['reviewer-nw', 'reviewer-acme']),
    );
  });

  it('lets a coordinator appeal a denial', async () => {
    // Multiple sclerosis is no labelled indication of any immunoglobulin: state-medicaid denies it.
    const body = referralFor('state-medicaid', MEDICAID_MEMBER, (referral) => {
      referral.insurance['planType'] = 'medicaid';
      referral.order['diagnosisCode'] = 'G35';
    });
    const referralId = await submitReferral(body);
    const denied = await authorizationOf(referralId, 'denied');

    const appeal = await stack
      .service('prior-auth')
      .http.post(
        `/v1/authorizations/${denied.id}/appeal`,
        { reason: 'Relapsing disease despite first-line therapy; see the consult note.' },
        coordinator,
      );
    expect(appeal.status).toBeLessThan(300);
    await authorizationOf(referralId, 'appealed');
  });

  it('retries a payer that answers 503 and sends the request once', async () => {
    const admin = await tokenFor('admin', 'admin-e2e');
    const fault = await stack
      .service('payer-sandbox')
      .http.post(
        '/v1/faults',
        { payerId: 'acme-health', operation: 'submit', status: 503, count: 2, when: 'after' },
        admin,
      );
    expect(fault.status).toBeLessThan(300);
    const body = referralFor('acme-health', ACME_MEMBER, (referral) => withIgg(referral, 120));
    const referralId = await submitReferral(body);

    const approved = await authorizationOf(referralId, 'approved');

    const stored = await queryTestDatabase<{ count: string }>(
      `SELECT count(*) FROM "${stack.schemaOf('payer-sandbox')}".authorization_request
        WHERE summary->'patient'->>'name' LIKE $1`,
      [`%${String(body.patient['lastName'])}%`],
    );
    expect(stored).toEqual([{ count: '1' }]);
    expect(approved.exchanges.filter((exchange) => exchange.httpStatus === 200)).toHaveLength(1);
  });

  it('turns a refused bundle into submission_failed, and a corrected resubmit into an approval', async () => {
    const body = referralFor('acme-health', 'WRONG-1', (referral) => withIgg(referral, 150));
    const referralId = await submitReferral(body);
    const failed = await authorizationOf(referralId, 'submission_failed');

    const resubmit = await stack
      .service('prior-auth')
      .http.post(
        `/v1/authorizations/${failed.id}/resubmit`,
        { memberId: ACME_MEMBER },
        coordinator,
      );
    expect(resubmit.status).toBeLessThan(300);

    await authorizationOf(referralId, 'approved');
  });

  it('sent only Bundles the HL7 validator engine finds valid PAS 2.2.1', async () => {
    const validator = await startFhirValidator();
    try {
      for (const id of driven) {
        const sent = await stack
          .service('prior-auth')
          .http.get<object>(`/v1/authorizations/${id}/request-bundle`, coordinator);
        expect(sent.status).toBe(200);
        const report = await validator.validate(sent.body, PAS_PROFILES.requestBundle);
        expect({ id, errors: report.errors }).toEqual({ id, errors: [] });
      }
    } finally {
      await validator.stop();
    }
    expect(driven.length).toBeGreaterThanOrEqual(5);
  }, 180_000);
});
