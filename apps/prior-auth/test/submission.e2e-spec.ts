import {
  AuthorizationApproved,
  AuthorizationNeedsReview,
  AuthorizationRequested,
  AuthorizationSubmissionFailed,
  AuthorizationSubmitted,
} from '@infuse/contracts';
import { decodeJwt } from 'jose';
import { claimOf } from './fake-payer';
import { FakeReferrals } from './fake-referrals';
import { type PriorAuthTestService, startPriorAuthService } from './prior-auth-test-service';
import { anAcceptedReferral } from './referral-builder';

type Json = Record<string, unknown>;

const resourcesOf = (bundle: Json, type: string) =>
  (bundle['entry'] as Json[])
    .map((entry) => entry['resource'] as Json)
    .filter((resource) => resource['resourceType'] === type);

describe('prior-auth: from an accepted referral to the payer’s answer', () => {
  let running: PriorAuthTestService;

  beforeAll(async () => {
    // Two dispatches at most: a payer that stays down is given up on within the test.
    running = await startPriorAuthService('ic-21', { OUTBOUND_CALL_MAX_ATTEMPTS: '2' });
  });

  afterAll(async () => {
    await running.stop();
  });

  it('sends the request with its documents inline and announces the approval with number, units and period', async () => {
    const { payer, referrals } = running;
    const referral = anAcceptedReferral();
    payer.answer(referral.insurance.memberId!, {
      answer: 'approve',
      authorizationNumber: 'AUTH-ACME-000184',
      period: { start: '2026-12-07', end: '2027-06-06' },
      quantity: 480,
    });
    const acceptance = await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    const approved = await running.untilStatus(opened!.id, 'approved');

    const [event] = await running.eventsOf(approved.id, AuthorizationApproved.type);
    expect(event!.key).toBe(referral.patientId);
    // Caused by the acceptance whose handling began the request, like every event the request
    // led to, however many calls later; all of them the referral's.
    const [requested] = await running.eventsOf(approved.id, AuthorizationRequested.type);
    const [submitted] = await running.eventsOf(approved.id, AuthorizationSubmitted.type);
    expect(
      [requested, submitted, event].map((message) => [
        message!.headers['ce_causationid'],
        message!.headers['ce_correlationid'],
      ]),
    ).toEqual([
      [acceptance, referral.referralId],
      [acceptance, referral.referralId],
      [acceptance, referral.referralId],
    ]);
    expect(event!.data).toEqual({
      authorizationId: approved.id,
      referralId: referral.referralId,
      patientId: referral.patientId,
      payerId: 'acme-health',
      kind: 'initial',
      outcome: 'certified',
      authorizationNumber: 'AUTH-ACME-000184',
      periodStart: '2026-12-07',
      periodEnd: '2027-06-06',
      hcpcs: 'J1459',
      requestedUnits: 504,
      authorizedUnits: 480,
      reauthorization: false,
      decidedAt: expect.any(String),
    });
    expect(approved).toMatchObject({
      hcpcs: 'J1459',
      requestedUnits: 504,
      authorizedUnits: 480,
      authorizationNumber: 'AUTH-ACME-000184',
      period: { start: '2026-12-07', end: '2027-06-06' },
    });
    expect(approved.history.map((change) => [change.status, change.changedBy])).toEqual([
      ['requested', 'system:prior-auth'],
      ['submitted', 'system:prior-auth'],
      ['approved', 'system:prior-auth'],
    ]);

    // What the payer saw: one submission, as PAS JSON, with prior-auth's provider token.
    const [submission] = payer.submissionsOf(approved.id);
    expect(payer.submissionsOf(approved.id)).toHaveLength(1);
    expect(submission!.contentType).toBe('application/fhir+json');
    expect(decodeJwt(submission!.authorization!.replace('Bearer ', ''))).toMatchObject({
      sub: 'infuse-prior-auth',
      role: 'provider',
    });
    const documents = resourcesOf(submission!.body, 'DocumentReference');
    expect(
      documents.map(
        (document) => (document['content'] as { attachment: Json }[])[0]!.attachment['data'],
      ),
    ).toEqual(
      referral.documents.map((document) =>
        FakeReferrals.contentOf(document.documentId).toString('base64'),
      ),
    );
    // Referrals was read with prior-auth's service identity, once for all the documents.
    const reads = referrals.reads.filter((read) =>
      read.path.startsWith(`/v1/referrals/${referral.referralId}/`),
    );
    expect(reads.map((read) => read.path)).toEqual([
      `/v1/referrals/${referral.referralId}/documents/contents`,
    ]);
    expect(decodeJwt(reads[0]!.authorization!.replace('Bearer ', ''))).toMatchObject({
      sub: 'prior-auth',
      role: 'service',
    });

    // Every exchange is logged, and the last bundle sent reads back exactly.
    expect(approved.exchanges).toEqual([
      {
        operation: 'submit',
        bundleIdentifier: expect.any(String),
        httpStatus: 200,
        decision: 'A1 approved',
        occurredAt: expect.any(String),
      },
    ]);
    const bundle = await running.service.http.get<Json>(
      `/v1/authorizations/${approved.id}/request-bundle`,
      running.coordinator,
    );
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(bundle.body).toEqual(submission!.body);
  });

  it('authorizes the units requested when the payer certifies in total without a quantity', async () => {
    const referral = anAcceptedReferral();
    running.payer.answer(referral.insurance.memberId!, {
      answer: 'approve',
      authorizationNumber: 'AUTH-ACME-000185',
    });
    await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    const approved = await running.untilStatus(opened!.id, 'approved');
    expect([approved.requestedUnits, approved.authorizedUnits, approved.period]).toEqual([
      504,
      504,
      { start: '2026-12-07', end: '2027-06-06' },
    ]);
  });

  it('rides out a payer answering 503 twice: submitted once, the payer seeing the same Claim identifier each try', async () => {
    const { payer } = running;
    const referral = anAcceptedReferral();
    payer.answer(referral.insurance.memberId!, {
      answer: 'unavailable',
      times: 2,
      then: { answer: 'approve', authorizationNumber: 'AUTH-ACME-000186' },
    });
    await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    await running.untilStatus(opened!.id, 'approved');

    const tries = payer.submissionsOf(opened!.id);
    expect(tries).toHaveLength(3);
    expect(new Set(tries.map((attempt) => claimOf(attempt.body)?.value))).toEqual(
      new Set([opened!.id]),
    );
    expect(new Set(tries.map((attempt) => attempt.idempotencyKey)).size).toBe(1);
    expect(new Set(tries.map((attempt) => JSON.stringify(attempt.body))).size).toBe(1);
    expect(await running.eventsOf(opened!.id, AuthorizationSubmitted.type)).toHaveLength(1);
  });

  it('fails a submission the payer refuses for its member id, and approves the resubmission with the corrected id', async () => {
    const { payer, service, coordinator } = running;
    const referral = anAcceptedReferral();
    const wrongMemberId = referral.insurance.memberId!;
    payer.answer(wrongMemberId, { answer: 'unknown-member' });
    await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    const failed = await running.untilStatus(opened!.id, 'submission_failed');
    expect(failed.errors).toEqual([
      {
        code: 'invalid',
        location: 'Coverage.subscriberId',
        message: expect.stringContaining(
          `Member id ${wrongMemberId} is not enrolled with this plan.`,
        ),
      },
    ]);
    const [failure] = await running.eventsOf(opened!.id, AuthorizationSubmissionFailed.type);
    expect((failure!.data as { errors: Json[] }).errors[0]).toMatchObject({
      location: 'Coverage.subscriberId',
    });

    const correctedMemberId = `${wrongMemberId}-01`;
    const resubmitted = await service.http.post(
      `/v1/authorizations/${opened!.id}/resubmit`,
      { memberId: correctedMemberId },
      coordinator,
    );
    expect(resubmitted.status).toBe(200);
    const approved = await running.untilStatus(opened!.id, 'approved');

    const [first, second] = payer.submissionsOf(opened!.id);
    expect(claimOf(second!.body)?.value).toBe(claimOf(first!.body)?.value);
    expect((second!.body['identifier'] as Json)['value']).not.toBe(
      (first!.body['identifier'] as Json)['value'],
    );
    const fullUrls = (bundle: Json) => (bundle['entry'] as Json[]).map((entry) => entry['fullUrl']);
    expect(fullUrls(second!.body).filter((url) => fullUrls(first!.body).includes(url))).toEqual([]);
    expect(resourcesOf(second!.body, 'Coverage')[0]!['subscriberId']).toBe(correctedMemberId);
    expect(approved.memberIdCorrection).toBe(correctedMemberId);
    expect(approved.history.map((change) => change.status)).toEqual([
      'requested',
      'submission_failed',
      'requested',
      'submitted',
      'approved',
    ]);
    expect(approved.history[2]!.changedBy).toBe('ic-21');
    expect(approved.exchanges.map((exchange) => [exchange.httpStatus, exchange.decision])).toEqual([
      [400, 'refused'],
      [200, 'A1 approved'],
    ]);
  });

  it('fails the submission, saying so, when the payer never answers', async () => {
    const referral = anAcceptedReferral();
    running.payer.answer(referral.insurance.memberId!, {
      answer: 'unavailable',
      times: 1000,
      then: { answer: 'pend' },
    });
    await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    const failed = await running.untilStatus(opened!.id, 'submission_failed');
    expect(failed.errors).toEqual([
      {
        code: 'no-answer',
        message: 'Acme Health Plan did not answer after 2 attempts; the request was not received.',
      },
    ]);
    expect(failed.exchanges.map((exchange) => [exchange.httpStatus, exchange.decision])).toEqual([
      [503, 'no answer'],
    ]);
  });

  it('holds a request for a coordinator when referrals does not return one of its documents, naming it', async () => {
    const referral = anAcceptedReferral();
    running.referrals.makeMissing(referral.documents[1]!.documentId);
    const acceptance = await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    const held = await running.untilStatus(opened!.id, 'needs_review');
    expect(held.reviewReason).toBe(
      'document "Immunology consult note" could not be read: referrals did not return it',
    );
    expect(running.payer.submissionsOf(opened!.id)).toEqual([]);
    const [review] = await running.eventsOf(opened!.id, AuthorizationNeedsReview.type);
    expect(review!.headers['ce_causationid']).toBe(acceptance);
  });

  it('holds a request for a coordinator when referrals refuses to read the documents', async () => {
    const referral = anAcceptedReferral();
    running.referrals.refuse(referral.referralId);
    await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    const held = await running.untilStatus(opened!.id, 'needs_review');
    expect(held.reviewReason).toBe('the documents could not be read: referrals answered HTTP 404');
    expect(running.payer.submissionsOf(opened!.id)).toEqual([]);
  });

  it('holds a request for a payer the directory does not know, with the reason, and sends nothing', async () => {
    const referral = anAcceptedReferral((accepted) => {
      accepted.insurance = {
        ...accepted.insurance,
        payerId: 'blue-mountain',
        payerName: 'Blue Mountain Health',
      };
    });
    await running.accept(referral);
    const [held] = await running.requestsOf(referral.referralId);
    expect(held).toMatchObject({
      status: 'needs_review',
      payerId: 'blue-mountain',
      reviewReason: 'payer blue-mountain is not in the payer directory',
      requestedUnits: 504,
    });
    const resubmitted = await running.service.http.post<Json>(
      `/v1/authorizations/${held!.id}/resubmit`,
      {},
      running.coordinator,
    );
    expect(resubmitted.status).toBe(409);
    expect(resubmitted.body['code']).toBe('AUTHORIZATION.NOT_READY');
  });

  it('opens no request for an uninsured referral, and says why', async () => {
    const referral = anAcceptedReferral((accepted) => {
      accepted.insurance = { planType: 'uninsured' };
    });
    await running.accept(referral);
    const { service, coordinator } = running;
    const answer = await eventuallyOk(() =>
      service.http.get<Json>(`/v1/referrals/${referral.referralId}/authorizations`, coordinator),
    );
    expect(answer).toEqual({
      referralId: referral.referralId,
      patientId: referral.patientId,
      payerId: null,
      acceptedAt: new Date(referral.acceptedAt).toISOString(),
      cancelledAt: null,
      authorizationRequired: false,
      reason: 'uninsured',
      items: [],
    });
  });
});

async function eventuallyOk(read: () => Promise<{ status: number; body: Json }>): Promise<Json> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await read();
    if (response.status === 200) return response.body;
    if (Date.now() > deadline) throw new Error(`still ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
