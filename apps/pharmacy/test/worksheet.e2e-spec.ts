import { ReferralLabAdded } from '@infuse/contracts';
import { type ProblemDocument } from '@infuse/http';
import { eventually, type TestResponse, tokenFor } from '@infuse/testing';
import { type DispenseView } from '../src/view-dispense/dispense-view';
import { type DispenseQueueItem } from '../src/list-dispenses/list-dispenses.query';
import { acceptedReferral, approvalFor, daysFromToday } from './dispense-fixtures';
import {
  openFirstOrder,
  type PharmacyTestService,
  startPharmacyService,
} from './pharmacy-test-service';

interface QueuePage {
  items: DispenseQueueItem[];
  nextCursor: string | null;
}

describe('pharmacy: the queue and the verification worksheet', () => {
  let pharmacy: PharmacyTestService;
  let pharmacist: string;

  beforeAll(async () => {
    pharmacy = await startPharmacyService({ REFERRALS_URL: 'https://referrals.example' });
    pharmacist = await tokenFor('pharmacist', 'rph-4');
  });

  afterAll(async () => {
    await pharmacy.stop();
  });

  const view = (id: string, token = pharmacist) =>
    pharmacy.service.http.get<DispenseView>(`/v1/dispenses/${id}`, token);

  it("shows the contract fixture's patient the numbers a pharmacist computes by hand", async () => {
    const referral = acceptedReferral(undefined, true);
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    const response = await view(id);
    expect(response.status).toBe(200);
    const { worksheet } = response.body;
    expect(response.body).toMatchObject({
      id,
      patientId: referral.patientId,
      cycle: 1,
      status: 'awaiting_verification',
      productId: 'privigen',
      administrationDates: ['2026-12-07'],
      patient: { firstName: 'Maren', lastName: 'Okafor', mrn: 'MRN-20481' },
    });
    expect(worksheet?.dosingWeight).toMatchObject({
      basis: 'actual',
      dosingWeightKg: 71.2,
      bmi: 25.2,
    });
    expect(worksheet?.dose).toMatchObject({ cycleDoseGrams: 35.6, gramsPerInfusionDay: 35.6 });
    expect(worksheet?.vials).toMatchObject({
      perInfusionDay: [
        { grams: 20, count: 1 },
        { grams: 10, count: 1 },
        { grams: 5, count: 1 },
      ],
      dispensedGramsPerInfusionDay: 35,
      wasteGramsPerInfusionDay: 0,
    });
    expect(worksheet?.billing).toMatchObject({ hcpcs: 'J1459', units: 70 });
    expect(worksheet?.authorization).toMatchObject({
      authorizedUnits: 432,
      usedUnits: 0,
      remainingAfterThisDose: 362,
      periodStart: '2026-12-07',
    });
    expect(worksheet?.infusionPlan?.steps.map((step) => step.mlPerHour)).toEqual([
      21.4, 42.7, 85.4, 170.9, 341.8,
    ]);
    expect(worksheet?.observationMinutes).toBe(60);
    expect(worksheet?.labs).toMatchObject({ passed: true, referenceDate: '2026-12-07' });
    expect(worksheet?.findings.find((finding) => finding.severity !== 'info')).toMatchObject({
      code: 'HIGH_REACTION_RISK',
      severity: 'warn',
      sources: expect.arrayContaining(['PRV1']),
    });
    expect(worksheet?.links.referral).toBe(
      `https://referrals.example/v1/referrals/${referral.referralId}`,
    );
    expect(worksheet?.links.documents.map((document) => document.type)).toEqual([
      'prescription',
      'clinical_notes',
      'lab_report',
      'insurance_card',
    ]);
  });

  it('audits every read with who read whose order', async () => {
    const referral = acceptedReferral();
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    expect((await view(id)).status).toBe(200);
    const audit = await pharmacy.query<{
      actor_subject: string;
      patient_id: string;
      outcome: string;
    }>(
      `SELECT actor_subject, patient_id, outcome FROM pharmacy.audit_log
        WHERE action = 'dispense.read' AND resource_id = $1`,
      [id],
    );
    expect(audit).toEqual([
      { actor_subject: 'rph-4', patient_id: referral.patientId, outcome: 'success' },
    ]);
  });

  it('sees fresh labs added to the referral after acceptance', async () => {
    const referral = acceptedReferral((draft) => {
      draft.labs = draft.labs.map((lab) => ({ ...lab, collectedOn: daysFromToday(-60) }));
    });
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    const stale = await view(id);
    expect(stale.body.worksheet?.labs.passed).toBe(false);
    expect(stale.body.worksheet?.findings.map((finding) => finding.code)).toEqual(
      expect.arrayContaining(['BUN_REQUIRED', 'CREATININE_REQUIRED']),
    );

    for (const code of ['BUN', 'creatinine'] as const)
      await pharmacy.publish(ReferralLabAdded, {
        referralId: referral.referralId,
        patientId: referral.patientId,
        lab: {
          code,
          value: code === 'BUN' ? 15 : 0.9,
          unit: 'mg/dL',
          collectedOn: daysFromToday(-1),
        },
        addedAt: new Date().toISOString(),
        addedBy: 'ic-1',
      });
    const fresh = await eventually('the fresh labs', async () => {
      const response = await view(id);
      return response.body.worksheet?.labs.passed ? response : undefined;
    });
    expect(fresh.body.worksheet?.labs.present.find((lab) => lab.code === 'BUN')).toMatchObject({
      value: 15,
      // Drawn yesterday, counted to the first administration date a week ahead.
      ageDays: 8,
      fresh: true,
    });
  });

  it('lists the queue oldest due first, a page at a time, and by status', async () => {
    const dueIn = [20, 5, 12];
    const ids: string[] = [];
    for (const days of dueIn) {
      const referral = acceptedReferral((draft) => (draft.order.startDate = daysFromToday(days)));
      ids.push(await openFirstOrder(pharmacy, referral, approvalFor(referral)));
    }
    const seen: DispenseQueueItem[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: TestResponse<QueuePage> = await pharmacy.service.http.get<QueuePage>(
        `/v1/dispenses?status=awaiting_verification&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        pharmacist,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    const mine = seen.filter((item) => ids.includes(item.id));
    expect(mine.map((item) => item.id)).toEqual([ids[1], ids[2], ids[0]]);
    const dues = seen.map((item) => item.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(seen.every((item) => item.status === 'awaiting_verification')).toBe(true);
  });

  it.each([
    ['status', '/v1/dispenses?status=lost'],
    ['cursor', '/v1/dispenses?cursor=bm90LWEtY3Vyc29y'],
    ['limit', '/v1/dispenses?limit=1000'],
  ])('refuses a bad %s with a problem naming it', async (parameter, path) => {
    const response = await pharmacy.service.http.get<ProblemDocument>(path, pharmacist);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ parameter })]);
  });

  it.each(['nurse', 'payer', 'intake_coordinator'] as const)(
    'refuses a %s token with 403, on the queue and on an order',
    async (role) => {
      const referral = acceptedReferral();
      const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
      const token = await tokenFor(role, `${role}-1`, role === 'payer' ? 'acme-health' : undefined);
      expect((await pharmacy.service.http.get('/v1/dispenses', token)).status).toBe(403);
      expect((await view(id, token)).status).toBe(403);
    },
  );

  it.each([
    ['an unknown id', '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'],
    ['a malformed id', 'not-a-uuid'],
  ])('answers 404 for %s', async (_case, id) => {
    expect((await view(id)).status).toBe(404);
  });
});
