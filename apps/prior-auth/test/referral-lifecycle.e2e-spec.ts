import { randomUUID } from 'node:crypto';
import {
  AuthorizationApproved,
  DispenseNextCycleHeld,
  AuthorizationCancelled,
  AuthorizationRequested,
  FollowUpDue,
  DispenseVerified,
  ReferralCancelled,
  ReferralDocumentAdded,
  ReferralLabAdded,
} from '@infuse/contracts';
import { eventually, queryTestDatabase } from '@infuse/testing';
import { FakeReferrals } from './fake-referrals';
import { type PriorAuthTestService, startPriorAuthService } from './prior-auth-test-service';
import { type AcceptedReferral, anAcceptedReferral } from './referral-builder';

type Json = Record<string, unknown>;

const resourcesOf = (bundle: Json, type: string) =>
  (bundle['entry'] as Json[])
    .map((entry) => entry['resource'] as Json)
    .filter((resource) => resource['resourceType'] === type);

describe('prior-auth: a referral’s requests as the referral changes', () => {
  let running: PriorAuthTestService;

  beforeAll(async () => {
    running = await startPriorAuthService('ic-23');
  });

  afterAll(async () => {
    await running.stop();
  });

  async function approvedRequest(referral: AcceptedReferral = anAcceptedReferral()) {
    await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    return { referral, approved: await running.untilStatus(opened!.id, 'approved') };
  }

  it('opens one request, audited once, however often the acceptance arrives', async () => {
    const referral = anAcceptedReferral();
    await running.accept(referral);
    await running.accept(referral);
    await running.accept(referral);
    // One patient's events keep their order: once a later referral of the same patient is in, all three were handled.
    const marker = anAcceptedReferral((accepted) => {
      accepted.patientId = referral.patientId;
    });
    await running.accept(marker);
    await running.requestsOf(marker.referralId);
    const requests = await running.requestsOf(referral.referralId);
    expect(requests).toHaveLength(1);
    await running.untilStatus(requests[0]!.id, 'approved');
    expect(await running.eventsOf(requests[0]!.id, AuthorizationRequested.type)).toHaveLength(1);
    const audit = await queryTestDatabase<Json>(
      `SELECT action, actor_subject FROM "${running.service.schema}".audit_log
        WHERE resource_id = $1 AND action IN ('referral-copy.keep', 'authorization.request') ORDER BY id`,
      [referral.referralId],
    );
    expect(audit).toEqual([{ action: 'referral-copy.keep', actor_subject: 'system:prior-auth' }]);
    expect(running.payer.submissionsOf(requests[0]!.id)).toHaveLength(1);
  });

  it('cancels an approved request at the payer when the referral is cancelled', async () => {
    const { referral, approved } = await approvedRequest();
    await running.publish(
      ReferralCancelled,
      {
        referralId: referral.referralId,
        patientId: referral.patientId,
        reason: 'Patient moved to another infusion provider.',
        cancelledAt: new Date().toISOString(),
        cancelledBy: 'ic-17',
      },
      referral.referralId,
    );
    const cancelled = await running.untilStatus(approved.id, 'cancelled');
    expect(cancelled.history.at(-1)).toMatchObject({
      status: 'cancelled',
      reason: 'Referral cancelled: Patient moved to another infusion provider.',
      changedBy: 'system:prior-auth',
    });
    const [event] = await running.eventsOf(approved.id, AuthorizationCancelled.type);
    expect(event!.data).toMatchObject({ payerId: 'acme-health', cancelledBy: 'system:prior-auth' });

    // The payer received a PAS cancellation restating the Claim it approved.
    const cancellation = await eventually(
      'the PAS cancellation',
      () => running.payer.cancellationsOf(approved.id)[0],
    );
    const [claim] = resourcesOf(cancellation.body, 'Claim');
    // Certification type 3 (cancel) on the withdrawn item, the approved Claim named as the one replaced.
    expect(JSON.stringify(claim!['item'])).toContain('"code":"3"');
    const restated = (cancellation.body['entry'] as Json[]).find(
      (entry) =>
        ((entry['resource'] as Json)['identifier'] as Json[] | undefined)?.[0]?.['value'] ===
        approved.id,
    );
    expect(claim!['related']).toEqual([
      expect.objectContaining({
        claim: expect.objectContaining({ reference: restated!['fullUrl'] }),
      }),
    ]);
    expect(await running.eventsOf(approved.id, AuthorizationCancelled.type)).toHaveLength(1);
  });

  it('keeps documents and labs that arrive later, flags a pended request, and the resubmission sends them', async () => {
    const referral = anAcceptedReferral();
    running.payer.answer(referral.insurance.memberId!, { answer: 'pend' });
    await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    await running.untilStatus(opened!.id, 'pended');

    const document = {
      documentId: randomUUID(),
      type: 'vaccine_response' as const,
      title: 'Pneumococcal titers before and after vaccination',
      contentType: 'application/pdf' as const,
      sizeBytes: 184_220,
    };
    const ids = { referralId: referral.referralId, patientId: referral.patientId };
    await running.publish(
      ReferralDocumentAdded,
      { ...ids, document, addedAt: new Date().toISOString(), addedBy: 'ic-17' },
      referral.referralId,
    );
    const lab = {
      code: 'IgG' as const,
      value: 298,
      unit: 'mg/dL' as const,
      collectedOn: '2026-11-21',
    };
    await running.publish(
      ReferralLabAdded,
      { ...ids, lab, addedAt: new Date().toISOString(), addedBy: 'ic-17' },
      referral.referralId,
    );
    const flagged = await eventually('the flagged addition', async () => {
      const view = await running.untilStatus(opened!.id, 'pended');
      return view.flags.length === 2 ? view : undefined;
    });
    expect(flagged.flags).toEqual([
      { kind: 'document', item: document, addedBy: 'ic-17', addedAt: expect.any(String) },
      { kind: 'lab', item: lab, addedBy: 'ic-17', addedAt: expect.any(String) },
    ]);

    running.payer.answer(referral.insurance.memberId!, {
      answer: 'approve',
      authorizationNumber: 'AUTH-ACME-000401',
    });
    const resubmitted = await running.service.http.post(
      `/v1/authorizations/${opened!.id}/resubmit`,
      undefined,
      running.coordinator,
    );
    expect(resubmitted.status).toBe(200);
    const approved = await running.untilStatus(opened!.id, 'approved');
    expect(approved.flags).toEqual([]);
    const second = running.payer.submissionsOf(opened!.id)[1]!;
    const documents = resourcesOf(second.body, 'DocumentReference');
    expect(documents).toHaveLength(3);
    expect(JSON.stringify(documents)).toContain(
      FakeReferrals.contentOf(document.documentId).toString('base64'),
    );
    // The IgG added later (298 mg/dL) is among the labs sent, by its value, not by a substring
    // that a resource id could also contain.
    const igg = resourcesOf(second.body, 'Observation').filter(
      (observation) => (observation['valueQuantity'] as Json | undefined)?.['value'] === 298,
    );
    expect(igg).toHaveLength(1);
  });

  it('asks for a changed dose of an approved authorization as an update of it', async () => {
    const { approved } = await approvedRequest();
    const updated = await running.service.http.post<Json>(
      `/v1/authorizations/${approved.id}/update`,
      { doseGramsPerKg: 0.6 },
      running.coordinator,
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      kind: 'update',
      status: 'requested',
      referralId: approved.referralId,
    });
    const update = await running.untilStatus(String(updated.body['id']), 'approved');
    // 71.2 kg × 0.6 g/kg = 42.72 g, dispensed as 45 g of vials: 90 units a dose, 7 doses in the
    // approved period.
    expect(update).toMatchObject({
      supersedesId: approved.id,
      requestedUnits: 630,
      requestedPeriod: approved.period,
    });
    const [sent] = running.payer.submissionsOf(update.id);
    const claims = resourcesOf(sent!.body, 'Claim');
    // A PAS update restates the Claim it revises.
    expect(claims.map((claim) => (claim['identifier'] as Json[])[0]!['value'])).toEqual([
      update.id,
      approved.id,
    ]);
  });

  it('asks for the brand a pharmacist chose under another code as an update, once per brand', async () => {
    const { referral, approved } = await approvedRequest();
    const verified = (productBrand: string, requestedHcpcs: string) =>
      running.publish(
        DispenseVerified,
        {
          ...DispenseVerified.example,
          referralId: referral.referralId,
          patientId: referral.patientId,
          authorizationUpdate: {
            authorizationId: approved.id,
            authorizedHcpcs: 'J1459',
            requestedHcpcs,
            productBrand,
          },
        },
        referral.referralId,
      );
    await verified('Gammagard Liquid', 'J1569');
    await verified('Gammagard Liquid', 'J1569');
    // One patient's events keep their order: once the next brand's update is open, both copies
    // of the first were handled.
    await verified('Octagam 10%', 'J1568');
    const requests = await running.requestsOf(referral.referralId, 3);
    const updates = requests.filter((request) => request.kind === 'update');
    expect(updates.map((update) => update.hcpcs).sort()).toEqual(['J1568', 'J1569']);
    for (const update of updates) expect(update.supersedesId).toBe(approved.id);
  });

  it('renews an approved authorization when its expiring follow-up falls due, once', async () => {
    const { referral, approved } = await approvedRequest();
    const due = {
      kind: 'authorization_expiring' as const,
      referralId: referral.referralId,
      patientId: referral.patientId,
      authorizationId: approved.id,
      dueAt: new Date().toISOString(),
    };
    await running.publish(FollowUpDue, { ...due, taskId: randomUUID() }, referral.referralId);
    await running.publish(FollowUpDue, { ...due, taskId: randomUUID() }, referral.referralId);
    const requests = await running.requestsOf(referral.referralId, 2);
    const renewal = requests.find((request) => request.kind === 'reauthorization')!;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await running.requestsOf(referral.referralId)).toHaveLength(2);
    const renewed = await running.untilStatus(renewal.id, 'approved');
    expect(renewed).toMatchObject({
      supersedesId: approved.id,
      // From the day after the approved period, for Acme's renewal validity of 12 months.
      requestedPeriod: { start: '2027-06-07', end: '2028-06-06' },
      requestedUnits: 936,
    });
    const [event] = await running.eventsOf(renewal.id, AuthorizationApproved.type);
    expect(event!.data).toMatchObject({ kind: 'reauthorization', reauthorization: true });
  });

  it('asks the payer for a reauthorization when pharmacy holds a next dose no authorization covers, once', async () => {
    const { referral, approved } = await approvedRequest();
    const held = {
      ...DispenseNextCycleHeld.example,
      referralId: referral.referralId,
      patientId: referral.patientId,
      authorizationId: approved.id,
    };
    await running.publish(DispenseNextCycleHeld, held, referral.referralId);
    await running.publish(DispenseNextCycleHeld, held, referral.referralId);
    // The end of the prescription is the coordinator's to renew, not the payer's.
    await running.publish(
      DispenseNextCycleHeld,
      { ...held, reason: 'order-ended', orderEndsOn: '2027-06-06' },
      referral.referralId,
    );
    const requests = await running.requestsOf(referral.referralId, 2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await running.requestsOf(referral.referralId)).toHaveLength(2);
    expect(requests.find((request) => request.kind === 'reauthorization')).toMatchObject({
      supersedesId: approved.id,
    });
  });
});
